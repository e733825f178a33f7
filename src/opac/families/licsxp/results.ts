import type { ItemRecordInput } from '../../../model';
import { clean, visibleText } from '../shared/dom';
import type { KindReader } from '../shared/reader';
import { titleAndVolume } from '../shared/records';
import { tilcodIn } from './title';

/** A result title is "書名 ： 副書名"; the part before the colon is the title other pages list. */
export function mainTitle(shown: string | null): string | null {
  return clean(shown?.normalize('NFKC').split(/\s:\s/)[0]);
}

const ROLE = /[／/]|(?:著|編|訳|作|絵|文|監修)$/;
const YEAR = /^\d{4}(?:\.\d{1,2})?$/;

/**
 * `div.doc-writer`: author, publisher and year apart by full-width spaces — "石田　衣良／著　文藝春秋　２０１０．１２".
 * A name may hold a full-width space itself, so the author runs to the last part naming a role (／著); the year is
 * the last part; the publisher is what lies between.
 */
export function writerParts(text: string | null): { author: string | null; publisher: string | null } {
  const parts = (text ?? '').split('\u3000').map((p) => p.trim()).filter(Boolean);
  if (parts.length > 0 && YEAR.test(parts.at(-1)!.normalize('NFKC'))) parts.pop();
  const byRole = parts.findLastIndex((p) => ROLE.test(p));
  const authorEnd = byRole >= 0 ? byRole + 1 : Math.min(1, parts.length);
  return { author: clean(parts.slice(0, authorEnd).join(' ')), publisher: clean(parts.slice(authorEnd).join(' ')) };
}

/** Result entries `div.doc` (opac-vendors.md §2 "Search results"); the cart button starts hidden, revealed by JS. */
export const readResults: KindReader = (_url, doc) => {
  const items: ItemRecordInput[] = [];
  for (const entry of doc.querySelectorAll('div.doc')) {
    const link = entry.querySelector('.doc-title a');
    const title = mainTitle(visibleText(link ?? entry.querySelector('.doc-title') ?? entry));
    if (!title || !link) continue;
    const writer = entry.querySelector('.doc-writer');
    items.push({
      ...titleAndVolume(title),
      ...writerParts(writer && visibleText(writer)),
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
