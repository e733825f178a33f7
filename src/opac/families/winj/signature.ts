/** WebiLis / iLisfiera: `/winj/opac/*.do` (PC) and `/winj/sp/*.do` (smartphone). */
export function matchesUrl(url: URL): boolean {
  return /\/winj\/(?:opac|sp)\//i.test(url.pathname);
}
