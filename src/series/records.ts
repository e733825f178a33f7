import type { CartItem, Hold, Loan } from '../model';
import { sameTitle } from '../opac/cut-titles';
import type { Deadline } from '../reminders/deadline';

/** What the mirror holds for one library (or one card): the records a plan's volumes are matched against. */
export interface KnownRecords {
  holds: readonly Hold[];
  loans: readonly Loan[];
  cart: readonly CartItem[];
  /**
   * Unlike the records above (the mirror before this page), the deadlines the background gave this page's ready
   * holds once it took the page in; left out when it gave none.
   */
  deadlines?: readonly HoldDeadline[];
}

/** The deadline of one ready hold of a page, named by the hold's title key (recordTitleKey), as the background gives it. */
export interface HoldDeadline {
  titleKey: string;
  deadline: Deadline;
}

export interface VolumeRef {
  title: string;
  volume: string | null;
  bibId: string | null;
  keyedByCutTitle?: true | undefined;
}

/**
 * A mirror record is this volume when the ids agree or, lacking ids (holds pages rarely show them), the titles do
 * (either one perhaps stored with its cut title before titles were read whole).
 */
export function sameVolume(v: VolumeRef, r: Pick<Hold, 'title' | 'volume' | 'bibId' | 'keyedByCutTitle'>): boolean {
  return (v.bibId !== null && r.bibId === v.bibId) || sameTitle(v, r);
}

export const isActiveHold = (h: Hold): boolean => h.goneAt === null && h.state !== 'cancelled';

/** What the patron already has of a volume: borrowed, reserved, in the cart, read (a hold picked up), or nothing. */
export function holdingOf(v: VolumeRef, known: KnownRecords): 'borrowed' | 'reserved' | 'in_cart' | 'read' | null {
  if (known.loans.some((l) => sameVolume(v, l))) return 'borrowed';
  const holds = known.holds.filter((h) => sameVolume(v, h));
  if (holds.some(isActiveHold)) return 'reserved';
  if (known.cart.some((c) => sameVolume(v, c))) return 'in_cart';
  if (holds.some((h) => h.outcome === 'picked_up')) return 'read';
  return null;
}
