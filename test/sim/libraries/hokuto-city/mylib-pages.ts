import { findRecord, fullTitle } from '../../core/catalogue';
import { slashDate } from '../../core/dates';
import { opButton } from '../../core/forms';
import { html } from '../../core/html';
import type { Route } from '../../core/library';
import type { HoldState } from '../../core/state/types';
import { canCancel, refusalLines } from '../shared-hold-actions';
import { titleOf } from '../shared-reserve';
import { layout } from './layout';
import { HOLD_ACTION_WORDS } from './rules';
import { PATHS, type Ctx, type HokutoSession } from './session';

/** The 状態 words of the guide's 予約状況確認 section. */
const STATE_LABELS: Partial<Record<HoldState, string>> = {
  pending: '予約申請中',
  waiting: '予約中',
  refused: '予約拒否',
  ready: 'お取置き',
};

function myLibraryPage(ctx: Ctx) {
  const content = html`<h2>マイライブラリー</h2>
<ul><li><a href="${PATHS.holds}">予約状況</a></li><li><a href="${PATHS.loans}">貸出状況</a></li><li>お気に入りリスト</li><li>メールアドレス変更</li><li>パスワード変更</li><li>登録情報変更</li></ul>`;
  return ctx.page(layout(ctx, 'マイライブラリー', content));
}

function holdsPage(ctx: Ctx) {
  const holds = ctx.state.holdsOf(ctx.patron!.card).filter((h) => STATE_LABELS[h.state] !== undefined);
  const rows = holds.map((hold, i) => {
    const record = findRecord(hold.recordId)!;
    return html`<tr><td>${canCancel(ctx, hold) ? html`<input type="checkbox" name="id" value="${hold.id}">` : ''}</td><td>${i + 1}</td><td>${fullTitle(record)}</td><td>${record.author}</td><td>${hold.pickup}</td><td>${slashDate(hold.reservedOn)}</td><td>${STATE_LABELS[hold.state]}</td><td>${ctx.state.rank(hold) ?? ''}</td><td>${hold.state === 'ready' && hold.deadline ? slashDate(hold.deadline) : ''}</td></tr>
`;
  });
  const content = html`<h2>予約状況</h2>
<form method="post" action="${PATHS.holds}">
<table class="reserve"><tr><th>選択</th><th>No.</th><th>書名</th><th>著者名</th><th>受取館</th><th>予約日</th><th>状態</th><th>順位</th><th>取置期限</th></tr>
${rows}</table>
<p>${opButton('cancel', '予約取消')}</p>
</form>
<p>※インターネットから予約した場合は、インターネットから取消ができます。<br>※カウンター窓口で受付した予約は、インターネットでの予約取消はできません。<br>※予約決定通知メール送信後は取消ができません。ご面倒でも図書館にご連絡ください。</p>
<h3>予約の修正</h3>
<p>変更したい予約の状態をご覧ください。<br>1 「予約申請中」の場合は、予約取消をしてから、改めて予約をしてください。<br>2 「予約中」の場合は、受取館を変更することはできません。ご面倒でも受取指定の図書館にご連絡ください。</p>`;
  return ctx.page(layout(ctx, '予約状況', content));
}

function cancelAction(ctx: Ctx) {
  const card = ctx.patron!.card;
  const chosen = ctx.form.getAll('id');
  if (chosen.length === 0) {
    ctx.flash('取り消す予約を選択してください。');
    return ctx.redirect(PATHS.holds);
  }
  // Each ticked hold on its own: the ones the rules allow are cancelled, the others say why (in the guide's words).
  const lines = chosen.map((id) => {
    const outcome = ctx.state.cancel(card, id);
    if (outcome.done) return `${titleOf(outcome.hold.recordId)}: 予約を取り消しました。`;
    const hold = ctx.state.holdsOf(card).find((h) => h.id === id);
    return `${hold ? `${titleOf(hold.recordId)}: ` : ''}${refusalLines(HOLD_ACTION_WORDS, outcome.blocks).join('')}`;
  });
  ctx.flash(lines.join(' '));
  return ctx.redirect(PATHS.holds);
}

function loansPage(ctx: Ctx) {
  const loans = ctx.state.loansOf(ctx.patron!.card);
  const rows = loans.map((loan, i) => {
    const record = findRecord(loan.recordId)!;
    const reserved = ctx.state.othersWaiting(loan.recordId, loan.card);
    const due = slashDate(loan.due);
    return html`<tr><td>${i + 1}</td><td>${fullTitle(record)}</td><td>${record.author}</td><td>${slashDate(loan.lentOn)}</td><td>${
      loan.due < ctx.today ? html`<font color="red">${due}</font>` : due
    }</td><td>${reserved ? '有' : ''}</td></tr>
`;
  });
  const content = html`<h2>貸出状況</h2>
<table class="lend"><tr><th>No.</th><th>書名</th><th>著者名</th><th>貸出日</th><th>返却予定日</th><th>予約</th></tr>
${rows}</table>
<p>返却予定日が「赤字」：返却期限を過ぎています。お早めにお返しください。<br>予約の欄に「有」：次に予約者がいる資料です。返却期限までにお返しください。</p>
<p>※貸出状況等は夜間に更新されるため、最新の状況とは異なる場合があります。<br>※借りている資料に予約がある場合は、早めにお返しください。次に予約がある本は、貸出の延長はできません。あらかじめご了承ください。</p>`;
  return ctx.page(layout(ctx, '貸出状況', content));
}

export const myLibraryRoutes: Route<HokutoSession>[] = [
  { method: 'GET', path: PATHS.myLibrary, auth: true, handle: myLibraryPage },
  { method: 'GET', path: PATHS.holds, auth: true, handle: holdsPage },
  { method: 'POST', path: PATHS.holds, auth: true, handle: cancelAction },
  { method: 'GET', path: PATHS.loans, auth: true, handle: loansPage },
];
