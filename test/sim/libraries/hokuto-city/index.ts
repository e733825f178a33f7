import { html } from '../../core/html';
import type { LibraryDefinition } from '../../core/library';
import { loginRoutes } from '../../core/login';
import { cartRoutes } from './cart-pages';
import { layout } from './layout';
import { myLibraryRoutes } from './mylib-pages';
import { BRANCHES, HOKUTO_RULES } from './rules';
import { searchRoutes } from './search-pages';
import { BASE, PATHS, type Ctx, type HokutoSession } from './session';

function loginPage(ctx: Ctx, error: string | null) {
  return layout(
    ctx,
    'ログイン',
    html`<h2>ログイン</h2>
<p>図書館利用カード番号・パスワードを入力して、「ログイン」をクリックしてください。</p>
${error ? html`<p class="error">${error}</p>` : ''}
<form method="post" action="${PATHS.login}">
<table><tr><th>図書館利用カード番号</th><td><input type="text" name="usercardno" value=""></td></tr>
<tr><th>パスワード</th><td><input type="password" name="userpasswd" value=""></td></tr></table>
<p><input type="submit" value="ログイン"></p>
</form>`,
  );
}

/** 北杜市図書館: anonymous 予約カート, 予約申請 approved the next opening day, served in Shift_JIS. */
export const hokutoCity: LibraryDefinition<HokutoSession> = {
  id: 'hokuto-city',
  name: '北杜市図書館',
  charset: 'Shift_JIS',
  sessionCookie: 'LIBSEARCH_SID',
  basePath: BASE,
  homePath: PATHS.search,
  loginPath: PATHS.login,
  rules: HOKUTO_RULES,
  holdings: { barcodePrefix: '209', shelves: BRANCHES },
  pickupLocations: BRANCHES,
  patrons: [{ card: '20000001', password: 'hokuto', name: '北杜 一郎' }],
  newSessionData: () => ({ applying: [] }),
  routes: [
    ...loginRoutes<HokutoSession>({
      path: PATHS.login,
      cardField: 'usercardno',
      passwordField: 'userpasswd',
      home: PATHS.myLibrary,
      logoutPath: PATHS.logout,
      afterLogout: PATHS.search,
      render: loginPage,
      failureMessage: '図書館利用カード番号またはパスワードが違います。',
    }),
    ...searchRoutes,
    ...cartRoutes,
    ...myLibraryRoutes,
  ],
};
