import { replacedList, type Library, type SnapshotInput } from '../model';
import type { PageReading } from '../opac/types';

/**
 * The snapshot a page reading gives the mirror, or null when it tells nothing worth keeping: a page not understood
 * (an empty list there is not the truth) or a page with no records that replaces nothing.
 */
export function snapshotOf(reading: PageReading, library: Library, cardId: string | null, url: string, takenAt: number, today: string): SnapshotInput | null {
  if (reading.notUnderstood) return null;
  const hasRecords = reading.holds.length + reading.loans.length + reading.cart.length > 0;
  if (replacedList(reading.page) === null && !hasRecords) return null;
  return {
    libraryId: library.id, cardId, page: reading.page, url, takenAt, today,
    holds: reading.holds, loans: reading.loans, items: reading.items, cart: reading.cart,
  };
}
