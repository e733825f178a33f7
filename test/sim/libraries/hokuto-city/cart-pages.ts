import { findRecord, fullTitle } from '../../core/catalogue';
import { opButton } from '../../core/forms';
import { html } from '../../core/html';
import type { Route } from '../../core/library';
import { refusalMessage } from '../../core/rules';
import { layout } from './layout';
import { PATHS, type Ctx, type HokutoSession } from './session';

function cartPage(ctx: Ctx) {
  const cart = ctx.cart();
  const rows = cart.map((entry, i) => {
    const record = findRecord(entry.recordId)!;
    return html`<tr><td><input type="checkbox" name="id" value="${record.id}" checked></td><td>${i + 1}</td><td>${fullTitle(record)}</td><td>${record.author}</td><td>${record.media}</td><td>${entry.pickup}</td></tr>
`;
  });
  const content = html`<h2>予約カート</h2>
${
  cart.length === 0
    ? html`<p>予約カートに資料はありません。</p>`
    : html`<form method="post" action="${PATHS.cart}">
<table class="cart"><tr><th>選択</th><th>No.</th><th>書名</th><th>著者名</th><th>資料区分</th><th>受取館</th></tr>
${rows}</table>
<p>${opButton('apply', '予約申請する')} ${opButton('delete', '削除')}</p>
</form>`
}
<p>${ctx.library.rules.limit.message}</p>`;
  return ctx.page(layout(ctx, '予約カート', content));
}

function cartAction(ctx: Ctx) {
  const cart = ctx.cart();
  const chosen = ctx.form.getAll('id').filter((id) => cart.some((e) => e.recordId === id));
  if (chosen.length === 0) {
    ctx.flash('資料が選択されていません。');
    return ctx.redirect(PATHS.cart);
  }
  if (ctx.form.get('op') === 'delete') {
    ctx.state.removeFromCart(cart, chosen);
    return ctx.redirect(PATHS.cart);
  }
  ctx.session.data.applying = chosen;
  return ctx.patron ? ctx.redirect(PATHS.confirm) : ctx.requireLogin(PATHS.confirm);
}

/** The chosen cart entries, in cart order. */
function applyingEntries(ctx: Ctx) {
  return ctx.cart().filter((e) => ctx.session.data.applying.includes(e.recordId));
}

function confirmPage(ctx: Ctx) {
  const entries = applyingEntries(ctx);
  if (entries.length === 0) return ctx.redirect(PATHS.cart);
  const overLimit = ctx.state.exceedsLimit(ctx.patron!.card, entries.map((e) => e.recordId));
  const content = html`<h2>予約申請確認</h2>
<p>以下の資料の予約を申請します。よろしければ「予約申請実行」をクリックしてください。</p>
<table class="confirm"><tr><th>No.</th><th>書名</th><th>著者名</th><th>資料区分</th><th>受取館</th></tr>
${entries.map((e, i) => {
  const record = findRecord(e.recordId)!;
  return html`<tr><td>${i + 1}</td><td>${fullTitle(record)}</td><td>${record.author}</td><td>${record.media}</td><td>${e.pickup}</td></tr>
`;
})}</table>
${
  overLimit
    ? html`<p class="error">${ctx.library.rules.limit.message}</p>`
    : html`<form method="post" action="${PATHS.confirm}"><input type="submit" value="予約申請実行"></form>`
}
<p><a href="${PATHS.cart}">予約カートへ戻る</a></p>`;
  return ctx.page(layout(ctx, '予約申請確認', content));
}

function confirmAction(ctx: Ctx) {
  const entries = applyingEntries(ctx);
  if (entries.length === 0) return ctx.redirect(PATHS.cart);
  ctx.session.data.applying = [];
  const result = ctx.state.reserve(ctx.patron!.card, entries);
  const cart = ctx.cart();
  ctx.state.removeFromCart(cart, result.placed.map((h) => h.recordId));
  const title = (id: string) => fullTitle(findRecord(id)!);
  const content = html`<h2>予約申請結果</h2>
${
  result.placed.length > 0
    ? html`<p>以下の資料の予約申請を受け付けました。予約をいただいた翌開館日に「予約承認処理」を行い、予約完了となります。</p>
<ul>${result.placed.map((h) => html`<li>${title(h.recordId)}</li>`)}</ul>`
    : ''
}
${result.refused.map((r) => html`<p class="error">${title(r.recordId)}: ${refusalMessage(ctx.library.rules, r.reason)}</p>`)}
<p><a href="${PATHS.holds}">予約状況を確認する</a></p>`;
  return ctx.page(layout(ctx, '予約申請結果', content));
}

export const cartRoutes: Route<HokutoSession>[] = [
  { method: 'GET', path: PATHS.cart, handle: cartPage },
  { method: 'POST', path: PATHS.cart, handle: cartAction },
  { method: 'GET', path: PATHS.confirm, auth: true, handle: confirmPage },
  { method: 'POST', path: PATHS.confirm, auth: true, handle: confirmAction },
];
