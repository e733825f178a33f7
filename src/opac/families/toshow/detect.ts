import type { PageKind } from '../../../model';
import { detectWith, hasPasswordField, type UrlVerdict } from '../shared/detect';
import { pageName, queryParam } from '../shared/url';

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
  // 詳細 of one record, by its FCode: the address NDL links to (相模原, opac-census.csv).
  if (pageName(url) === 'wwshousaiken.aspx' && queryParam(url, 'FCode')) return 'detail';
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
