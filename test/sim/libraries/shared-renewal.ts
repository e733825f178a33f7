// Renewal (貸出延長) as the four libraries of this folder offer it: the engine's rule, plus Tochigi's "the button
// appears from day 10 of the loan", which the engine does not model yet (see the report to the core).
import { addDays } from '../core/dates';
import type { RequestContext } from '../core/library';
import type { RenewalBlock } from '../core/rules';
import type { Loan } from '../core/state/types';

export type LoanBlock = RenewalBlock | 'too_early';

/** Every reason this loan cannot be renewed today; empty when it can. `fromLoanDay`: day 1 is the loan day. */
export function loanBlocks<S>(ctx: RequestContext<S>, loan: Loan, fromLoanDay: number | null): LoanBlock[] {
  const blocks: LoanBlock[] = [...(ctx.state.renewalBlocks(loan) ?? ['renewed'])];
  if (fromLoanDay !== null && ctx.today < addDays(loan.lentOn, fromLoanDay - 1)) blocks.push('too_early');
  return blocks;
}

/** Finds one of the patron's loans by id. */
export function patronLoan<S>(ctx: RequestContext<S>, loanId: string | undefined): Loan | undefined {
  return ctx.state.loansOf(ctx.patron!.card).find((l) => l.id === loanId);
}

/** Renews when nothing blocks it; the new due date, or the blocks. */
export function renewLoan<S>(ctx: RequestContext<S>, loan: Loan, fromLoanDay: number | null): { due: string } | { blocks: LoanBlock[] } {
  const blocks = loanBlocks(ctx, loan, fromLoanDay);
  if (blocks.length > 0) return { blocks };
  const due = ctx.state.renew(ctx.patron!.card, loan.id);
  return due ? { due } : { blocks: loanBlocks(ctx, loan, fromLoanDay) };
}
