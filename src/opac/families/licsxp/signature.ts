import { pageName } from '../shared/url';

/** Screens are Struts actions named `WOpac…Action.do`, and `OpacInitLoginAction.do` for the login (opac-vendors.md §2). */
const ACTION = /^w?opac\w*action\w*\.do$/;

/**
 * LICS-XP is known by its action names, whatever context path a library deploys it under (opac-census.csv:
 * `/licsxp-opac/`, 茨城県 `/licsxp-kopac/`, 千葉県 `/licsxp-iopac/`, 富山県 `/opac/`); a `licsxp-…opac` context path
 * claims its other pages too (`j_security_check`, the bare context root).
 */
export function matchesUrl(url: URL): boolean {
  return /\/licsxp-\w*opac\//i.test(url.pathname) || ACTION.test(pageName(url));
}
