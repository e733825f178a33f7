import type { PageKind } from '../../../model';
import { detectWith, hasPasswordField, type UrlVerdict } from '../shared/detect';
import { pageName } from '../shared/url';
import { isPermalink } from './signature';

/** opac-vendors.md §4. OPWUSERLOGIN.CSP answers with the form again or with a bounce page: the document decides. */
const PAGES: Record<string, PageKind> = {
  'opwuserconf.csp': 'login',
  'opwuser.csp': 'login',
  'opwsrchlist.csp': 'results',
  'opwbook.csp': 'detail',
  'opwsrchtype.csp': 'detail',
  'opwsrch1.csp': 'other',
  'opwsrch2.csp': 'other',
};

/**
 * OPWUSERINFO.CSP is the patron page with both tab panels (#ContentRsv, #ContentLend); it is read as a holds
 * page (both lists are read), or as a loans page when it has no holds panel.
 */
function fromUrl(url: URL): UrlVerdict {
  return isPermalink(url) ? 'detail' : PAGES[pageName(url)];
}

function fromDoc(doc: Document, url: URL): UrlVerdict {
  if (pageName(url) === 'opwuserinfo.csp') {
    if (hasPasswordField(doc)) return 'login';
    return !doc.querySelector('#ContentRsv') && doc.querySelector('#ContentLend') ? 'loans' : 'holds';
  }
  return hasPasswordField(doc) ? 'login' : undefined;
}

export function detect(url: URL, doc: Document): PageKind {
  return detectWith(url, doc, fromUrl, fromDoc);
}
