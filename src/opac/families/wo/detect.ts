import type { PageKind } from '../../../model';
import { detectGeneric } from '../../generic';
import { normalizeText } from '../../../model/text';
import { detectWith, type UrlVerdict } from '../shared/detect';

/**
 * Screen names from 北海道立's guides (seeds/hokkaido-pref-*.txt). 読みたい順予約 is a step of reserving from the cart
 * (it numbers the chosen titles), not a list Uketori mirrors; 利用者ポータル alone is the portal's own top.
 */
const SCREENS: [RegExp, PageKind][] = [
  [/予約カート状況/, 'cart'],
  [/読みたい順予約/, 'other'],
  [/予約状況照会/, 'holds'],
  [/貸出状況照会/, 'loans'],
  [/所蔵情報/, 'detail'],
  [/利用者認証/, 'login'],
  [/利用者ポータル/, 'other'],
];

function fromUrl(url: URL): UrlVerdict {
  if (/\/srh_detail(?:\/|$)/i.test(url.pathname)) return 'detail';
  // 蔵書検索's form; with a query it may already show results, which the page itself tells.
  return /\/wo\/opc\/srh\/$/i.test(url.pathname) && url.search === '' ? 'other' : undefined;
}

/** A screen's name is its h2, under the portal's h1 (北海道立図書館 利用者ポータル); the portal's top has only the h1. */
function screenName(doc: Document): string {
  return normalizeText(doc.querySelector('h2')?.textContent ?? doc.querySelector('h1')?.textContent ?? '');
}

function fromDoc(doc: Document, url: URL): UrlVerdict {
  const name = screenName(doc);
  return SCREENS.find(([re]) => re.test(name))?.[1] ?? detectGeneric(url, doc);
}

export function detect(url: URL, doc: Document): PageKind {
  return detectWith(url, doc, fromUrl, fromDoc);
}
