import type { Family, Library } from '../model';
import { familyForUrl, GENERIC, libraryBaseOf, libraryForUrl } from '../opac/registry';
import { KNOWN_LIBRARIES } from '.';

/** How a feature works at a library, as far as its address tells. */
export type Support = 'own' | 'general' | 'none';

/**
 * What Uketori can tell from an address a patron pastes — an OPAC page or the library's own website — before it asks
 * for the permission: decided from the address alone (no page is fetched), so anything it cannot know is said so.
 */
export type PastedAddress =
  | { kind: 'not_web' }
  | {
      /**
       * `library`: a library Uketori knows or the patron has, whatever its product; `product`: a product whose address
       * shapes Uketori knows; `unknown`: neither — a website whose OPAC cannot be found from its address, or an OPAC
       * Uketori does not know.
       */
      kind: 'library' | 'product' | 'unknown';
      library: Library | null;
      family: Family;
      /** What the product is called, or null when Uketori does not know the product. */
      product: string | null;
      /** The library's address: the origin, or origin and path on a host a hosted service shares among libraries. */
      base: string;
      /** One-click cart: the product's own request, the label-driven one (when the page has a cart form), or none. */
      cart: Support;
      /** The library's own ordered reservation (its button), else one volume at a time; nothing without a cart. */
      series: { ordered: string } | 'one_at_a_time' | 'none';
      /** Holds and loans read by the product's own readers or the label-driven one (refresh reads the same pages). */
      lists: Exclude<Support, 'none'>;
    };

/** Read a pasted address against the libraries Uketori knows and the ones the patron has. */
export function readPastedAddress(text: string, existing: readonly Library[]): PastedAddress {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { kind: 'not_web' };
  }
  if (!/^https?:$/.test(url.protocol)) return { kind: 'not_web' };
  const library = libraryForUrl(url, existing) ?? libraryForUrl(url, KNOWN_LIBRARIES);
  const family = familyForUrl(url, library);
  const cart: Support = family ? (family.offers?.cart ?? 'general') : 'general';
  const ordered = library ? library.rules.orderedReservation : (family?.orderedReservation ?? null);
  return {
    kind: library ? 'library' : family ? 'product' : 'unknown',
    library,
    family: family?.id ?? GENERIC,
    product: family?.names[0] ?? null,
    base: libraryBaseOf(url),
    cart,
    series: cart === 'none' ? 'none' : ordered ? { ordered } : 'one_at_a_time',
    lists: family?.offers?.lists ?? 'general',
  };
}
