import type { IsoDate, LoanRecordInput, RenewalRule } from '../model';
import { daysBetween } from '../model/dates';
import { RENEW_BLOCK_LABELS } from '../opac/lexicon';

export interface RenewalVerdict {
  renewable: boolean | null;
  /** Why not, in the words patrons see on library pages (予約あり, 延長済み, 延滞中, 他館資料). */
  reason: string | null;
}

/** A loan as the mirror keeps it or as a page reads it (facts the page did not show are unknown: absent or null). */
type RenewalFacts = Pick<LoanRecordInput, 'renewable' | 'renewBlockedReason' | 'dueDate' | 'loanedOn' | 'renewCount' | 'reservedByOthers'>;

/**
 * Whether a loan can be renewed: what the page says wins (its 延長 button or its reason); otherwise the library's
 * rule decides from what the page shows (someone waiting, renewals used, overdue, too early). Null when neither tells.
 */
export function renewalVerdict(facts: RenewalFacts, rule: RenewalRule | null, today: IsoDate): RenewalVerdict {
  const loan = { ...facts, loanedOn: facts.loanedOn ?? null, renewCount: facts.renewCount ?? null, reservedByOthers: facts.reservedByOthers ?? null };
  if (loan.renewable !== null) return { renewable: loan.renewable, reason: loan.renewable ? null : loan.renewBlockedReason };
  if (!rule) return { renewable: null, reason: null };
  const blocked = (why: keyof typeof RENEW_BLOCK_LABELS) => ({ renewable: false, reason: RENEW_BLOCK_LABELS[why] });
  if (rule.blockedWhen.includes('reserved') && loan.reservedByOthers) return blocked('reserved');
  if (loan.renewCount !== null && loan.renewCount >= rule.times) return blocked('renewed');
  if (rule.blockedWhen.includes('overdue') && loan.dueDate !== null && loan.dueDate < today) return blocked('overdue');
  if (rule.notBeforeDay !== null && loan.loanedOn !== null && daysBetween(loan.loanedOn, today) + 1 < rule.notBeforeDay) {
    return { renewable: false, reason: `貸出${rule.notBeforeDay}日目から` };
  }
  const known = loan.reservedByOthers !== null && loan.renewCount !== null;
  return { renewable: known ? true : null, reason: null };
}
