import type { LibraryDefinition } from '../../core/library';
import { cartRoutes } from './cart-pages';
import { BRANCHES, LICSXP_RULES } from './rules';
import { searchRoutes } from './search-pages';
import { ACTIONS, BASE, type LicsxpSession } from './session';
import { userRoutes } from './user-pages';

/**
 * A LICS-XP OPAC (reference/opac-vendors.md §2 and the real excerpts in opac-samples/licsxp/): Struts-style actions
 * under /licsxp-opac/, every screen one `LBForm` with a `hash` token and `gamenid`, pages that navigate by script.
 */
export const licsxpDemo: LibraryDefinition<LicsxpSession> = {
  id: 'licsxp-demo',
  name: 'あおば市立図書館（模擬）',
  charset: 'UTF-8',
  sessionCookie: 'JSESSIONID_LICSXP',
  basePath: BASE,
  homePath: ACTIONS.searchForm,
  loginPath: `${ACTIONS.login}?subSystemFlag=0`,
  rules: LICSXP_RULES,
  holdings: { barcodePrefix: '105', shelves: BRANCHES },
  pickupLocations: BRANCHES,
  patrons: [{ card: '9999000001', password: 'licsxp', name: '模擬 青葉' }],
  newSessionData: () => ({ pendingCart: null }),
  routes: [...searchRoutes, ...cartRoutes, ...userRoutes],
};
