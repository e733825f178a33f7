import { notUnderstood } from './evidence';
import type { GenericKindReader } from './reading';
import { isHoldRecord, isLoanRecord, pageOffers, renewControls, toHolds, toLoans } from './records';

/** The label-driven readers of the patron's lists: holds and loans. */
export const LIST_READERS: Record<'holds' | 'loans', GenericKindReader> = {
  holds(sets, doc, ctx, base) {
    // Rows are compared for cancel buttons within their own table; list items (one dl each) with each other.
    const groups = [...sets.filter((s) => s.source === 'table').map((s) => s.records), sets.filter((s) => s.source !== 'table').flatMap((s) => s.records)];
    const holds = groups.flatMap((g) => toHolds(g.filter(isHoldRecord), ctx.today, base));
    return { holds, notUnderstood: holds.length === 0 ? notUnderstood(sets, doc, 'holds') : null };
  },
  loans(sets, doc, ctx, base) {
    const records = sets.flatMap((s) => s.records);
    const loans = toLoans(records.filter(isLoanRecord), ctx.today, base, pageOffers(doc, renewControls));
    return { loans, notUnderstood: loans.length === 0 ? notUnderstood(sets, doc, 'loans') : null };
  },
};
