import type { PageKind } from '../../model';
import { normalizeText } from '../../model/text';
import { textOf } from './dom';
import { findRecordSets } from './blocks';
import { isHoldRecord, isLoanRecord } from './records';

/**
 * Headings that name a page kind, in the order they are tried (cart before holds: 予約カート状況). The screens of a
 * reservation under way come first: their table lists what is about to be reserved, never the patron's holds.
 */
const HEADING_KINDS: [PageKind, RegExp][] = [
  ['other', /予約(?:内容|情報)の?(?:確認|入力)|予約の?(?:結果|完了)|予約変更・取消/],
  ['cart', /予約カート|予約かご|予約籠|カートの中|カート一覧|予約バスケット/],
  ['holds', /予約状況照会|予約状況一覧|予約一覧|予約照会|予約中一覧|予約中の資料|予約している資料|予約状況/],
  ['loans', /貸出状況照会|貸出状況一覧|貸出中一覧|貸出一覧|貸出照会|借りている資料|貸出中の資料|貸出状況/],
  ['detail', /書誌詳細|所蔵情報|資料詳細|詳細情報|書誌情報/],
  ['results', /検索結果|件中|ヒット件数/],
];

/** Page headings, strongest first: h1, h2, the document title, then smaller headings and captions. */
function headings(doc: Document): string[] {
  const texts = (selector: string) => Array.from(doc.querySelectorAll(selector)).map(textOf);
  return [...texts('h1'), ...texts('h2'), doc.title, ...texts('h3, h4, caption, legend')].map(normalizeText);
}

function kindOfHeading(text: string): PageKind | null {
  return HEADING_KINDS.find(([, re]) => re.test(text))?.[0] ?? null;
}

/**
 * The kind of a page no vendor adapter claims, from its headings; then from the records it holds; a page with a
 * password field and no records is a login page. The URL is not used: generic pages have no known signature.
 */
export function detectGeneric(_url: URL, doc: Document): PageKind {
  const records = findRecordSets(doc).flatMap((s) => s.records);
  const password = Array.from(doc.querySelectorAll('input')).some((i) => i.getAttribute('type')?.toLowerCase() === 'password');
  if (records.length === 0 && password) return 'login';
  for (const h of headings(doc)) {
    const kind = kindOfHeading(h);
    if (kind) return kind;
  }
  if (records.some(isHoldRecord)) return 'holds';
  if (records.some(isLoanRecord)) return 'loans';
  return password ? 'login' : 'other';
}
