import type { PageKind } from '../../../model';
import { detectGeneric } from '../../generic';
import { detectWith, type UrlVerdict } from '../shared/detect';
import { pageName } from '../shared/url';

/** Servlets seen in addresses: `Index?findtype=` (the library's top), `NewsInfo?findtype=2&pagetype=TOP` (ニセコ's news). */
const SERVLETS: Record<string, PageKind> = { index: 'other', newsinfo: 'other' };

function fromUrl(url: URL): UrlVerdict {
  return /\/servlet\/[^/]+$/i.test(url.pathname) ? SERVLETS[pageName(url)] : undefined;
}

export function detect(url: URL, doc: Document): PageKind {
  return detectWith(url, doc, fromUrl, (d, u) => detectGeneric(u, d));
}
