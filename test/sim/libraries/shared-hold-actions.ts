// Web actions on holds (取消, 受取場所の変更) as every library of this folder offers them: the engine decides by the
// library's rule; the pages only word the outcome.
import type { RequestContext } from '../core/library';
import type { HoldActionBlock } from '../core/rules';
import type { Hold } from '../core/state/types';

/** The library's words for the reasons a web cancellation or change is refused; `other` for any reason not worded. */
export type HoldActionWords = Partial<Record<HoldActionBlock, string>> & { other: string };

/** One line per distinct reason, in the rule's order. */
export function refusalLines(words: HoldActionWords, blocks: readonly HoldActionBlock[]): string[] {
  return [...new Set(blocks.map((block) => words[block] ?? words.other))];
}

/** One of the logged-in patron's holds by id, in any state (the engine says what may be done with it). */
export function patronHold<S>(ctx: RequestContext<S>, holdId: string | undefined): Hold | undefined {
  return ctx.state.holdsOf(ctx.patron!.card).find((h) => h.id === holdId);
}

/** Whether the page shows the cancel (取消) control for this hold. */
export function canCancel<S>(ctx: RequestContext<S>, hold: Hold | undefined): boolean {
  return ctx.state.cancelBlocks(hold).length === 0;
}

/** Whether the page shows controls to change this hold's pickup place. */
export function canChange<S>(ctx: RequestContext<S>, hold: Hold | undefined): boolean {
  return ctx.state.changeBlocks(hold).length === 0;
}
