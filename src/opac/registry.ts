import type { Library } from '../model';
import { libeye } from './families/libeye';
import { licsre } from './families/licsre';
import { licsxp } from './families/licsxp';
import { opw } from './families/opw';
import { toshow } from './families/toshow';
import { wicket } from './families/wicket';
import { winj } from './families/winj';
import { wo } from './families/wo';
import { wopc } from './families/wopc';
import type { FamilyAdapter } from './types';

/** Every vendor family, once: a new family is its folder under families/ and one line here. */
export const FAMILY_ADAPTERS: readonly FamilyAdapter[] = [licsxp, winj, opw, licsre, toshow, wicket, wo, wopc, libeye];

/** The reader for pages no family claims; a library row may name it. */
export const GENERIC = 'generic';

export function familyById(id: string): FamilyAdapter | null {
  return FAMILY_ADAPTERS.find((f) => f.id === id) ?? null;
}

/** Whether a library row's family is one the reader knows: a family of the registry, or the generic reader. */
export function isKnownFamily(id: string): boolean {
  return id === GENERIC || familyById(id) !== null;
}

/**
 * The library a URL belongs to: an origin listed in its row. A listed origin may carry a path (SaaS hosts serve many
 * libraries, `https://www.kn.licsre-saas.jp/tokyo-nakano`); the longest matching path wins. The one rule: the reader,
 * the background's `identify` and adding a library by URL all decide with it.
 */
export function libraryForUrl(url: URL, libraries: readonly Library[]): Library | null {
  let best: { library: Library; length: number } | null = null;
  for (const library of libraries) {
    for (const origin of library.origins) {
      const length = prefixLength(origin, url);
      if (length !== null && (best === null || length > best.length)) best = { library, length };
    }
  }
  return best?.library ?? null;
}

/**
 * The address that stands for the library a URL belongs to: its origin, or, on a host a family's hosted service
 * shares among libraries, the origin and the library's path. What a library added by URL is listed under.
 */
export function libraryBaseOf(url: URL): string {
  for (const family of FAMILY_ADAPTERS) {
    const base = family.libraryBase?.(url);
    if (base) return base;
  }
  return url.origin;
}

function prefixLength(origin: string, url: URL): number | null {
  let listed: URL;
  try {
    listed = new URL(origin);
  } catch {
    return null;
  }
  if (listed.origin !== url.origin) return null;
  const path = listed.pathname.replace(/\/$/, '');
  return path === '' || url.pathname === path || url.pathname.startsWith(`${path}/`) ? path.length : null;
}

/**
 * The family that reads a URL: the one the library's row names, else the first whose URL signature matches.
 * Signatures too common to claim a site by (Wicket's `/login`) only count through a library row.
 */
export function familyForUrl(url: URL, library: Library | null = null): FamilyAdapter | null {
  const named = library ? familyById(library.family) : null;
  return named ?? FAMILY_ADAPTERS.find((f) => f.matchesUrl(url)) ?? null;
}
