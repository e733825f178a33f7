import type { ItemRecordInput } from '../../model';
import { normalizeText } from '../../model/text';
import { extractVolume } from '../volume';
import { bibIdOf, controlsIn } from './dom';
import { actionable, CART } from './records';

/** The block that holds one title of a list: its row or list item, or the result block some systems use. */
const ITEM_BLOCK = 'tr, li, .doc, .item, article';

/**
 * Result items read from links alone, for lists that carry no labels (titles only as links to their own pages,
 * e.g. `ol.list-book` at winj-style OPACs): every link whose address names a title id is one title. A title can
 * go to the cart when its block has a checkbox or a cart button, or the list has one cart button for all.
 */
export function linkItems(doc: Document, base: string, pageCart: boolean): ItemRecordInput[] {
  const seen = new Set<string>();
  const items: ItemRecordInput[] = [];
  for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
    const bibId = bibIdOf(link, base);
    const raw = link.textContent ?? '';
    const title = normalizeText(raw);
    if (!bibId || !title || seen.has(bibId)) continue;
    seen.add(bibId);
    const block = link.closest(ITEM_BLOCK);
    const controls = block ? controlsIn(block) : [];
    const own = actionable(controls, CART).some((c) => !c.disabled);
    const ticked = controls.some((c) => c.kind === 'checkbox' && !c.disabled);
    items.push({ title, volume: extractVolume(raw).volume, bibId, canAddToCart: own || (pageCart && ticked) });
  }
  return items;
}
