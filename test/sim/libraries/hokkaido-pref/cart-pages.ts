import { findRecord, fullTitle } from '../../core/catalogue';
import { opButton, selectBox } from '../../core/forms';
import { html } from '../../core/html';
import type { Route } from '../../core/library';
import { refusalMessage } from '../../core/rules';
import { layout } from './layout';
import { PATHS, type Ctx, type HokkaidoSession, type PendingReservation } from './session';

const title = (recordId: string) => {
  const record = findRecord(recordId);
  return record ? fullTitle(record) : recordId;
};

function cartPage(ctx: Ctx) {
  const cart = ctx.cart();
  const { ordered } = ctx.session.data;
  const full = ctx.state.isAtLimit(ctx.patron!.card);
  const rows = cart.map((entry, i) => {
    const record = findRecord(entry.recordId)!;
    return html`<tr><td><input type="checkbox" name="bib" value="${record.id}"></td>${
      ordered ? html`<td><input type="text" name="${`priority_${record.id}`}" value="${i + 1}" size="2"></td>` : ''
    }<td>${fullTitle(record)}</td><td>${record.author}</td><td>${record.publisher}</td><td>${record.media}</td><td>${ctx.state.queueSize(record.id)}</td></tr>
`;
  });
  const content = html`<h2>予約カート状況</h2>
${full ? html`<p class="error">${ctx.library.rules.limit.message}</p>` : ''}
${
  cart.length === 0
    ? html`<p>予約カートに資料はありません。</p>`
    : html`<form method="post" action="${PATHS.cart}">
<p>予約方法: ${ordered ? '読みたい順予約' : '通常予約'} ${opButton('normal', '通常予約')} ${opButton('ordered', '読みたい順予約')}</p>
${ordered ? html`<p>優先順位のボックスで設定を行ってください。番号の若いものから先にご用意します。</p>` : ''}
<table class="cart"><tr><th>選択</th>${ordered ? html`<th>優先順位</th>` : ''}<th>タイトル</th><th>著者名</th><th>出版者</th><th>資料の種類</th><th>予約数</th></tr>
${rows}</table>
<p>受取場所 ${selectBox('pickup', ctx.library.pickupLocations, cart[0]?.pickup)}</p>
<p>${opButton('reserve', '予約する', { disabled: full })} ${opButton('delete', '削除')}</p>
</form>`
}`;
  return ctx.page(layout(ctx, '予約カート状況', content));
}

/** Priorities typed in the boxes; a blank or invalid box keeps the item's place in the cart. */
function chosenItems(ctx: Ctx, chosen: string[]): PendingReservation['items'] {
  if (!ctx.session.data.ordered) return chosen.map((recordId) => ({ recordId }));
  const cartOrder = ctx.cart().map((e) => e.recordId);
  return chosen
    .map((recordId) => {
      const typed = Number(ctx.form.get(`priority_${recordId}`));
      return { recordId, priority: Number.isInteger(typed) && typed > 0 ? typed : cartOrder.indexOf(recordId) + 1 };
    })
    .sort((a, b) => a.priority - b.priority || cartOrder.indexOf(a.recordId) - cartOrder.indexOf(b.recordId))
    .map((item, i) => ({ ...item, priority: i + 1 }));
}

function cartAction(ctx: Ctx) {
  const op = ctx.form.get('op');
  const cart = ctx.cart();
  const chosen = ctx.form.getAll('bib').filter((id) => cart.some((e) => e.recordId === id));
  if (op === 'normal' || op === 'ordered') {
    ctx.session.data.ordered = op === 'ordered';
  } else if (op === 'delete') {
    ctx.state.removeFromCart(cart, chosen);
  } else if (op === 'reserve') {
    if (chosen.length === 0) ctx.flash('予約する資料を選択してください。');
    else if (ctx.state.exceedsLimit(ctx.patron!.card, chosen)) ctx.flash(ctx.library.rules.limit.message);
    else {
      const pickup = ctx.form.get('pickup') ?? '';
      ctx.session.data.pending = {
        items: chosenItems(ctx, chosen),
        pickup: ctx.library.pickupLocations.includes(pickup) ? pickup : ctx.library.pickupLocations[0]!,
      };
      return ctx.redirect(PATHS.cartConfirm);
    }
  }
  return ctx.redirect(PATHS.cart);
}

function confirmPage(ctx: Ctx) {
  const pending = ctx.session.data.pending;
  if (!pending) return ctx.redirect(PATHS.cart);
  const ordered = pending.items.some((i) => i.priority !== undefined);
  const content = html`<h2>予約内容確認</h2>
<p>以下の内容で予約します。よろしければ『確認』ボタンを押してください。</p>
<table class="confirm"><tr>${ordered ? html`<th>優先順位</th>` : ''}<th>タイトル</th><th>予約種別</th><th>受取場所</th></tr>
${pending.items.map(
  (item) => html`<tr>${ordered ? html`<td>${item.priority}</td>` : ''}<td>${title(item.recordId)}</td><td>${ordered ? '読みたい順' : '通常'}</td><td>${pending.pickup}</td></tr>
`,
)}</table>
<form method="post" action="${PATHS.cartConfirm}">${opButton('confirm', '確認')} ${opButton('back', '戻る')}</form>`;
  return ctx.page(layout(ctx, '予約内容確認', content));
}

function confirmAction(ctx: Ctx) {
  const pending = ctx.session.data.pending;
  if (!pending || ctx.form.get('op') !== 'confirm') return ctx.redirect(PATHS.cart);
  ctx.session.data.pending = null;
  const result = ctx.state.reserve(
    ctx.patron!.card,
    pending.items.map((item) => ({ ...item, pickup: pending.pickup })),
  );
  const cart = ctx.cart();
  ctx.state.removeFromCart(cart, result.placed.map((h) => h.recordId));
  const content = html`<h2>予約結果</h2>
${result.placed.length > 0 ? html`<p>以下のタイトルについて予約を受け付けました。</p><ul>${result.placed.map((h) => html`<li>${title(h.recordId)}</li>`)}</ul>` : ''}
${result.refused.map((r) => html`<p class="error">${title(r.recordId)}: ${refusalMessage(ctx.library.rules, r.reason)}</p>`)}
<p><a href="${PATHS.holds}">予約状況照会へ</a></p>`;
  return ctx.page(layout(ctx, '予約結果', content));
}

export const cartRoutes: Route<HokkaidoSession>[] = [
  { method: 'GET', path: PATHS.cart, auth: true, handle: cartPage },
  { method: 'POST', path: PATHS.cart, auth: true, handle: cartAction },
  { method: 'GET', path: PATHS.cartConfirm, auth: true, handle: confirmPage },
  { method: 'POST', path: PATHS.cartConfirm, auth: true, handle: confirmAction },
];
