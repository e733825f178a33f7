import type { PageKind } from '../../model';
import { LIST_READERS } from './list-readers';
import type { GenericKindReader } from './reading';
import { SHOP_READERS } from './shop-readers';

/**
 * The label-driven reader of each page kind (none for login and other pages). The content script has its own
 * (src/content/kind-readers.ts, swapped in at build by tools/content-parts.ts): the list readers in its core, the
 * others once part-shop is loaded.
 */
const READERS: Partial<Record<PageKind, GenericKindReader>> = { ...LIST_READERS, ...SHOP_READERS };

export function kindReader(kind: PageKind): GenericKindReader | null {
  return READERS[kind] ?? null;
}
