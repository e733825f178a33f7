import type { PageKind } from '../../../model';
import { detectWith, hasPasswordField, headingText, type UrlVerdict } from '../shared/detect';
import { pageName, queryParam } from '../shared/url';

/** opac-vendors.md §1 URL map (Ichikawa, Yokohama, Kochi). */
const PAGES: Record<string, PageKind> = {
  'search-list.do': 'results',
  'switch-detail.do': 'detail',
  'switch-detail-iccap.do': 'detail',
  'lend-list.do': 'loans',
  'reserve-list.do': 'holds',
  'reserve-basket.do': 'cart',
  'top.do': 'other',
  'mylibrary.do': 'other',
  'search-detail.do': 'other',
  'lend-detail.do': 'other',
  'reserve-detail.do': 'other',
  'reserve-confirm.do': 'other',
  'lend-extension-confirm.do': 'other',
  'logout.do': 'other',
};

/** `login.do` shows the login form, or after a successful POST the page named by `dispatch`. */
function fromUrl(url: URL): UrlVerdict {
  const name = pageName(url);
  return name === 'login.do' ? undefined : PAGES[name];
}

function fromDoc(doc: Document, url: URL): UrlVerdict {
  if (hasPasswordField(doc)) return 'login';
  const dispatch = queryParam(url, 'dispatch');
  // Without a password field, a login.do page with content is the page the login dispatched to.
  if (pageName(url) === 'login.do' && dispatch && doc.body?.textContent?.trim()) {
    const target = dispatch.replace(/[?#].*$/, '').split('/').pop()?.toLowerCase() ?? '';
    return PAGES[target] ?? 'other';
  }
  // Smartphone pages are named in their title (Kobe: 貸出状況一覧, 予約状況一覧, 認証).
  const heading = headingText(doc);
  if (heading.includes('予約状況一覧')) return 'holds';
  if (heading.includes('貸出状況一覧')) return 'loans';
  return undefined;
}

export function detect(url: URL, doc: Document): PageKind {
  return detectWith(url, doc, fromUrl, fromDoc, (u) => (pageName(u) === 'login.do' ? 'login' : 'other'));
}
