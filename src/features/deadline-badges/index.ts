import { HoldRecord, type Hold } from '../../model';
import { daysBetween } from '../../model/dates';
import { shortDate, urgencyOf } from '../../model/format';
import { recordTitleKey } from '../../model/record-keys';
import { deadlineAt } from '../../reminders/deadline';
import { placeBadge, type Tone } from '../badge';
import { defineFeature, type FeatureContext } from '../feature';
import { t } from '../i18n';
import { locator } from '../locate';

export const DEADLINE_BADGES = 'deadline-badges';

/**
 * The badge of one hold on the holds page: for a ready hold the days left and the date with weekday, coloured by
 * urgency and marked 推定 when Uketori computed it from the library's rule; for a waiting hold its rank and how it
 * moved since the last visit.
 */
export function holdBadge(hold: HoldRecord, before: Hold | undefined, ctx: Pick<FeatureContext, 'library' | 'today'>): { text: string; tone: Tone; hint?: string } | null {
  if (hold.state === 'ready') {
    const deadline = deadlineAt({ ...hold, firstSeenReadyOn: before?.firstSeenReadyOn ?? null }, ctx.library, ctx.today);
    if (!deadline.date) return { text: t('badgeNoDeadline'), tone: 'info' };
    const days = daysBetween(ctx.today, deadline.date);
    const date = shortDate(deadline.date);
    const text = days < 0 ? t('badgeExpired', date) : days === 0 ? t('badgeToday', date) : t('badgeDaysLeft', days, date);
    return deadline.estimated
      ? { text: `${text} (${t('badgeEstimated')})`, tone: urgencyOf(days), hint: t('badgeEstimated') }
      : { text, tone: urgencyOf(days) };
  }
  if (hold.rank === null || hold.state === 'cancelled') return null;
  const moved = before?.rank ? before.rank - hold.rank : 0;
  const text = moved > 0 ? t('badgeRankUp', hold.rank, moved) : moved < 0 ? t('badgeRankDown', hold.rank, -moved) : t('badgeRank', hold.rank);
  return { text, tone: 'plain' };
}

export const deadlineBadges = defineFeature({
  id: DEADLINE_BADGES,
  pages: ['holds'],
  nameKey: 'featureDeadlineBadges',
  needs: [],
  mount(ctx) {
    const before = new Map(ctx.known.holds.map((h) => [h.titleKey, h]));
    const locate = locator(ctx.doc);
    for (const hold of ctx.reading.holds.map((raw) => HoldRecord.parse(raw))) {
      const badge = holdBadge(hold, before.get(recordTitleKey(hold)), ctx);
      const anchor = badge ? locate.title(hold.title) : null;
      if (badge && anchor) placeBadge(anchor, DEADLINE_BADGES, badge.text, badge.tone, badge.hint);
    }
  },
});
