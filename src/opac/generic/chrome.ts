import { normalizeText } from '../../model/text';
import { textOf } from './dom';

/**
 * What on a page is never a record: its chrome (menus, headers, footers, sidebars, breadcrumbs, pagers, facets) and
 * the links inside and around records that lead elsewhere (pagination, sort and display toggles, facets, an author's
 * or a subject's other works, outside catalogues).
 */

const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);
const CHROME_ROLES = /^(?:navigation|banner|contentinfo|search|menu|menubar|tablist)$/i;
/** Words naming page chrome in class and id names (headerBlock, main-nav, gnav, topicpathContainer, utilityBox). */
const CHROME_WORDS = new Set([
  'nav', 'navi', 'gnav', 'navigation', 'navbar', 'menu', 'menubar', 'menus', 'header', 'footer', 'sidebar', 'sidemenu', 'sidenav',
  'breadcrumb', 'breadcrumbs', 'topicpath', 'pankuzu', 'panks', 'pager', 'paging', 'pagination', 'facet', 'facets', 'refine',
  'narrow', 'utility', 'tabs', 'skip', 'stats',
]);

/**
 * Each hyphen- or underscore-separated part of a class or id, by its first camelCase word: "headerBlock" and
 * "main-nav" name chrome, "ItemHeader" (a table's header row) and "noSide" (a layout without sidebar) do not.
 */
function chromeWords(el: Element): boolean {
  const names = [el.getAttribute('id') ?? '', ...(el.getAttribute('class') ?? '').split(/\s+/)];
  return names.some((name) => name.split(/[-_]/).some((part) => CHROME_WORDS.has((/^[a-z]+|^[A-Z][a-z]*/.exec(part)?.[0] ?? '').toLowerCase())));
}

/** The chrome element an element sits in, or null. */
function chromeOf(el: Element): Element | null {
  for (let e: Element | null = el; e && e.tagName.toUpperCase() !== 'BODY'; e = e.parentElement) {
    if (CHROME_TAGS.has(e.tagName.toUpperCase()) || CHROME_ROLES.test(e.getAttribute('role') ?? '') || chromeWords(e)) return e;
  }
  return null;
}

export const inChrome = (el: Element): boolean => chromeOf(el) !== null;

/** Why a link is not a record's own link, or null when it may be one. */
export type NotRecord = 'chrome' | 'page' | 'toggle' | 'facet' | 'person' | 'external' | 'fragment' | 'action';

const PAGE_TEXT =
  /^(?:\d{1,4}|[<>«»‹›≪≫＜＞\s]*(?:(?:次|前|最初|最後|先頭|末尾|最終)(?:の)?(?:\d+件|ページ|頁)?(?:へ|を表示)?|next|prev(?:ious)?|first|last)?[<>«»‹›≪≫＜＞\s]*|\.{2,}|…)$/i;
const PAGE_CALL = /(?:^|_)(?:page|paging|pager|jump|go_?page|move_?page|next|prev)/i;
const PAGE_PARAMS = /^(?:page|pageno|page_no|pg|p|start|offset|startpos|disp_?page|listpage|currentpage|idx)$/i;

const TOGGLE_TEXT = /^.{1,6}順$|表示|並び替え|並べ替え|ソート|昇順|降順|件ずつ|(?:^|\s)(?:ON|OFF)$|画像|サムネイル|一覧に戻る|簡易|詳細検索|絞り込み|条件|全て選択|すべて選択|選択解除|印刷|ダウンロード|CSV|RSS|メール|シェア|ツイート|お気に入り|本棚|My本棚|レビュー|書評/i;
const TOGGLE_CALL = /disp|sort|order|view|toggle|switch|print|select_?all|check_?all|font|size|bookshelf|favorite|mybook|review/i;

const FACET_TEXT = /[(（［[]\s*\d[\d,]*\s*件\s*[)）］\]]\s*$/;
/** Controls and "see more" links beside a record: never its title (a list whose titles are plain text is read by labels). */
const ACTION_TEXT = /^(?:カート|予約かご|かご)に(?:入れる|追加)|^(?:予約|取消|削除|延長|変更)(?:する)?$|予約カートに|^いますぐ予約|^(?:詳細|詳しく(?:見る)?|詳細を見る|もっと見る|≫?詳細≫?)$/;

/** Links to an author's, a subject's, a series' or a publisher's other works, by their call or parameters. */
const PERSON_CALL = /author|auth|writer|jin(?:cod)?|chosha|subject|kenmei|series|publish|genre|bunrui|ndc|keyword|search_?list|list_/i;
const PERSON_PARAMS = /^(?:author|authorid|auth|writer|jincod|subject|kenmei|series|publisher|publishid|genre|bunrui|bunruicode|ndc|keyword|kw|q|query|au|su|pu)$/i;

/** The function a `javascript:` link or an onclick calls, and the parameters of an address. */
function callName(link: Element): string {
  const code = `${link.getAttribute('href') ?? ''} ${link.getAttribute('onclick') ?? ''}`;
  return /(?:javascript:\s*|^|\s|;)([A-Za-z_$][\w$.]*)\s*\(/.exec(code.trim())?.[1] ?? '';
}

function addressOf(link: Element, base: string): URL | null {
  const href = link.getAttribute('href') ?? '';
  if (!href || /^\s*(?:javascript:|#|mailto:|tel:)/i.test(href)) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/**
 * Why a link is not a record's link (pagination, toggles, facets, people and subjects, other sites, page chrome), or
 * null. `base` resolves addresses; links to another site are never a record of this OPAC.
 */
export function notRecordLink(link: Element, base: string): NotRecord | null {
  if (inChrome(link)) return 'chrome';
  const href = link.getAttribute('href') ?? '';
  if (/^\s*#/.test(href) && !link.getAttribute('onclick')) return 'fragment';
  const url = addressOf(link, base);
  if (url && url.origin !== new URL(base).origin) return 'external';
  const text = normalizeText(textOf(link));
  if (ACTION_TEXT.test(text)) return 'action';
  // A link to a record's own page is one, whatever its words ("1984", "表示の技法").
  if (DETAIL_WORDS.test(linkPattern(link, base))) return null;
  const call = callName(link);
  const params = url ? paramNames(url) : [];
  if (PAGE_TEXT.test(text) || PAGE_CALL.test(call) || (params.some((p) => PAGE_PARAMS.test(p)) && /^[\d\s<>«»‹›次前へ頁ページの件]*$/.test(text))) return 'page';
  if ((text.length <= 20 && TOGGLE_TEXT.test(text)) || TOGGLE_CALL.test(call)) return 'toggle';
  if (FACET_TEXT.test(text) || link.closest('[class*="facet" i], [id*="facet" i], [class*="refine" i], [class*="narrow" i]')) return 'facet';
  const incidental = (p: string) => PERSON_PARAMS.test(p) || PAGE_PARAMS.test(p) || /^(?:target|histnum|menukbn|count|lang|type|mode|sort|order|disp|view|kbn)$/i.test(p);
  if (PERSON_CALL.test(call) || (params.length > 0 && params.every(incidental))) return 'person';
  return null;
}

/** Words of a record's own detail link, in an address or a call: the page's record pattern is strongest with them. */
export const DETAIL_WORDS = /detail|syosai|shosai|shousai|biblio|bib_?id|bookinfo|book_?detail|tildetail|srh_detail|title_?info|tilinfo/i;

/**
 * The pattern a link follows: the function it calls, or its path with the names of its parameters. Links of one
 * record list share it.
 */
export function linkPattern(link: Element, base: string): string {
  const call = callName(link);
  if (call) return `js:${call}`;
  const url = addressOf(link, base);
  return url ? `${url.pathname}?${paramNames(url).sort().join('&')}` : '';
}

/**
 * The names of an address's parameters. Not `searchParams.keys()`: in a Firefox content script that iterator is not
 * iterable (the reader failed on every generic result list there), while the params themselves are.
 */
function paramNames(url: URL): string[] {
  return [...url.searchParams].map(([name]) => name);
}
