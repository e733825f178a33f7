/**
 * A hosted OPAC service, one path per library: `lib-eye.net/<lib>/`, `lib-finder.net/<lib>/`, `lib-finder2.net/<lib>/`
 * (13 systems in opac-census.csv), the same `servlet/Index?findtype=` pages on each. The hosts serve nothing else.
 */
export const HOSTS = /^(?:www\.)?lib-(?:eye|finder\d*)\.net$/i;

export function matchesUrl(url: URL): boolean {
  return HOSTS.test(url.hostname);
}
