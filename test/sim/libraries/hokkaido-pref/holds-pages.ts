import { findRecord, fullTitle } from '../../core/catalogue';
import { slashDate } from '../../core/dates';
import { hiddenField, opButton, selectBox } from '../../core/forms';
import { html } from '../../core/html';
import type { Route } from '../../core/library';
import type { Hold } from '../../core/state/types';
import { bibTable, layout } from './layout';
import { PATHS, type Ctx, type HokkaidoSession } from './session';

const CONTACT = 'Eメール';

export function statusTabs(current: 'holds' | 'loans') {
  return html`<ul class="tabs"><li>${current === 'holds' ? html`<strong>予約状況照会</strong>` : html`<a href="${PATHS.holds}">予約状況照会</a>`}</li><li>${
    current === 'loans' ? html`<strong>貸出状況照会</strong>` : html`<a href="${PATHS.loans}">貸出状況照会</a>`
  }</li></ul>`;
}

/**
 * 貸出可能 column: the queue rank while waiting, 貸出可能 once secured. A reservation made today shows 予約中
 * because web reservations take a while to be reflected in the rank (the guide's sample row).
 */
function availabilityCell(ctx: Ctx, hold: Hold): string {
  if (hold.state === 'ready') return '貸出可能';
  return hold.reservedOn === ctx.today ? '予約中' : String(ctx.state.rank(hold));
}

/** The 取置期限日 appears once the notice has gone out, at 20:00 on the notification day. */
function deadlineCell(ctx: Ctx, hold: Hold): string {
  return hold.state === 'ready' && hold.notifiedOn !== null && hold.notifiedOn < ctx.today && hold.deadline ? slashDate(hold.deadline) : '';
}

function holdsPage(ctx: Ctx) {
  const holds = ctx.state.activeHoldsOf(ctx.patron!.card);
  const rows = holds.map((hold, i) => {
    const record = findRecord(hold.recordId)!;
    const kind = hold.order ? `読みたい順(${hold.order.priority})` : '通常';
    const editable = hold.state === 'waiting' && hold.source === 'web';
    const edit = ctx.link(PATHS.holdEdit, { id: hold.id });
    return html`<tr><td>${i + 1}</td><td>${slashDate(hold.reservedOn)}</td><td>${kind}</td><td>${fullTitle(record)}</td><td>${CONTACT}</td><td>${hold.pickup}</td><td>${deadlineCell(ctx, hold)}</td><td>${availabilityCell(ctx, hold)}</td><td>${
      editable ? html`<a href="${edit}">変更</a> <a href="${edit}">取消</a>` : ''
    }</td></tr>
`;
  });
  const content = html`${statusTabs('holds')}<h2>予約状況照会</h2>
<p>現在の予約状況は以下のとおりです。<br>「貸出可能」欄に予約の順位が入ります。ご用意できた場合は、「貸出可能」と表示され、指定した連絡方法でご連絡いたします。<br>
※カウンター受付分の予約入力により、順位が繰り下がる場合があります。あらかじめご了承ください。<br>
※当館へ連絡なく10日間の取置期限を過ぎましたら予約を取り消します。<br>
※「貸出可能」になった予約をキャンセルしたい場合や、取置期限を延長したい場合は、北海道立図書館までご連絡ください。</p>
<table class="reserve"><tr><th>番号</th><th>予約日</th><th>予約種別</th><th>タイトル</th><th>連絡方法</th><th>受取場所</th><th>取置期限日</th><th>貸出可能</th><th>備考</th></tr>
${rows}</table>`;
  return ctx.page(layout(ctx, '予約状況照会', content));
}

/** The patron's hold that may still be changed or cancelled on the web, or null. */
function editableHold(ctx: Ctx, id: string | undefined): Hold | null {
  const hold = ctx.state.activeHoldsOf(ctx.patron!.card).find((h) => h.id === id);
  return hold && hold.state === 'waiting' && hold.source === 'web' ? hold : null;
}

const NOT_EDITABLE =
  '状態が「貸出可能」の時は、すでに資料確保が終了しているためポータル上での変更・取消はできません。お手数ですが、道立図書館までご連絡ください。';

function holdHeader(ctx: Ctx, hold: Hold) {
  return html`${bibTable(findRecord(hold.recordId)!)}<p>現在予約件数 ${ctx.state.queueSize(hold.recordId)}件</p>`;
}

function editPage(ctx: Ctx) {
  const hold = editableHold(ctx, ctx.query.get('id'));
  if (!hold) {
    ctx.flash(NOT_EDITABLE);
    return ctx.redirect(PATHS.holds);
  }
  const content = html`<h2>予約変更・取消</h2>${holdHeader(ctx, hold)}
<form method="post" action="${PATHS.holdEdit}">${hiddenField('id', hold.id)}
<p>変更/取消を中止する場合は、右の『変更中止』ボタンを押して下さい。 ${opButton('abort', '変更中止')}</p>
<h3>受取場所を変更する</h3>
<p>予約資料のお取置きができたときの受取場所を選択して、右の『変更する』ボタンを押して下さい。</p>
<p>【連絡方法】 ご登録のメールアドレスへ連絡いたします。</p>
<p>【受取場所】 ${selectBox('pickup', ctx.library.pickupLocations, hold.pickup)}</p>
<p>現在、【受取場所】 ${hold.pickup} ${opButton('change', '変更する')}</p>
<h3>予約を取消する</h3>
<p>この予約を取消する場合は、右の『取消する』ボタンを押して下さい。 ${opButton('cancel', '取消する')}</p>
</form>`;
  return ctx.page(layout(ctx, '予約変更・取消', content));
}

function editAction(ctx: Ctx) {
  const hold = editableHold(ctx, ctx.form.get('id'));
  const op = ctx.form.get('op');
  if (!hold || op === 'abort') return ctx.redirect(PATHS.holds);
  const pickup = ctx.form.get('pickup') ?? '';
  const changing = op === 'change' && ctx.library.pickupLocations.includes(pickup);
  const content = changing
    ? html`<h2>受取場所を変更します、よろしいですか？</h2>${holdHeader(ctx, hold)}
<h3>受取場所を変更する</h3><p>予約資料のお取置きができた際の受取場所は右記のとおりです。<br>この内容でよろしければ『確認』ボタンを押してください。</p>
<p>受取場所 ${pickup}</p>`
    : html`<h2>この予約を取消します、よろしいですか？</h2>${holdHeader(ctx, hold)}
<h3>予約を取消する</h3><p>よろしければ『確認』ボタンを押してください。</p>`;
  return ctx.page(
    layout(
      ctx,
      '予約変更・取消',
      html`${content}<form method="post" action="${PATHS.holdEditConfirm}">${hiddenField('id', hold.id)}${hiddenField('action', changing ? 'change' : 'cancel')}${
        changing ? hiddenField('pickup', pickup) : ''
      }${opButton('confirm', '確認')} ${opButton('back', '戻る')}</form>`,
    ),
  );
}

function editConfirmAction(ctx: Ctx) {
  const id = ctx.form.get('id') ?? '';
  if (ctx.form.get('op') !== 'confirm') return ctx.redirect(ctx.link(PATHS.holdEdit, { id }));
  const card = ctx.patron!.card;
  const changing = ctx.form.get('action') === 'change';
  const done = editableHold(ctx, id) !== null && (changing ? ctx.state.changePickup(card, id, ctx.form.get('pickup') ?? '') : ctx.state.cancel(card, id));
  const message = !done ? NOT_EDITABLE : changing ? '受取場所を変更しました。' : '予約を取消しました。';
  return ctx.page(layout(ctx, '予約変更・取消', html`<p>${message}</p><p><a href="${PATHS.holds}">予約状況照会へ戻る</a></p>`));
}

export const holdsRoutes: Route<HokkaidoSession>[] = [
  { method: 'GET', path: PATHS.holds, auth: true, handle: holdsPage },
  { method: 'GET', path: PATHS.holdEdit, auth: true, handle: editPage },
  { method: 'POST', path: PATHS.holdEdit, auth: true, handle: editAction },
  { method: 'POST', path: PATHS.holdEditConfirm, auth: true, handle: editConfirmAction },
];
