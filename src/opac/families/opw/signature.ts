/** ELCIELO pages are Caché Server Pages named OPW*.CSP under an `/OPW/` folder (`/opw/`, `/opw1/`, `/csp/opw/`). */
export function matchesUrl(url: URL): boolean {
  return /\/OPW\/OPW\w*\.CSP$/i.test(url.pathname);
}
