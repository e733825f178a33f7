/** TOSHOW: ASP.NET pages `/toshow/asp/Ww*.aspx` (older generation `*.asp`). */
export function matchesUrl(url: URL): boolean {
  return /\/toshow\/asp\/[^/]+\.aspx?$/i.test(url.pathname);
}
