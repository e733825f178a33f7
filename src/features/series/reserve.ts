import type { Library, SeriesPlan } from '../../model';
import { displayTitle } from '../../model/text';
import { addToCart } from '../cart-button/add';
import type { AddResult, CartDeps } from '../cart-button/deps';
import { writeIntent } from './intent';

type Volume = SeriesPlan['volumes'][number];

export interface ReserveOutcome {
  /** Volumes now in the library's cart, in reading order. */
  inCart: Volume[];
  /** The first refusal, with the volume it stopped at. */
  stopped: { volume: Volume; result: AddResult } | null;
  /** The cart page the tab goes to next, or null when the page shows no link to it. */
  cartUrl: string | null;
}

const CART_LINK = /予約カート|カート|予約かご/;

function cartLink(doc: Document, base: URL): string | null {
  const link = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]')).find((a) => CART_LINK.test(a.textContent ?? '') && !a.closest('[data-uketori]'));
  return link ? new URL(link.getAttribute('href')!, base).href : null;
}

/**
 * Put volumes in the library's cart in reading order with the one-click cart's own request, stopping at the first
 * the library refuses; then leave word for the cart page (which titles, in which order, and whether the patron's
 * click was the final one: `finish`) and return where it is.
 */
export async function putInCart(
  page: { url: URL; doc: Document },
  volumes: readonly Volume[],
  library: Library,
  deps: CartDeps,
  { finish }: { finish: boolean },
): Promise<ReserveOutcome> {
  const inCart: Volume[] = [];
  let stopped: ReserveOutcome['stopped'] = null;
  for (const volume of volumes) {
    const item = { title: volume.title, volume: volume.volume, bibId: volume.bibId, canAddToCart: true, author: null, publisher: null };
    const { result } = await addToCart(page, item, volume.detailUrl, library, deps).catch(
      (error: unknown) => ({ result: { kind: 'failed', reason: error instanceof Error ? error.message : String(error) } as AddResult }),
    );
    if (result.kind === 'added' || result.kind === 'already_in_cart') inCart.push(volume);
    // Already reserved or borrowed: the mirror will say so; the order of the rest is unchanged.
    else if (result.kind !== 'already_yours') {
      stopped = { volume, result };
      break;
    }
  }
  const cartUrl = cartLink(page.doc, page.url);
  if (cartUrl && inCart.length > 0) {
    writeIntent(page.doc, {
      bibIds: inCart.map((v) => v.bibId!),
      titles: inCart.map(displayTitle),
      ordered: library.rules.orderedReservation !== null,
      finish,
      pressed: [],
      at: Date.now(),
    });
  }
  return { inCart, stopped, cartUrl };
}
