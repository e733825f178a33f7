import type { HoldRecordInput } from '../../../model';
import { readGeneric } from '../../generic';
import { clean, textOf, visibleText } from '../shared/dom';
import { loansFromTable } from '../shared/lists';
import { readPairs } from '../shared/pairs';
import type { KindReader } from '../shared/reader';
import { holdFrom, titleAndVolume, volumeOnly } from '../shared/records';
import { cartButton } from './actions';
import { biblidIn, detailBiblioid } from './ids';
import { cartOfList, holdsOfList } from './lists';

/** Holds: the list the stylesheet names, else `table.searchListTbl` with classed spans (opac-vendors.md §3). */
export const readHolds: KindReader = (url, doc, ctx) => {
  const listed = holdsOfList(doc, ctx);
  if (listed) return { holds: listed };
  const holds: HoldRecordInput[] = [];
  for (const tr of doc.querySelectorAll('table.searchListTbl tr')) {
    const title = textOf(tr.querySelector('td.tbl_long strong'));
    if (!title) continue;
    const hold = holdFrom(
      {
        title,
        volume: volumeOnly(title, textOf(tr.querySelector('span.colprttil'))),
        state: textOf(tr.querySelector('td.colstatus')),
        rank: textOf(tr.querySelector('span.colrsvodr strong, span.colrsvodr')),
        pickupLocation: textOf(tr.querySelector('span.colutolcs')),
        pickupDeadline: textOf(tr.querySelector('span.collimitdate')),
      },
      ctx,
      { bibId: biblidIn(tr) },
    );
    if (hold) holds.push(hold);
  }
  return holds.length ? { holds } : readGeneric('holds', doc, { ...ctx, base: url.href });
};

/** Loans (userlist.do?type=2): only the URL and YYYY/MM/DD dates are firm, so the table is read by its labels. */
export const readLoans: KindReader = (url, doc, ctx) => {
  const table = doc.querySelector('table.searchListTbl');
  if (!table) return readGeneric('loans', doc, { ...ctx, base: url.href });
  return { loans: loansFromTable(table, ctx, { bibIdOf: (row) => biblidIn(row.tr) }) };
};

/** The cart (rsvcart.do): the list the stylesheet names, else read by its labels. */
export const readCart: KindReader = (url, doc, ctx) => {
  const listed = cartOfList(doc);
  return listed ? { cart: listed } : readGeneric('cart', doc, { ...ctx, base: url.href });
};

/**
 * The detail screen (searchdetail.do, the real Itoshima page): the title is the `h3` of `.bookInfoTitle` (the `h5`
 * under it is the author line), 著者 and 出版者 rows of `table.bookItemInfo` (first line; the second is the reading),
 * the id from the page's forms, and the カートに入れる button that submits `rsvcartadd`.
 */
export const readDetail: KindReader = (url, doc, ctx) => {
  const heading = doc.querySelector('.bookInfoTitle h3, .bookInfoTitle h2');
  const shown = clean(heading ? visibleText(heading) : null);
  if (!shown) return readGeneric('detail', doc, { ...ctx, base: url.href });
  const info = doc.querySelector('table.bookItemInfo');
  const pairs = info ? readPairs(info) : null;
  const firstLine = (field: 'author' | 'publisher') => {
    const cell = pairs?.cells[field];
    return cell ? clean(firstTextLine(cell)) : null;
  };
  const bibId = detailBiblioid(doc);
  return {
    items: [{ ...titleAndVolume(shown), bibId, canAddToCart: bibId !== null && cartButton(doc) !== null, author: firstLine('author'), publisher: firstLine('publisher') }],
  };
};

/** A cell's text up to its first <br> (the second line is the reading in half-width kana). */
function firstTextLine(cell: Element): string {
  let text = '';
  for (const node of Array.from(cell.childNodes)) {
    if (node.nodeType === 1 && (node as Element).tagName === 'BR') {
      if (text.trim()) break;
      continue;
    }
    text += visibleText(node);
  }
  return text;
}
