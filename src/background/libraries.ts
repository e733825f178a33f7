import type { Library } from '../model';
import { KNOWN_LIBRARIES, libraryById } from '../libraries';
import { familyForUrl } from '../opac/registry';

/**
 * The library row for an OPAC the patron adds by URL: a known library gets this origin added, an unknown one becomes
 * a custom row whose family comes from the URL signature (generic when none matches) and whose rules are unknown
 * but for what the family is known to offer (its ordered reservation).
 */
export function libraryForAddedUrl(url: URL, knownId: string | null, existing: Library[], name?: string): Library {
  const origin = url.origin;
  const base = (knownId && (existing.find((l) => l.id === knownId) ?? libraryById(knownId)))
    || existing.find((l) => l.origins.includes(origin))
    || KNOWN_LIBRARIES.find((l) => l.origins.includes(origin));
  if (knownId && !base) throw new Error(`unknown library id: ${knownId}`);
  if (base) return { ...base, origins: base.origins.includes(origin) ? base.origins : [...base.origins, origin] };
  const family = familyForUrl(url);
  const named = name?.trim() || url.host;
  return {
    id: `custom-${url.host.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
    // The patron's name for it, else its host: the OPAC's pages rarely say which library they belong to.
    name: named,
    nameEn: named,
    origins: [origin],
    family: family?.id ?? 'generic',
    rules: {
      hold: null,
      closed: { weekdays: [], nationalHolidays: false, holidayShiftsToNextDay: false, yearEnd: null, monthly: [], dates: [] },
      limit: null,
      renewal: null,
      orderedReservation: family?.orderedReservation ?? null,
    },
  };
}

/** The patron's library this page belongs to, by origin. */
export function libraryOfPage(url: URL, libraries: Library[]): Library | null {
  return libraries.find((l) => l.origins.includes(url.origin)) ?? null;
}
