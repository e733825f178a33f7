import { pageName } from '../shared/url';

/** Page names of the Wicket-based OPAC (Hiratsuka, Chuo, Kawasaki, Saitama city …), opac-vendors.md §6. */
const PAGES = new Set(['idcheck', 'reservelist', 'rentallist', 'bookdetail']);

/**
 * `/login` and `/help` are too common to claim a site by; they are read as Wicket only for a library whose row
 * says so. Versioned pages (`contents;jsessionid=…?0&pid=…`) carry Wicket's URL-embedded session.
 */
export function matchesUrl(url: URL): boolean {
  const name = pageName(url);
  if (PAGES.has(name)) return true;
  return name === 'contents' && /;jsessionid=/i.test(url.pathname);
}
