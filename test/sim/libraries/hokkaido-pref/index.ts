import { html } from '../../core/html';
import type { LibraryDefinition } from '../../core/library';
import { loginRoutes } from '../../core/login';
import { cartRoutes } from './cart-pages';
import { holdsRoutes } from './holds-pages';
import { layout } from './layout';
import { loansRoutes } from './loans-pages';
import { HOKKAIDO_RULES, PICKUP_LOCATIONS } from './rules';
import { searchRoutes } from './search-pages';
import { BASE, PATHS, type Ctx, type HokkaidoSession } from './session';

function loginPage(ctx: Ctx, error: string | null) {
  return layout(
    ctx,
    '利用者認証画面',
    html`<h2>利用者認証画面</h2>
<p>カード番号とパスワードを入力してログインボタンを押してください。</p>
${error ? html`<p class="error">${error}</p>` : ''}
<form method="post" action="${PATHS.login}">
<p><label>カード番号: <input type="text" name="card" value=""></label> (半角)</p>
<p><label>パスワード: <input type="password" name="password" value=""></label></p>
<p><input type="submit" value="ログイン"> <input type="reset" value="クリア"></p>
</form>
<p>※は北海道立図書館のカードをお持ちの方を対象としています。</p>`,
  );
}

function topPage(ctx: Ctx) {
  return ctx.page(layout(ctx, 'トップ', html`<h2>北海道立図書館へようこそ!</h2>`));
}

/** 北海道立図書館: 利用者ポータル with 予約カート, 読みたい順予約 and 10-day hold shelf (UTF-8). */
export const hokkaidoPref: LibraryDefinition<HokkaidoSession> = {
  id: 'hokkaido-pref',
  name: '北海道立図書館',
  charset: 'UTF-8',
  sessionCookie: 'JSESSIONID',
  basePath: BASE,
  homePath: PATHS.top,
  loginPath: PATHS.login,
  rules: HOKKAIDO_RULES,
  holdings: { barcodePrefix: '011', shelves: ['一般開架', '書庫', '北方資料室'] },
  pickupLocations: PICKUP_LOCATIONS,
  patrons: [{ card: '0123456', password: 'hokkaido', name: '道立 花子' }],
  newSessionData: () => ({ ordered: false, pending: null }),
  routes: [
    { method: 'GET', path: PATHS.top, handle: topPage },
    ...loginRoutes<HokkaidoSession>({
      path: PATHS.login,
      cardField: 'card',
      passwordField: 'password',
      home: PATHS.top,
      logoutPath: PATHS.logout,
      afterLogout: PATHS.top,
      render: loginPage,
      failureMessage: 'カード番号またはパスワードが正しくありません。',
    }),
    ...searchRoutes,
    ...cartRoutes,
    ...holdsRoutes,
    ...loansRoutes,
  ],
};
