import type { Library } from '../model';

/** The reader for pages no family claims; a library row may name it. */
export const GENERIC = 'generic';

/**
 * The library a URL belongs to: an origin listed in its row. A listed origin may carry a path (SaaS hosts serve many
 * libraries, `https://www.kn.licsre-saas.jp/tokyo-nakano`); the longest matching path wins. The one rule: the reader,
 * the background's `identify` and adding a library by URL all decide with it.
 */
export function libraryForUrl(url: URL, libraries: readonly Library[]): Library | null {
  let best: { library: Library; length: number } | null = null;
  for (const library of libraries) {
    for (const origin of library.origins) {
      const length = prefixLength(origin, url);
      if (length !== null && (best === null || length > best.length)) best = { library, length };
    }
  }
  return best?.library ?? null;
}

function prefixLength(origin: string, url: URL): number | null {
  let listed: URL;
  try {
    listed = new URL(origin);
  } catch {
    return null;
  }
  if (listed.origin !== url.origin) return null;
  const path = listed.pathname.replace(/\/$/, '');
  return path === '' || url.pathname === path || url.pathname.startsWith(`${path}/`) ? path.length : null;
}
