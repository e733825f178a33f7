import type { PageKind } from '../model';
import { LIST_READERS } from '../opac/generic/list-readers';
import type { GenericKindReader } from '../opac/generic/reading';
import { providedPart } from './parts';
import type { ShopPart } from './shop';

/**
 * src/opac/generic/kinds.ts in the content script (tools/content-parts.ts swaps it in at build): the readers of holds
 * and loans are in the core; those of search results, detail and cart pages come with part-shop.
 */
let wanted = false;

export function kindReader(kind: PageKind): GenericKindReader | null {
  if (kind === 'holds' || kind === 'loans') return LIST_READERS[kind];
  if (kind !== 'results' && kind !== 'detail' && kind !== 'cart') return null;
  const shop = providedPart<ShopPart>('part-shop');
  if (shop) return shop.readers[kind];
  wanted = true;
  throw new Error(`the ${kind} reader comes with part-shop, not loaded yet`);
}

/** Whether a read since the last call asked for a reader part-shop brings (then it is loaded and the page read again). */
export function shopReadersWanted(): boolean {
  const was = wanted;
  wanted = false;
  return was;
}
