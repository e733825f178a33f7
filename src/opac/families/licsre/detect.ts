import type { PageKind } from '../../../model';
import { detectWith, hasPasswordField, type UrlVerdict } from '../shared/detect';
import { pageName, queryParam } from '../shared/url';

/** opac-vendors.md §3 (Kawachinagano, Hadano, Isehara, Nakano, Ube, Itoshima). */
const PAGES: Record<string, PageKind> = {
  'login.do': 'login',
  'portal_lendlist.do': 'loans',
  'searchinput.do': 'results',
  'searchlist.do': 'results',
  'searchdetail.do': 'detail',
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

function fromDoc(doc: Document): UrlVerdict {
  return hasPasswordField(doc) ? 'login' : undefined;
}

export function detect(url: URL, doc: Document): PageKind {
  return detectWith(url, doc, fromUrl, fromDoc);
}
