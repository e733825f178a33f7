import type { PageKind } from '../../../model';
import { detectWith, hasPasswordField, type UrlVerdict } from '../shared/detect';
import { pageName } from '../shared/url';

const PAGES: Record<string, PageKind> = {
  idcheck: 'login',
  login: 'login',
  reservelist: 'holds',
  rentallist: 'loans',
  bookdetail: 'detail',
  help: 'other',
};

function fromUrl(url: URL): UrlVerdict {
  return PAGES[pageName(url)];
}

/** Versioned `contents` pages: the login form, or an infotable list whose labels say which list it is. */
function fromDoc(doc: Document): UrlVerdict {
  if (hasPasswordField(doc)) return 'login';
  const labels = [...doc.querySelectorAll('section.infotable dt')].map((dt) => dt.textContent?.trim() ?? '');
  if (labels.includes('予約状況')) return 'holds';
  if (labels.includes('返却期限')) return 'loans';
  return undefined;
}

export function detect(url: URL, doc: Document): PageKind {
  return detectWith(url, doc, fromUrl, fromDoc);
}
