import type { Hold, HoldRecordInput } from '../../model';
import { daysBetween } from '../../model/dates';
import { shortDate, urgencyOf } from '../../model/format';
import { recordTitleKey } from '../../model/record-keys';
import { placeBadge, type Tone } from '../badge';
import { defineFeature, type FeatureContext } from '../feature';
import { t } from '../i18n';
import { locator } from '../locate';

export const DEADLINE_BADGES = 'deadline-badges';

/** A ready hold's deadline as the badge needs it: the date (null: unknown) and whether Uketori estimated it. */
type ShownDeadline = { date: string | null; estimated: boolean };

/**
 * The badge of one hold on the holds page: for a ready hold the days left and the date with weekday, coloured by
 * urgency and marked 推定 when Uketori computed it from the library's rule; for a waiting hold its rank and how it
 * moved since the last visit.
 */
export function holdBadge(hold: HoldRecordInput, before: Hold | undefined, deadline: ShownDeadline, ctx: Pick<FeatureContext, 'today'>): { text: string; tone: Tone; hint?: string } | null {
  if (hold.state === 'ready') {
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

/**
 * The deadlines the background gave, by title key, each list in page order (two copies of one title are taken in
 * turn); null while the background has not answered.
 */
function givenDeadlines(known: FeatureContext['known']): Map<string, ShownDeadline[]> | null {
  if (!known) return null;
  const given = new Map<string, ShownDeadline[]>();
  for (const { titleKey, deadline } of known.deadlines ?? []) given.set(titleKey, [...(given.get(titleKey) ?? []), deadline]);
  return given;
}

export const deadlineBadges = defineFeature({
  id: DEADLINE_BADGES,
  pages: ['holds'],
  nameKey: 'featureDeadlineBadges',
  needs: [],
  mirror: 'refines',
  mount(ctx) {
    const before = new Map(ctx.known?.holds.map((h) => [h.titleKey, h]));
    const given = givenDeadlines(ctx.known);
    const locate = locator(ctx.doc);
    for (const hold of ctx.reading.holds) {
      const key = recordTitleKey(hold);
      // Every ready hold takes its turn in the background's list, the ones whose date the page shows included.
      const fromBackground = hold.state === 'ready' ? given?.get(key)?.shift() : undefined;
      // The page's own date is painted at once; an estimate is the background's (from the day the mirror first saw
      // the hold ready, the library's rule and its closed days): before the background answers there is none.
      if (given === null && hold.state === 'ready' && hold.pickupDeadline === null) continue;
      const deadline = hold.pickupDeadline ? { date: hold.pickupDeadline, estimated: false } : (fromBackground ?? { date: null, estimated: false });
      const badge = holdBadge(hold, before.get(key), deadline, ctx);
      const anchor = badge ? locate.title(hold.title) : null;
      if (badge && anchor) placeBadge(anchor, DEADLINE_BADGES, badge.text, badge.tone, badge.hint);
    }
  },
});
