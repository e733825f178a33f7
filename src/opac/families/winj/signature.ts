import { pageName } from '../shared/url';

/** winj's own page names are `<area>-<action>.do` (search-list, switch-detail-iccap, reserve-basket, lend-list …). */
const HYPHENATED_PAGE = /^(?:search|switch|reserve|lend)-[a-z-]+\.do$/;

/**
 * WebiLis / iLisfiera: the web app's pages are `/opac/*.do` (PC) and `/sp/*.do` (smartphone), as its own links say
 * (`login.do?dispatch=/opac/reserve-list.do`), under whatever context path the library chose: `/winj/` mostly,
 * `/kento/` (鹿児島県), `/kentosyo2/` (佐賀県), the root (島根県) — opac-census.csv. Under `/winj/` every page is
 * claimed; elsewhere only the hyphenated page names, since `/opac/login.do` or `/opac/top.do` could be anyone's.
 */
export function matchesUrl(url: URL): boolean {
  if (/\/winj\/(?:opac|sp)\//i.test(url.pathname)) return true;
  const folder = url.pathname.split('/').filter((s) => s !== '').at(-2)?.toLowerCase();
  return (folder === 'opac' || folder === 'sp') && HYPHENATED_PAGE.test(pageName(url));
}
