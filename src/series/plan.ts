import type { Hold, ReservationLimit, SeriesPlan } from '../model';
import { isActiveHold } from './records';

/** Reservations the library still accepts: its limit less what is reserved and on its way to being reserved. */
export function freeSlots(limit: ReservationLimit | null, activeHolds: number, pending = 0): number {
  return limit ? Math.max(0, limit.total - activeHolds - pending) : Number.POSITIVE_INFINITY;
}

export function activeHoldCount(holds: readonly Hold[], cardId: string | null): number {
  return holds.filter((h) => isActiveHold(h) && (cardId === null || h.cardId === cardId)).length;
}

/**
 * How many of the chosen volumes to reserve at once. With the library's own ordered reservation, as many as the
 * limit allows (the library keeps the order); without it, only the first, so the next cannot overtake it.
 */
export function reserveNowCount(chosen: number, free: number, ordered: boolean): number {
  return Math.min(chosen, free, ordered ? chosen : 1);
}

/**
 * Volumes in use by plans but not yet holds the mirror can count: put in the cart on the way to a reservation, at
 * this library and on this card (the limit is per card; a plan or patron whose card is not known counts for any).
 */
export function pendingCount(plans: readonly SeriesPlan[], { libraryId, cardId }: { libraryId: string; cardId: string | null }): number {
  return plans
    .filter((p) => p.libraryId === libraryId && (cardId === null || p.cardId === null || p.cardId === cardId))
    .reduce((n, p) => n + p.volumes.filter((v) => v.status === 'in_cart').length, 0);
}
