import { z } from 'zod';
import { Instant, IsoDate, PageKind } from './common';
import { CartRecord, HoldRecord, ItemRecord, LoanRecord } from './records';

/**
 * What one page visit tells: which library, which card (when known), what kind of page, its records, and when.
 * A holds snapshot is the whole truth about that card's holds; a loans snapshot about its loans.
 */
export const Snapshot = z.object({
  libraryId: z.string().min(1),
  /** The card's id in the mirror (salted hash); null means "the card last seen at this library". */
  cardId: z.string().min(1).nullable(),
  page: PageKind,
  url: z.string().url(),
  takenAt: Instant,
  /** The Asia/Tokyo day of `takenAt`, the reference for dates shown without a year. */
  today: IsoDate,
  holds: z.array(HoldRecord).default([]),
  loans: z.array(LoanRecord).default([]),
  items: z.array(ItemRecord).default([]),
  cart: z.array(CartRecord).default([]),
});
export type Snapshot = z.infer<typeof Snapshot>;
export type SnapshotInput = z.input<typeof Snapshot>;

/**
 * The list a page of this kind shows whole, so its snapshot replaces that list (what it no longer shows is gone);
 * null for pages that only add or update records.
 */
export function replacedList(page: PageKind): 'holds' | 'loans' | 'cart' | null {
  return page === 'holds' || page === 'loans' || page === 'cart' ? page : null;
}
