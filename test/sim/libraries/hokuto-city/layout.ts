import { html, type SafeHtml } from '../../core/html';
import { documentShell } from '../../core/page';
import { PATHS, type Ctx } from './session';

const NAME = '北杜市図書館';

/** Every page: the site bar (cart count, login state), a one-time notice and the content, in Shift_JIS. */
export function layout(ctx: Ctx, title: string, content: SafeHtml): SafeHtml {
  const patron = ctx.patron;
  const notice = ctx.takeFlash();
  return documentShell(
    'Shift_JIS',
    `${title}｜${NAME}`,
    html`<div id="header"><h1>${NAME}</h1>
<ul class="nav"><li><a href="${PATHS.search}">資料検索</a></li><li><a href="${PATHS.cart}">予約カート (${ctx.cart().length})</a></li><li><a href="${PATHS.myLibrary}">マイライブラリー</a></li><li>${
      patron ? html`<a href="${PATHS.logout}">ログアウト</a>` : html`<a href="${PATHS.login}">ログイン</a>`
    }</li></ul>
${patron ? html`<p class="user">${patron.name} さん</p>` : ''}</div>
<div id="contents">
${notice ? html`<p class="notice">${notice}</p>` : ''}
${content}
</div>`,
  );
}
