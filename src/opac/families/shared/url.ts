/** The last path segment, lower-cased and without a `;jsessionid=…` suffix: OPAC pages are named by it. */
export function pageName(url: URL): string {
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const last = segments[segments.length - 1] ?? '';
  return last.replace(/;.*$/, '').toLowerCase();
}

/** A query parameter by case-insensitive name (OPACs are inconsistent about `tilcod`/`TILCOD`). */
export function queryParam(url: URL, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === wanted) return value;
  return null;
}

/** Resolve a link's href against the page URL; null for javascript: links and broken hrefs. */
export function resolveHref(href: string | null, base: URL): URL | null {
  if (!href || /^\s*javascript:/i.test(href)) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/**
 * On a host a hosted service shares among libraries, one path each (`https://host/<lib>/…`): the library's own
 * address, the origin and its first path segment, when the path goes on after it; null on any other host.
 */
export function hostedLibraryBase(url: URL, hosts: RegExp): string | null {
  if (!hosts.test(url.hostname)) return null;
  const library = /^\/([^/]+)\//.exec(url.pathname)?.[1];
  return library ? `${url.origin}/${library}` : null;
}
