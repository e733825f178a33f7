import type { PageKind } from './common';

/**
 * The list a page of this kind shows whole, so its snapshot replaces that list (what it no longer shows is gone);
 * null for pages that only add or update records.
 */
export function replacedList(page: PageKind): 'holds' | 'loans' | 'cart' | null {
  return page === 'holds' || page === 'loans' || page === 'cart' ? page : null;
}
