import type { PageKind } from '../../../model';
import { detectGeneric } from '../../generic';
import { detectWith, hasPasswordField, type UrlVerdict } from '../shared/detect';
import { pageName, queryParam } from '../shared/url';
import { listKindOf } from './lists';

/** opac-vendors.md §3 (Kawachinagano, Hadano, Isehara, Nakano, Ube, Itoshima). */
const PAGES: Record<string, PageKind> = {
  'login.do': 'login',
  'portal_lendlist.do': 'loans',
  'searchinput.do': 'results',
  'searchlist.do': 'results',
  'searchdetail.do': 'detail',
  'rsvcart.do': 'cart',
  'index.do': 'other',
  'selectsearch.do': 'other',
};

/** `userlist.do?type=2` lists loans, `type=3` holds. */
const USERLIST: Record<string, PageKind> = { '2': 'loans', '3': 'holds' };

/**
 * `usermenu.do` is the login form when logged out and a menu with AJAX summary panels when logged in; the panels
 * may be shortened, so the menu is not taken as the full list.
 */
function fromUrl(url: URL): UrlVerdict {
  const name = pageName(url);
  if (name === 'userlist.do') return USERLIST[queryParam(url, 'type') ?? ''] ?? 'other';
  if (name === 'usermenu.do') return undefined;
  return PAGES[name];
}

/**
 * Most LiCS-Re screens answer a POST (searchdetail.do, rsvcartadd.do …), so the page says what it is: the detail
 * screen's heading `h1.pageTtl.detailResult` (the real Itoshima page), the lists its stylesheet names
 * (`table.reservationListTbl` with `rsv_*` or `cart_*` cells), the login form.
 */
function fromDoc(doc: Document): UrlVerdict {
  if (hasPasswordField(doc)) return 'login';
  if (doc.querySelector('h1.pageTtl.detailResult, .bookDetailBlock .bookInfoTitle')) return 'detail';
  return listKindOf(doc) ?? undefined;
}

export function detect(url: URL, doc: Document): PageKind {
  // The document's own evidence first: a POST answer's address names the action, not the screen shown.
  const byDoc = fromDoc(doc);
  if (byDoc !== undefined) return byDoc;
  // An unknown screen is read by its headings, as any page; the logged-in menu's panels are never the full lists.
  const fallback = (u: URL): PageKind => (pageName(u) === 'usermenu.do' ? 'other' : detectGeneric(u, doc));
  return detectWith(url, doc, fromUrl, () => undefined, fallback);
}
