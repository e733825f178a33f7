import { findRecord, fullTitle } from '../../core/catalogue';
import { hiddenField } from '../../core/forms';
import { html, type SafeHtml } from '../../core/html';
import type { Route } from '../../core/library';
import type { RefusalReason } from '../../core/state/types';
import { choice, inCart, overLimitBy, reserveFromCart, titleOf, type ReserveOutcome } from '../shared-reserve';
import { page, refuseForgedPost } from './layout';
import { BRANCHES, CART_MAX, CONTACTS, limitMessage } from './rules';
import { kindOf } from './search-pages';
import { ACTIONS, recordIdOf, SCREENS, tilcodOf, type Ctx, type LicsxpSession } from './session';

const branchCode = (i: number) => String(i + 1).padStart(3, '0');

function pickupSelects(): SafeHtml {
  return html`<table class="form" summary="予約の条件"><tbody>
<tr><th scope="row"><label for="receivename">受取館</label></th><td><select name="receivename" id="receivename">${BRANCHES.map(
    (b, i) => html`<option value="${branchCode(i)}">${b}</option>`,
  )}</select></td></tr>
<tr><th scope="row"><label for="contact">連絡方法</label></th><td><select name="contact" id="contact">${Object.entries(CONTACTS).map(
    ([code, label]) => html`<option value="${code}">${label}</option>`,
  )}</select></td></tr>
</tbody></table>`;
}

function chosenPickup(ctx: Ctx): { pickup: string; contact: string } {
  const code = ctx.form.get('receivename') ?? '';
  return { pickup: choice(BRANCHES, BRANCHES[Number(code) - 1]), contact: CONTACTS[ctx.form.get('contact') ?? ''] ?? CONTACTS['4']! };
}

function cartPage(ctx: Ctx) {
  const forged = refuseForgedPost(ctx, Object.values(SCREENS));
  if (forged) return ctx.page(forged);
  const cart = ctx.cart();
  const rows = cart.map((entry, i) => {
    const record = findRecord(entry.recordId)!;
    const tilcod = tilcodOf(record.id);
    return html`<tr><th scope="row"><input type="checkbox" name="yoycartchk" id="${`yoycartchk${i}`}" value="${tilcod}" checked><label for="${`yoycartchk${i}`}"> ${i + 1} </label></th>
<td><strong><a href="${`WOpacEsTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod=${tilcod}`}">${fullTitle(record)}　${record.author}　${record.publisher}</a></strong></td>
<td class="a-center">${kindOf(record)}</td><td class="a-center">${ctx.state.queueSize(record.id)}</td></tr>
`;
  });
  const body = html`${hiddenField('mngFlg2', '1')}<h1>予約カート</h1>
<ul class="read"><li>カートに登録されている資料は&nbsp;<span class="large force">${cart.length}</span>&nbsp;件です（${CART_MAX}件まで登録できます）。</li>
<li>予約する資料を選び、受取館と連絡方法を選んで「通常予約申込」を押してください。読みたい順に用意してほしい場合は「順番予約へ」を押してください。</li></ul>
<div class="main">
<table class="list" cellpadding="0" cellspacing="0" border="0" summary="予約カート一覧表">
<thead><tr><th scope="col">No.</th><th scope="col">資料名</th><th scope="col">書誌種別</th><th scope="col">予約数</th></tr></thead>
<tbody>${rows}</tbody></table>
${cart.length > 0 ? pickupSelects() : ''}
</div>
${
  cart.length > 0
    ? html`<div class="ex-navi"><input type="button" class="button exec large" value="通常予約申込" onclick="javascript:yoyExec()">
<input type="button" class="button large" value="順番予約へ" onclick="javascript:toJunban()">
<input type="button" class="button remove" value="削除" onclick="javascript:yoyDelete()"></div>`
    : ''
}`;
  return ctx.page(page(ctx, { title: '予約カート', screen: SCREENS.cart, crumbs: ['マイライブラリー'], body }));
}

function chosenTitles(ctx: Ctx): string[] {
  return inCart(ctx, ctx.form.getAll('yoycartchk').map(recordIdOf));
}

function cartDelete(ctx: Ctx) {
  const forged = refuseForgedPost(ctx, [SCREENS.cart]);
  if (forged) return ctx.page(forged);
  ctx.state.removeFromCart(ctx.cart(), chosenTitles(ctx));
  return ctx.redirect(`${ACTIONS.cart}?yoyCmtknjFlg=1`);
}

/** The engine's refusals in the real messages; the limit message says by how many titles the request is over. */
function reserveWithMessages(ctx: Ctx, items: { recordId: string; priority?: number }[]): ReserveOutcome {
  const over = overLimitBy(
    ctx,
    items.map((i) => i.recordId),
  );
  const { pickup, contact } = chosenPickup(ctx);
  return reserveFromCart(ctx, items, pickup, contact, (reason: RefusalReason) =>
    reason === 'limit' ? limitMessage(Math.max(over, 1)) : reason === 'duplicate' ? ctx.library.rules.duplicateMessage : ctx.library.rules.notLendableMessage,
  );
}

function resultPage(ctx: Ctx, outcome: ReserveOutcome) {
  const messages = [...new Set(outcome.refused.map((r) => r.message))];
  const body = html`<h1>予約結果</h1>
${
  outcome.placed.length > 0
    ? html`<ul class="read"><li>予約登録できました。確認したい場合は予約状況一覧で確認して下さい。</li></ul>
<table class="list" summary="予約登録結果"><thead><tr><th scope="col">No.</th><th scope="col">資料名</th><th scope="col">受取館</th></tr></thead><tbody>${outcome.placed.map(
        (h, i) => html`<tr><th scope="row">${i + 1}</th><td>${titleOf(h.recordId)}</td><td>${h.pickup}</td></tr>`,
      )}</tbody></table>`
    : ''
}
${outcome.refused.length > 0 ? html`<ul class="error">${outcome.refused.map((r) => html`<li>${r.title}：${r.message}</li>`)}</ul>` : ''}
<div class="ex-navi"><input type="button" class="button" value="予約状況一覧へ" onclick="javascript:toUsrRsv(1)"></div>`;
  return ctx.page(page(ctx, { title: '予約結果', screen: SCREENS.result, messages, body }));
}

function cartExec(ctx: Ctx) {
  const forged = refuseForgedPost(ctx, [SCREENS.cart]);
  if (forged) return ctx.page(forged);
  const chosen = chosenTitles(ctx);
  if (chosen.length === 0) {
    ctx.flash('予約する資料を選択してください。');
    return ctx.redirect(`${ACTIONS.cart}?yoyCmtknjFlg=1`);
  }
  return resultPage(
    ctx,
    reserveWithMessages(
      ctx,
      chosen.map((recordId) => ({ recordId })),
    ),
  );
}

/** 順番予約: the chosen cart titles (all of them when none is chosen) with a 順番 each, served in that order. */
function junbanPage(ctx: Ctx) {
  const forged = refuseForgedPost(ctx, [SCREENS.cart, SCREENS.holds]);
  if (forged) return ctx.page(forged);
  const chosen = chosenTitles(ctx);
  const ids = chosen.length > 0 ? chosen : ctx.cart().map((e) => e.recordId);
  const order = ids.map((_, i) => String(i + 1));
  const rows = ids.map((id, i) => {
    const tilcod = tilcodOf(id);
    return html`<tr><th scope="row">${hiddenField('junbantilcod', tilcod)}${i + 1}</th><td><strong>${titleOf(id)}</strong></td>
<td class="a-center"><select name="${`junban${tilcod}`}">${order.map((n) => html`<option value="${n}"${n === String(i + 1) ? html` selected` : ''}>${n}</option>`)}</select></td></tr>
`;
  });
  const body = html`<h1>順番予約</h1>
<ul class="read"><li>読みたい順番を選んでください。番号の小さい資料から順にご用意します。</li></ul>
<div class="main">
<table class="list" summary="順番予約一覧表"><thead><tr><th scope="col">No.</th><th scope="col">資料名</th><th scope="col">順番</th></tr></thead><tbody>${rows}</tbody></table>
${ids.length > 0 ? pickupSelects() : html`<p>予約カートに資料がありません。</p>`}
</div>
${ids.length > 0 ? html`<div class="ex-navi"><input type="button" class="button exec large" value="順番予約申込" onclick="javascript:junbanExec()"></div>` : ''}`;
  return ctx.page(page(ctx, { title: '順番予約', screen: SCREENS.junban, crumbs: ['マイライブラリー', '予約カート'], body }));
}

function junbanExec(ctx: Ctx) {
  const forged = refuseForgedPost(ctx, [SCREENS.junban]);
  if (forged) return ctx.page(forged);
  const tilcods = ctx.form.getAll('junbantilcod');
  const items = tilcods
    .map((tilcod, i) => ({ recordId: recordIdOf(tilcod), priority: Number(ctx.form.get(`junban${tilcod}`)) || i + 1, index: i }))
    .filter((item) => inCart(ctx, [item.recordId]).length === 1)
    .sort((a, b) => a.priority - b.priority || a.index - b.index)
    .map((item, i) => ({ recordId: item.recordId, priority: i + 1 }));
  if (items.length === 0) return ctx.redirect(`${ACTIONS.cart}?yoyCmtknjFlg=1`);
  return resultPage(ctx, reserveWithMessages(ctx, items));
}

export const cartRoutes: Route<LicsxpSession>[] = [
  { method: 'GET', path: ACTIONS.cart, auth: true, handle: cartPage },
  { method: 'POST', path: ACTIONS.cart, auth: true, handle: cartPage },
  { method: 'POST', path: ACTIONS.cartDelete, auth: true, handle: cartDelete },
  { method: 'POST', path: ACTIONS.cartExec, auth: true, handle: cartExec },
  { method: 'POST', path: ACTIONS.junban, auth: true, handle: junbanPage },
  { method: 'POST', path: ACTIONS.junbanExec, auth: true, handle: junbanExec },
];
