import type { PageKind } from '../../../model';
import { detectGeneric } from '../../generic';

/** What a URL alone says: a page kind, or `undefined` when only the document can tell. */
export type UrlVerdict = PageKind | undefined;

/** Pages that need a session: when the OPAC answers them with its login form, the session has expired. */
const NEEDS_LOGIN: readonly PageKind[] = ['holds', 'loans', 'cart'];

export function hasPasswordField(doc: Document): boolean {
  return doc.querySelector('input[type="password" i]') !== null;
}

/**
 * URL first, document where the URL is ambiguous. One exception: a holds/loans/cart URL that shows a login form
 * is a login page (expired session), so that an empty list is never taken for the truth. Where neither tells, the
 * page's headings do, as on any page (a versioned Wicket page emptied of its records still says 予約状況一覧).
 */
export function detectWith(
  url: URL,
  doc: Document,
  fromUrl: (url: URL) => UrlVerdict,
  fromDoc: (doc: Document, url: URL) => UrlVerdict,
  fallback: (url: URL) => PageKind = (u) => detectGeneric(u, doc),
): PageKind {
  const byUrl = fromUrl(url);
  if (byUrl !== undefined) return NEEDS_LOGIN.includes(byUrl) && hasPasswordField(doc) ? 'login' : byUrl;
  return fromDoc(doc, url) ?? fallback(url);
}

/** The page's visible heading and title, for families whose screens are named there. */
export function headingText(doc: Document): string {
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  return `${doc.title} ${h1}`.replace(/\s+/g, ' ');
}
