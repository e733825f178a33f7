/**
 * A record's permalink `/bib/?B<id>` or `/bibj/?B<id>`: the address NDL links to at 京都府, 大阪府 and 広島県, where
 * the same record's cart is an ELCIELO page (大阪府 `/opw/OPW/…`), opac-census.csv and issue 18.
 */
export function isPermalink(url: URL): boolean {
  return /\/bibj?\/?$/i.test(url.pathname) && /^\?B\d+$/.test(url.search);
}

/** ELCIELO pages are Caché Server Pages named OPW*.CSP under an `/OPW/` folder (`/opw/`, `/opw1/`, `/csp/opw/`). */
export function matchesUrl(url: URL): boolean {
  return /\/OPW\/OPW\w*\.CSP$/i.test(url.pathname) || isPermalink(url);
}
