import { clean } from '../shared/dom';
import { readPairs } from '../shared/pairs';
import type { KindReader } from '../shared/reader';
import { titleAndVolume } from '../shared/records';
import { queryParam } from '../shared/url';
import { cartButtonFor, mainTitle } from './results';

/** The detail page's tilcod: the hidden field, else the URL's. */
export function detailTilcod(url: URL, doc: Document): string | null {
  return clean(doc.querySelector<HTMLInputElement>('input[name="tilcod"]')?.value) ?? queryParam(url, 'tilcod');
}

/** 書誌情報 table (書名 in an h3, 著者名, 出版者) and the 予約カートに入れる button (opac-vendors.md §2 "Item detail"). */
export const readDetail: KindReader = (url, doc) => {
  const info = doc.querySelector('table[summary="詳細情報"]');
  const pairs = info ? readPairs(info) : null;
  const title = mainTitle(pairs?.texts.title ?? null);
  if (!pairs || !title) return {};
  const bibId = detailTilcod(url, doc);
  return {
    items: [
      {
        ...titleAndVolume(title, pairs.texts.volume),
        bibId,
        canAddToCart: cartButtonFor(doc, bibId) !== null,
        author: pairs.texts.author ?? null,
        publisher: pairs.texts.publisher ?? null,
      },
    ],
  };
};
