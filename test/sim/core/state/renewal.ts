import { addDays, type IsoDate } from '../dates';
import type { RenewalBlock, RenewalRule } from '../rules';
import type { LibraryState } from './library-state';
import type { Loan } from './types';

/** Every rule of the library that currently forbids renewing this loan; empty when it may be renewed. */
export function renewalBlocks(state: LibraryState, rule: RenewalRule, loan: Loan): RenewalBlock[] {
  const today = state.today;
  const reasons: Record<RenewalBlock, () => boolean> = {
    reserved: () => state.othersWaiting(loan.recordId, loan.card),
    renewed: () => loan.renewals >= rule.times,
    overdue_any: () => state.loansOf(loan.card).some((l) => l.due < today),
    overdue_item: () => loan.due < today,
    pickup_elsewhere: () => !rule.pickupAllowed.includes(loan.pickup),
    other_library: () => loan.fromOtherLibrary,
    too_early: () => rule.fromLoanDay !== null && today < addDays(loan.lentOn, rule.fromLoanDay - 1),
  };
  return rule.blockedWhen.filter((block) => reasons[block]());
}

export function renewedDue(rule: RenewalRule, loan: Loan, today: IsoDate, shortLoan: boolean): IsoDate {
  return addDays(rule.from === 'request_day' ? today : loan.due, shortLoan ? rule.shortLoanDays : rule.days);
}
