import type { PageKind } from '../../../model';
import { detectWith, hasPasswordField, type UrlVerdict } from '../shared/detect';
import { pageName } from '../shared/url';

/**
 * opac-vendors.md §5. WwJoukyou.aspx shows loans (`#dgdKas`, `#kas_list`) and holds (`#dgdYoy`) on one page, so
 * the document decides which list it is read as (both are read).
 */
const PAGES: Record<string, PageKind> = {
  'wwportlogin.aspx': 'login',
  'wwporttop.aspx': 'other',
  'book_kensaku_w.asp': 'other',
};

function fromUrl(url: URL): UrlVerdict {
  return PAGES[pageName(url)];
}

function fromDoc(doc: Document, url: URL): UrlVerdict {
  if (hasPasswordField(doc)) return 'login';
  if (doc.querySelector('#dgdYoy')) return 'holds';
  if (doc.querySelector('#dgdKas, #kas_list')) return 'loans';
  return pageName(url) === 'wwjoukyou.aspx' ? 'holds' : undefined;
}

export function detect(url: URL, doc: Document): PageKind {
  return detectWith(url, doc, fromUrl, fromDoc);
}
