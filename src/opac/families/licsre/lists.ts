import type { CartRecordInput, HoldRecordInput, PageKind } from '../../../model';
import type { ReadContext } from '../../types';
import { clean, textOf } from '../shared/dom';
import { holdFrom, titleAndVolume } from '../shared/records';
import { readTable } from '../shared/table';
import { biblidIn } from './ids';

/**
 * The lists the real page's stylesheet names (opac-vendors.md §3, SOURCES.md): `table.reservationListTbl` holds the
 * holds list (cells `rsv_title`, `rsv_status` 状態, `rsv_rsvdat` 予約日, `rsv_utolcs` 受渡館) and the cart (`cart_title`,
 * `cart_bookcnt` 複本数, `cart_rsvcnt` 予約数, `cart_addday` 登録日). Cells the stylesheet does not name are read by the
 * table's header labels (which win where the header has them).
 */
const LIST = 'table.reservationListTbl';

export function listKindOf(doc: Document): PageKind | null {
  if (doc.querySelector(`${LIST} td.rsv_title, ${LIST} td.rsv_status`)) return 'holds';
  if (doc.querySelector(`${LIST} td.cart_title`)) return 'cart';
  return null;
}

const cellText = (tr: Element, cls: string) => textOf(tr.querySelector(`td.${cls}`));

export function holdsOfList(doc: Document, ctx: ReadContext): HoldRecordInput[] | null {
  const table = doc.querySelector(LIST);
  if (!table || listKindOf(doc) !== 'holds') return null;
  const rows = readTable(table);
  // A row's 取消 button (action_delete); rows without one, where others have it, cannot be cancelled on the page.
  const cancels = rows.map((row) => [...row.tr.querySelectorAll('button, input[type="button"], a')].some((b) => /action_delete\(|取消/.test(`${b.getAttribute('onclick') ?? ''} ${b.getAttribute('value') ?? b.textContent ?? ''}`)));
  const anyCancel = cancels.some(Boolean);
  return rows.flatMap((row, i) => {
    // The header's labels where it has them; the classes where it does not (the smartphone layout labels cells by CSS).
    const title = row.texts.title ?? cellText(row.tr, 'rsv_title');
    if (!title) return [];
    const hold = holdFrom(
      {
        ...row.texts,
        title,
        state: row.texts.state ?? cellText(row.tr, 'rsv_status'),
        reservedOn: row.texts.reservedOn ?? cellText(row.tr, 'rsv_rsvdat'),
        pickupLocation: row.texts.pickupLocation ?? cellText(row.tr, 'rsv_utolcs'),
      },
      ctx,
      { bibId: biblidIn(row.tr), canCancel: cancels[i] ? true : anyCancel ? false : null },
    );
    return hold ? [hold] : [];
  });
}

export function cartOfList(doc: Document): CartRecordInput[] | null {
  const table = doc.querySelector(LIST);
  if (!table || listKindOf(doc) !== 'cart') return null;
  return [...table.querySelectorAll('tr')].flatMap((tr): CartRecordInput[] => {
    const title = clean(cellText(tr, 'cart_title'));
    const bibId = biblidIn(tr);
    return title && bibId ? [{ ...titleAndVolume(title), bibId }] : [];
  });
}
