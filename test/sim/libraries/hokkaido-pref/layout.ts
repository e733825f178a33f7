import { fullTitle, type CatalogueRecord } from '../../core/catalogue';
import { html, type SafeHtml } from '../../core/html';
import { documentShell } from '../../core/page';
import { PATHS, type Ctx } from './session';

const NAME = '北海道立図書館';

function menu(ctx: Ctx): SafeHtml {
  const loggedIn = ctx.patron !== null;
  return html`<div id="menu">
<dl><dt>図書館広報</dt><dd>図書館からのお知らせ</dd><dd>カレンダー</dd></dl>
<dl><dt>蔵書検索</dt><dd><a href="${PATHS.search}">簡易検索</a></dd><dd><a href="${PATHS.search}">詳細検索</a></dd><dd><a href="${PATHS.search}">フリーワード検索</a></dd></dl>
<dl><dt>資料一覧</dt><dd>新着案内</dd><dd>ベストリーダー</dd><dd>ベスト予約</dd><dd>おすすめ資料</dd></dl>
<dl><dt>利用状況</dt><dd><a href="${PATHS.loans}">貸出状況</a></dd><dd><a href="${PATHS.holds}">予約状況</a></dd><dd><a href="${PATHS.cart}">予約カート状況</a></dd></dl>
<dl><dt>登録・変更</dt><dd>パスワード</dd><dd>メールアドレス</dd><dd>メールマガジン</dd>${
    loggedIn ? html`<dd><a href="${PATHS.logout}">ログアウト</a></dd>` : html`<dd><a href="${PATHS.login}">ポータルログイン</a></dd>`
  }</dl>
</div>`;
}

/** Every portal page: title bar, the patron line, the side menu, a one-time notice and the content. */
export function layout(ctx: Ctx, title: string, content: SafeHtml): SafeHtml {
  const patron = ctx.patron;
  const notice = ctx.takeFlash();
  return documentShell(
    'UTF-8',
    `${title} | ${NAME} 利用者ポータル`,
    html`<div id="header"><h1>${NAME}<br>利用者ポータル</h1>
${patron ? html`<p class="user">カード番号: ${patron.card} ${patron.name} さん</p>` : ''}</div>
${menu(ctx)}
<div id="main">
${notice ? html`<p class="notice">${notice}</p>` : ''}
${content}
</div>`,
  );
}

/** 【書誌情報】 as the change/cancel screens show it. */
export function bibTable(record: CatalogueRecord): SafeHtml {
  return html`<h3>【書誌情報】</h3>
<table class="bib"><tr><th>項目名称</th><th>項目内容</th></tr>
<tr><td>資料の種類</td><td>${record.media}</td></tr>
<tr><td>書名</td><td>${fullTitle(record)}</td></tr>
<tr><td>著編者等</td><td>${record.author}</td></tr>
<tr><td>出版者</td><td>${record.publisher}</td></tr>
<tr><td>出版年</td><td>${record.year}</td></tr>
<tr><td>ISBN</td><td>${record.isbn ?? ''}</td></tr>
</table>`;
}
