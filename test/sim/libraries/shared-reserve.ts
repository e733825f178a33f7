// Helpers the four libraries added in this folder share (Tochigi, Mito, the LICS-XP and the winj library): cart
// selections, placing reservations from a cart, the contact method (連絡方法) a hold was placed with.
import { findRecord, fullTitle } from '../core/catalogue';
import type { RequestContext } from '../core/library';
import { refusalMessage } from '../core/rules';
import type { Hold, RefusalReason } from '../core/state/types';

export function titleOf(recordId: string): string {
  const record = findRecord(recordId);
  return record ? fullTitle(record) : recordId;
}

/** The submitted value when it is one of the options, otherwise the first (default) option. */
export function choice(options: readonly string[], value: string | undefined): string {
  return value !== undefined && options.includes(value) ? value : options[0]!;
}


/** The chosen record ids that are in the cart, in cart order. */
export function inCart<S>(ctx: RequestContext<S>, chosen: readonly string[]): string[] {
  return ctx
    .cart()
    .map((e) => e.recordId)
    .filter((id) => chosen.includes(id));
}

export interface CartAddResult {
  added: string[];
  /** Refused because the cart already holds `cartMax` titles. */
  full: string[];
  notLendable: string[];
}

/** Puts titles into the (patron's or anonymous) cart; the cart holds at most `cartMax` titles when set. */
export function addToCart<S>(ctx: RequestContext<S>, recordIds: readonly string[], cartMax: number | null): CartAddResult {
  const result: CartAddResult = { added: [], full: [], notLendable: [] };
  const cart = ctx.cart();
  for (const recordId of recordIds) {
    if (!findRecord(recordId) || !ctx.state.isLendable(recordId)) result.notLendable.push(recordId);
    else if (cart.some((e) => e.recordId === recordId)) continue;
    else if (cartMax !== null && cart.length >= cartMax) result.full.push(recordId);
    else if (ctx.state.addToCart(cart, { recordId, pickup: ctx.library.pickupLocations[0]! })) result.added.push(recordId);
  }
  return result;
}

export interface Refusal {
  recordId: string;
  title: string;
  reason: RefusalReason;
  message: string;
}

export interface ReserveOutcome {
  placed: Hold[];
  refused: Refusal[];
}

/**
 * Reserves the given cart titles for the logged-in patron with the chosen contact method and takes the placed ones
 * out of the cart. `message` may reword a refusal (the engine's wording comes from the library's rules).
 */
export function reserveFromCart<S>(
  ctx: RequestContext<S>,
  items: readonly { recordId: string; priority?: number }[],
  pickup: string,
  contact: string,
  message: (reason: RefusalReason) => string = (reason) => refusalMessage(ctx.library.rules, reason),
): ReserveOutcome {
  const card = ctx.patron!.card;
  const result = ctx.state.reserve(
    card,
    items.map((item) => ({ ...item, pickup, contact })),
  );
  ctx.state.removeFromCart(ctx.cart(), result.placed.map((h) => h.recordId));
  return {
    placed: result.placed,
    refused: result.refused.map((r) => ({ ...r, title: titleOf(r.recordId), message: message(r.reason) })),
  };
}

/** How many reservations past the library's total limit these titles would go (0 when they fit). */
export function overLimitBy<S>(ctx: RequestContext<S>, recordIds: readonly string[]): number {
  const active = ctx.state.activeHoldsOf(ctx.patron!.card).length;
  return Math.max(0, active + recordIds.length - ctx.library.rules.limit.total);
}
