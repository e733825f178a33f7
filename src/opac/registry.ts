import { familyLookup } from './family-lookup';
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

export { GENERIC, libraryForUrl } from './library-url';

/**
 * Every vendor family, once: a new family is its folder under families/, one line here and one in ./signatures.ts
 * (signatures.test.ts keeps the two in step). The content script has its own registry of the families loaded beside
 * it (src/content/family-registry.ts, swapped in at build by tools/content-parts.ts).
 */
export const FAMILY_ADAPTERS: readonly FamilyAdapter[] = [licsxp, winj, opw, licsre, toshow, wicket, wo, wopc, libeye];

export const { familyById, familyForUrl, isKnownFamily } = familyLookup(FAMILY_ADAPTERS);

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
