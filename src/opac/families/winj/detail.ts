import { idInForms } from '../../generic/items';
import { readPairs } from '../shared/pairs';
import type { KindReader } from '../shared/reader';
import { titleAndVolume } from '../shared/records';
import { queryParam } from '../shared/url';
import { basketButton } from './results';

/**
 * Detail: `table.tbl-04` rows (本タイトル, ISBN); the bib id is in the URL (switch-detail.do?bibid=), or, for the page a
 * POST answered, in its forms (hid_bibid).
 */
export const readDetail: KindReader = (url, doc) => {
  const table = doc.querySelector('table.tbl-04');
  const pairs = table ? readPairs(table) : null;
  const title = pairs?.texts.title;
  if (!pairs || !title) return {};
  return {
    items: [
      {
        ...titleAndVolume(title, pairs.texts.volume),
        bibId: queryParam(url, 'bibid') ?? idInForms(doc),
        canAddToCart: basketButton(doc) !== null,
        author: pairs.texts.author ?? null,
        publisher: pairs.texts.publisher ?? null,
      },
    ],
  };
};
