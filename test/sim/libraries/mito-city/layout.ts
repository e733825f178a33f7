import { html, type SafeHtml } from '../../core/html';
import { documentShell } from '../../core/page';
import { PATHS, type Ctx } from './session';

export const NAME = '水戸市立図書館';

/** Every page: the menu bar (蔵書検索・予約 and 利用照会), the login box top right, a one-time notice. */
export function layout(ctx: Ctx, title: string, content: SafeHtml, error: string | null = null): SafeHtml {
  const patron = ctx.patron;
  const notice = ctx.takeFlash();
  return documentShell(
    'Shift_JIS',
    `${title} | ${NAME} 蔵書検索・予約`,
    html`<div id="header"><p class="site-name"><a href="${PATHS.top}">${NAME} 蔵書検索・予約</a></p>
<div class="login-box">${
      patron ? html`${patron.name} 様 <a href="${PATHS.logout}">ログアウト</a>` : html`<a href="${PATHS.login}">ログイン</a>`
    }</div>
<ul id="menubar">
<li>蔵書検索<ul><li><a href="${PATHS.easySearch}">簡単検索</a></li><li><a href="${PATHS.detailSearch}">詳しく探す</a></li></ul></li>
<li>利用照会<ul><li><a href="${PATHS.menu}">利用者メニュー</a></li><li><a href="${PATHS.cart}">予約カート</a></li><li><a href="${PATHS.holds}">予約一覧</a></li><li><a href="${PATHS.loans}">貸出中一覧</a></li><li>新規パスワード登録</li></ul></li>
</ul></div>
<div id="content">
<h1>${title}</h1>
${notice ? html`<p class="message">${notice}</p>` : ''}
${error ? html`<p class="error">${error}</p>` : ''}
${content}
</div>`,
  );
}
