import { findRecord, fullTitle } from '../../core/catalogue';
import { slashDate } from '../../core/dates';
import { hiddenField, selectBox } from '../../core/forms';
import { html, type SafeHtml } from '../../core/html';
import type { Route } from '../../core/library';
import type { HoldState } from '../../core/state/types';
import type { RenewalBlock } from '../../core/rules';
import { loanBlocks, patronLoan, renewLoan } from '../shared-renewal';
import { canCancel, refusalLines } from '../shared-hold-actions';
import { choice, inCart, overLimitBy, reserveFromCart, titleOf } from '../shared-reserve';
import { layout } from './layout';
import { CONTACTS, HOLD_ACTION_WORDS } from './rules';
import { PATHS, type Ctx, type MitoSession } from './session';

const STATE_LABELS: Partial<Record<HoldState, string>> = { pending: '予約中', waiting: '予約中', ready: 'ご用意できました' };

const BLOCK_LABELS: Record<RenewalBlock, string> = {
  reserved: '予約が入っています',
  other_library: '他の公共図書館等からの借用資料です',
  overdue_item: '貸出期限が過ぎています',
  overdue_any: '延滞している資料があります',
  renewed: '延長は1回のみです',
  pickup_elsewhere: '延長できません',
  too_early: '延長できません',
};

function menuPage(ctx: Ctx) {
  const card = ctx.patron!.card;
  return ctx.page(
    layout(
      ctx,
      '利用照会',
      html`<ul class="menu"><li><a href="${PATHS.cart}">予約カート</a> (${ctx.cart().length}件)</li><li><a href="${PATHS.holds}">予約一覧</a> (${
        ctx.state.activeHoldsOf(card).length
      }件)</li><li><a href="${PATHS.loans}">貸出中一覧</a> (${ctx.state.loansOf(card).length}件)</li><li>新規パスワード登録</li></ul>`,
    ),
  );
}

function bookRows(recordIds: string[], check: boolean): SafeHtml[] {
  return recordIds.map((id, i) => {
    const record = findRecord(id)!;
    return html`<tr>${check ? html`<td><input type="checkbox" name="id" value="${id}"></td>` : ''}<td>${i + 1}</td><td>${fullTitle(record)}</td><td>${record.author}</td><td>${record.media === '図書' ? '図書' : '視聴覚'}</td></tr>
`;
  });
}

// ---- 予約カート → 予約情報入力 → 確認 → 予約完了 ------------------------------------------------------------------

function cartPage(ctx: Ctx) {
  const ids = ctx.cart().map((e) => e.recordId);
  const content =
    ids.length === 0
      ? html`<p>予約カートに資料はありません。</p>`
      : html`<p>予約する資料をチェックし、「予約する」をクリックしてください。</p>
<form method="post" action="${PATHS.cart}">
<table class="list"><tr><th>選択</th><th>No.</th><th>書名</th><th>著者名</th><th>資料区分</th></tr>
${bookRows(ids, true)}</table>
<p><button type="submit" name="op" value="reserve">予約する</button> <button type="submit" name="op" value="delete">削除</button></p>
</form>`;
  return ctx.page(layout(ctx, '予約カート', content));
}

function cartAction(ctx: Ctx) {
  const chosen = inCart(ctx, ctx.form.getAll('id'));
  if (chosen.length === 0) {
    ctx.flash('資料を選択してください。');
    return ctx.redirect(PATHS.cart);
  }
  if (ctx.form.get('op') === 'delete') {
    ctx.state.removeFromCart(ctx.cart(), chosen);
    return ctx.redirect(PATHS.cart);
  }
  if (overLimitBy(ctx, chosen) > 0) {
    ctx.flash(ctx.library.rules.limit.message);
    return ctx.redirect(PATHS.cart);
  }
  ctx.session.data.reserving = { recordIds: chosen, pickup: null, contact: null };
  return ctx.redirect(PATHS.input);
}

function inputPage(ctx: Ctx) {
  const reserving = ctx.session.data.reserving;
  if (!reserving) return ctx.redirect(PATHS.cart);
  const content = html`<p>「受取場所」と「ご連絡方法」を設定し、「次に進む」をクリックしてください。</p>
<table class="list"><tr><th>No.</th><th>書名</th><th>著者名</th><th>資料区分</th></tr>
${bookRows(reserving.recordIds, false)}</table>
<form method="post" action="${PATHS.input}">
<table class="form"><tr><th>受取場所</th><td>${selectBox('uketori', ctx.library.pickupLocations, reserving.pickup ?? undefined)}</td></tr>
<tr><th>ご連絡方法</th><td>${selectBox('renraku', CONTACTS, reserving.contact ?? undefined)}</td></tr></table>
<p><input type="submit" value="次に進む"> <a href="${PATHS.cart}">予約カートへ戻る</a></p>
</form>`;
  return ctx.page(layout(ctx, '予約情報入力', content));
}

function inputAction(ctx: Ctx) {
  const reserving = ctx.session.data.reserving;
  if (!reserving) return ctx.redirect(PATHS.cart);
  reserving.pickup = choice(ctx.library.pickupLocations, ctx.form.get('uketori'));
  reserving.contact = choice(CONTACTS, ctx.form.get('renraku'));
  return ctx.redirect(PATHS.confirm);
}

function confirmPage(ctx: Ctx) {
  const reserving = ctx.session.data.reserving;
  if (!reserving?.pickup || !reserving.contact) return ctx.redirect(PATHS.input);
  const content = html`<p>以下の内容で予約します。内容を確認し、「予約する」をクリックしてください。</p>
<table class="list"><tr><th>No.</th><th>書名</th><th>著者名</th><th>資料区分</th></tr>
${bookRows(reserving.recordIds, false)}</table>
<table class="form"><tr><th>受取場所</th><td>${reserving.pickup}</td></tr><tr><th>ご連絡方法</th><td>${reserving.contact}</td></tr></table>
<form method="post" action="${PATHS.confirm}"><p><input type="submit" value="予約する"> <a href="${PATHS.input}">戻る</a></p></form>`;
  return ctx.page(layout(ctx, '予約内容確認', content));
}

function confirmAction(ctx: Ctx) {
  const reserving = ctx.session.data.reserving;
  if (!reserving?.pickup || !reserving.contact) return ctx.redirect(PATHS.cart);
  ctx.session.data.reserving = null;
  const outcome = reserveFromCart(
    ctx,
    reserving.recordIds.map((recordId) => ({ recordId })),
    reserving.pickup,
    reserving.contact,
  );
  const content = html`${outcome.placed.length > 0 ? html`<p>以下の資料の予約を受け付けました。</p><ul>${outcome.placed.map((h) => html`<li>${titleOf(h.recordId)}</li>`)}</ul>` : ''}
${outcome.refused.map((r) => html`<p class="error">${r.title}：${r.message}</p>`)}
<form method="get" action="${PATHS.holds}"><p><input type="submit" value="予約完了"></p></form>`;
  return ctx.page(layout(ctx, '予約完了', content));
}

// ---- 予約一覧 ------------------------------------------------------------------------------------------------

function holdsPage(ctx: Ctx) {
  const holds = ctx.state.activeHoldsOf(ctx.patron!.card);
  const rows = holds.map((hold, i) => {
    const cancel = canCancel(ctx, hold)
      ? html`<form method="post" action="${PATHS.cancel}">${hiddenField('id', hold.id)}<input type="submit" value="取消"></form>`
      : '';
    return html`<tr><td>${i + 1}</td><td>${titleOf(hold.recordId)}</td><td>${hold.pickup}</td><td>${hold.contact ?? CONTACTS[0]!}</td><td>${slashDate(
      hold.reservedOn,
    )}</td><td>${STATE_LABELS[hold.state]}</td><td>${ctx.state.rank(hold) ?? ''}</td><td>${hold.state === 'ready' && hold.deadline ? slashDate(hold.deadline) : ''}</td><td>${cancel}</td></tr>
`;
  });
  const content = html`<table class="list"><tr><th>No.</th><th>書名</th><th>受取場所</th><th>ご連絡方法</th><th>予約日</th><th>状態</th><th>順位</th><th>引取期限日</th><th>取消</th></tr>
${rows}</table>
<p>※引取期限日までに、図書館へ来館ください。期限日をすぎた場合は、予約を解除します。<br>※画面に取消ボタンが表示されないものは、受取場所の図書館に電話連絡してください。</p>`;
  return ctx.page(layout(ctx, '予約一覧', content));
}

function cancelAction(ctx: Ctx) {
  const outcome = ctx.state.cancel(ctx.patron!.card, ctx.form.get('id') ?? '');
  ctx.flash(outcome.done ? `予約を取り消しました。（${titleOf(outcome.hold.recordId)}）` : refusalLines(HOLD_ACTION_WORDS, outcome.blocks).join(''));
  return ctx.redirect(PATHS.holds);
}

// ---- 貸出中一覧 ---------------------------------------------------------------------------------------------

function loansPage(ctx: Ctx) {
  const loans = ctx.state.loansOf(ctx.patron!.card);
  const rows = loans.map((loan, i) => {
    const blocks = loanBlocks(ctx, loan);
    return html`<tr><td><input type="checkbox" name="id" value="${loan.id}"></td><td>${i + 1}</td><td>${titleOf(loan.recordId)}</td><td>${slashDate(loan.lentOn)}</td><td${
      loan.due < ctx.today ? html` class="overdue"` : ''
    }>${slashDate(loan.due)}</td><td>${loan.renewals}</td><td>${blocks.map((b) => BLOCK_LABELS[b]).join('、')}</td></tr>
`;
  });
  const content = html`<form method="post" action="${PATHS.renew}">
<table class="list"><tr><th>選択</th><th>No.</th><th>書名</th><th>貸出日</th><th>貸出期限</th><th>延長回数</th><th>備考</th></tr>
${rows}</table>
<p><input type="submit" value="貸出延長"></p>
</form>
<p>※貸出延長処理後の新しい貸出期間は、延長を申し込んだ日から15日間です。延長は1回のみです。<br>※予約が入っている資料、他の公共図書館等からの借用資料、貸出期限が過ぎている資料は延長できません。</p>`;
  return ctx.page(layout(ctx, '貸出中一覧', content));
}

function renewAction(ctx: Ctx) {
  const ids = ctx.form.getAll('id');
  if (ids.length === 0) {
    ctx.flash('延長する資料をチェックしてください。');
    return ctx.redirect(PATHS.loans);
  }
  const lines = ids.map((id) => {
    const loan = patronLoan(ctx, id);
    if (!loan) return html`<li>該当する貸出がありません。</li>`;
    const result = renewLoan(ctx, loan);
    return 'due' in result
      ? html`<li>${titleOf(loan.recordId)}：延長しました。新しい貸出期限は ${slashDate(result.due)} です。</li>`
      : html`<li class="error">${titleOf(loan.recordId)}：延長できません（${result.blocks.map((b) => BLOCK_LABELS[b]).join('、')}）。</li>`;
  });
  return ctx.page(layout(ctx, '貸出延長', html`<ul>${lines}</ul><p><a href="${PATHS.loans}">貸出中一覧へ戻る</a></p>`));
}

export const userRoutes: Route<MitoSession>[] = [
  { method: 'GET', path: PATHS.menu, auth: true, handle: menuPage },
  { method: 'GET', path: PATHS.cart, auth: true, handle: cartPage },
  { method: 'POST', path: PATHS.cart, auth: true, handle: cartAction },
  { method: 'GET', path: PATHS.input, auth: true, handle: inputPage },
  { method: 'POST', path: PATHS.input, auth: true, handle: inputAction },
  { method: 'GET', path: PATHS.confirm, auth: true, handle: confirmPage },
  { method: 'POST', path: PATHS.confirm, auth: true, handle: confirmAction },
  { method: 'GET', path: PATHS.holds, auth: true, handle: holdsPage },
  { method: 'POST', path: PATHS.cancel, auth: true, handle: cancelAction },
  { method: 'GET', path: PATHS.loans, auth: true, handle: loansPage },
  { method: 'POST', path: PATHS.renew, auth: true, handle: renewAction },
];
