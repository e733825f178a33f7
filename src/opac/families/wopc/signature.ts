/**
 * The hosted service's first host: every library seen on it runs this interface (15 systems in opac-census.csv, and
 * 伊勢, 栗野 in public code). Its other hosts are not claimed: ilisod002 serves another interface (`/<lib>/item-details?id=`,
 * `/<lib>/login` at 伊賀, 川越), and nothing says which one ilisod003–006 serve.
 */
const HOSTED = /^ilisod001\.apsel\.jp$/i;

/** The `/wopc/` OPAC: JSF pages under `…/wopc/pc/pages/*.jsp` and the servlet `…/wopc/pc/OpacServlet`. */
export function matchesUrl(url: URL): boolean {
  return /\/wopc\//i.test(url.pathname) || HOSTED.test(url.hostname);
}
