import type { Library } from '../model';
import { GENERIC } from './library-url';
import type { FamilyAdapter } from './types';

/** Finding a family among a list: every family (./registry.ts) or those a content script has loaded. */
export function familyLookup(families: readonly FamilyAdapter[]) {
  const familyById = (id: string): FamilyAdapter | null => families.find((f) => f.id === id) ?? null;
  return {
    familyById,
    /** Whether a library row's family is one the reader knows: a family of the list, or the generic reader. */
    isKnownFamily: (id: string): boolean => id === GENERIC || familyById(id) !== null,
    /**
     * The family that reads a URL: the one the library's row names, else the first whose URL signature matches.
     * Signatures too common to claim a site by (Wicket's `/login`) only count through a library row.
     */
    familyForUrl(url: URL, library: Library | null = null): FamilyAdapter | null {
      const named = library ? familyById(library.family) : null;
      return named ?? families.find((f) => f.matchesUrl(url)) ?? null;
    },
  };
}
