// Renewal (貸出延長) as the libraries of this folder offer it, through the engine's rule.
import type { RequestContext } from '../core/library';
import type { RenewalBlock } from '../core/rules';
import type { Loan } from '../core/state/types';

/** Every reason this loan cannot be renewed today; empty when it can (`renewed` where the library offers none). */
export function loanBlocks<S>(ctx: RequestContext<S>, loan: Loan): RenewalBlock[] {
  return ctx.state.renewalBlocks(loan) ?? ['renewed'];
}

/** Finds one of the patron's loans by id. */
export function patronLoan<S>(ctx: RequestContext<S>, loanId: string | undefined): Loan | undefined {
  return ctx.state.loansOf(ctx.patron!.card).find((l) => l.id === loanId);
}

/** Renews when nothing blocks it; the new due date, or the blocks. */
export function renewLoan<S>(ctx: RequestContext<S>, loan: Loan): { due: string } | { blocks: RenewalBlock[] } {
  const due = ctx.state.renew(ctx.patron!.card, loan.id);
  return due ? { due } : { blocks: loanBlocks(ctx, loan) };
}
