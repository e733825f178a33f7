import { html } from '../../core/html';
import type { LibraryDefinition } from '../../core/library';
import { loginRoutes } from '../../core/login';
import { layout } from './layout';
import { BRANCHES, MITO_RULES } from './rules';
import { searchRoutes } from './search-pages';
import { BASE, PATHS, type Ctx, type MitoSession } from './session';
import { userRoutes } from './user-pages';

function loginPage(ctx: Ctx, error: string | null) {
  return layout(
    ctx,
    'ログイン',
    html`<p>利用者番号とパスワードを入力し、「ログインする」をクリックしてください。</p>
<form method="post" action="${PATHS.login}">
<table class="form"><tr><th>利用者番号</th><td><input type="text" name="userid" value=""></td></tr>
<tr><th>パスワード</th><td><input type="password" name="password" value=""></td></tr></table>
<p><input type="submit" value="ログインする"></p>
</form>`,
    error,
  );
}

/** 水戸市立図書館: 簡単検索/詳しく探す → カートに入れる → 利用照会 予約カート → 予約情報入力 → 確認 → 予約完了 (Shift_JIS). */
export const mitoCity: LibraryDefinition<MitoSession> = {
  id: 'mito-city',
  name: '水戸市立図書館',
  charset: 'Shift_JIS',
  sessionCookie: 'MITOSID',
  basePath: BASE,
  homePath: PATHS.top,
  loginPath: PATHS.login,
  rules: MITO_RULES,
  holdings: { barcodePrefix: '082', shelves: BRANCHES },
  pickupLocations: BRANCHES,
  // The old help page speaks of an 8-digit 利用者番号.
  patrons: [{ card: '99990001', password: 'mito', name: '水戸 三郎' }],
  newSessionData: () => ({ reserving: null }),
  routes: [
    ...loginRoutes<MitoSession>({
      path: PATHS.login,
      cardField: 'userid',
      passwordField: 'password',
      home: PATHS.menu,
      logoutPath: PATHS.logout,
      afterLogout: PATHS.top,
      render: loginPage,
      failureMessage: '利用者番号またはパスワードが正しくありません。',
    }),
    ...searchRoutes,
    ...userRoutes,
  ],
};
