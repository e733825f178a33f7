import type { LoanRecordInput } from '../../model';
import { daysBetween } from '../../model/dates';
import { shortDate, urgencyOf } from '../../model/format';
import { renewalVerdict } from '../../reminders/renewal';
import { placeBadge, type Tone } from '../badge';
import { defineFeature, type FeatureContext } from '../feature';
import { t } from '../i18n';
import { locator } from '../locate';

export const LOAN_BADGES = 'loan-badges';

/** Days to the due date (or overdue), and whether it can be renewed, with the reason when not. */
export function loanBadge(loan: LoanRecordInput, ctx: Pick<FeatureContext, 'library' | 'today'>): { text: string; tone: Tone } | null {
  if (!loan.dueDate) return null;
  const days = daysBetween(ctx.today, loan.dueDate);
  const date = shortDate(loan.dueDate);
  const due = days < 0 ? t('badgeOverdue', -days) : days === 0 ? t('badgeDueToday', date) : t('badgeDueIn', days, date);
  const verdict = renewalVerdict(loan, ctx.library.rules.renewal, ctx.today);
  const renewal = verdict.renewable === true ? t('badgeRenewable') : verdict.renewable === false ? t('badgeNotRenewable', verdict.reason ?? '—') : null;
  return { text: renewal ? `${due} · ${renewal}` : due, tone: urgencyOf(days) };
}

export const loanBadges = defineFeature({
  id: LOAN_BADGES,
  pages: ['loans'],
  nameKey: 'featureLoanBadges',
  needs: [],
  mirror: 'unused',
  mount(ctx) {
    const locate = locator(ctx.doc);
    for (const loan of ctx.reading.loans) {
      const badge = loanBadge(loan, ctx);
      const anchor = badge ? locate.title(loan.title) : null;
      if (badge && anchor) placeBadge(anchor, LOAN_BADGES, badge.text, badge.tone);
    }
  },
});
