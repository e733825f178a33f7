/**
 * LiCS-Re's hosted service serves many libraries from one host, one path each: `https://www.kn.licsre-saas.jp/
 * tokyo-nakano/webopac/…` (opac-vendors.md §3), and under its older name `https://www.lics-saas.nexs-service.jp/ono/`
 * (opac-census.csv).
 */
const HOSTED = /(?:^|\.)(?:licsre-saas\.jp|lics-saas\.nexs-service\.jp)$/i;

/** The library's own address on the hosted service: the origin and the first path segment, when the path goes on after it. */
export function libraryBase(url: URL): string | null {
  if (!HOSTED.test(url.hostname)) return null;
  const library = /^\/([^/]+)\//.exec(url.pathname)?.[1];
  return library ? `${url.origin}/${library}` : null;
}
