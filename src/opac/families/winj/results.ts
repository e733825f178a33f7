import type { CartRecordInput, ItemRecordInput } from '../../../model';
import type { KindReader } from '../shared/reader';
import { titleAndVolume } from '../shared/records';
import { entries } from './list';

/** The page's 予約かご button (Ichikawa: submit_btn_rsv_basket=予約かご). */
export function basketButton(doc: Document): HTMLInputElement | null {
  return doc.querySelector<HTMLInputElement>('input[name="submit_btn_rsv_basket"]');
}

/** Results: an entry can go into the basket when it has its row checkbox and the page has the 予約かご button. */
export const readResults: KindReader = (url, doc) => {
  const basket = basketButton(doc) !== null;
  // An entry is a record with its id (the title link's bibid) or its row checkbox; a bare title is none.
  const items: ItemRecordInput[] = entries(doc, url).flatMap((e) => {
    const check = e.li.querySelector('input[name="chk_check"]') !== null;
    return e.title && (e.bibId || check) ? [{ ...titleAndVolume(e.title), bibId: e.bibId, canAddToCart: basket && check }] : [];
  });
  return { items };
};

/** The basket (reserve-basket.do): entries whose checkbox value is the bib id. */
export const readCart: KindReader = (url, doc) => {
  const cart: CartRecordInput[] = entries(doc, url).flatMap((e) => {
    const bibId = e.bibId ?? e.li.querySelector<HTMLInputElement>('input[name="chk_check"]')?.value ?? null;
    return e.title && bibId ? [{ ...titleAndVolume(e.title), bibId }] : [];
  });
  return { cart };
};
