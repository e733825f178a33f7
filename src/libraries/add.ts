import type { Library } from '../model';
import { familyForUrl, GENERIC, libraryBaseOf, libraryForUrl } from '../opac/registry';
import { KNOWN_LIBRARIES, libraryById, withLibrary } from '.';

/**
 * The library row for an OPAC the patron adds by URL, under the one rule of which library a URL belongs to
 * (`libraryForUrl`, the rule every page is identified by). A known library gets the address added unless it already
 * covers it; a page of a library the patron has (or of a known one) is that library; anything else becomes a custom
 * row for the library's own address — its origin, or origin and path on a host a hosted service shares among
 * libraries — whose family comes from the URL signature (generic when none matches) and whose rules are unknown but
 * for what the family is known to offer (its ordered reservation).
 */
export function libraryForAddedUrl(url: URL, knownId: string | null, existing: readonly Library[], name?: string): Library {
  const owner = libraryForUrl(url, existing);
  if (knownId) {
    const known = existing.find((l) => l.id === knownId) ?? libraryById(knownId);
    if (!known) throw new Error(`unknown library id: ${knownId}`);
    // Two libraries never claim one page: the page would be read for whichever matched first.
    if (owner && owner.id !== known.id) throw new Error(`${url.href} is already ${owner.name}'s (${owner.origins.join(', ')})`);
    return libraryForUrl(url, [known]) ? known : { ...known, origins: [...known.origins, libraryBaseOf(url)] };
  }
  const found = owner ?? libraryForUrl(url, KNOWN_LIBRARIES);
  if (found) return found;
  const base = libraryBaseOf(url);
  const family = familyForUrl(url);
  const named = name?.trim() || url.host;
  const custom: Library = {
    id: customLibraryId(base),
    // The patron's name for it, else its host: the OPAC's pages rarely say which library they belong to.
    name: named,
    nameEn: named,
    origins: [base],
    family: family?.id ?? GENERIC,
    rules: {
      hold: null,
      closed: { weekdays: [], nationalHolidays: false, holidayShiftsToNextDay: false, yearEnd: null, monthly: [], dates: [] },
      limit: null,
      renewal: null,
      orderedReservation: family?.orderedReservation ?? null,
    },
  };
  // Refused when another library has its id already: ids name the cards, holds and plans kept for a library.
  withLibrary(existing, custom);
  return custom;
}

/** `custom-` and the library's address without its scheme: host (and port), and the library's path on a shared host. */
export function customLibraryId(base: string): string {
  const { host, pathname } = new URL(base);
  return `custom-${`${host}${pathname.replace(/\/$/, '')}`.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}
