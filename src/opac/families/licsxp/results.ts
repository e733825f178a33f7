import type { ItemRecordInput } from '../../../model';
import { clean, visibleText } from '../shared/dom';
import type { KindReader } from '../shared/reader';
import { titleAndVolume } from '../shared/records';
import { tilcodIn } from './title';

/** A result title is "書名 ： 副書名"; the part before the colon is the title other pages list. */
export function mainTitle(shown: string | null): string | null {
  return clean(shown?.normalize('NFKC').split(/\s:\s/)[0]);
}

/** Result entries `div.doc` (opac-vendors.md §2 "Search results"); the cart button starts hidden, revealed by JS. */
export const readResults: KindReader = (_url, doc) => {
  const items: ItemRecordInput[] = [];
  for (const entry of doc.querySelectorAll('div.doc')) {
    const link = entry.querySelector('.doc-title a');
    const title = mainTitle(visibleText(link ?? entry.querySelector('.doc-title') ?? entry));
    if (!title || !link) continue;
    items.push({
      ...titleAndVolume(title),
      bibId: tilcodIn(link),
      canAddToCart: cartButtonFor(entry, tilcodIn(link)) !== null,
    });
  }
  return { items };
};

/** The entry's カートへ追加 button, which calls inYoyCart('<tilcod>'). */
export function cartButtonFor(scope: ParentNode, tilcod: string | null): Element | null {
  if (!tilcod) return null;
  return (
    [...scope.querySelectorAll('input[onclick*="inYoyCart"], button[onclick*="inYoyCart"]')].find(
      (b) => tilcodIn(b) === tilcod,
    ) ?? null
  );
}
