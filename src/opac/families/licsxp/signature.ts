/** Every LICS-XP screen is a Struts action under the `/licsxp-opac/` context path. */
export function matchesUrl(url: URL): boolean {
  return /\/licsxp-opac\//i.test(url.pathname);
}
