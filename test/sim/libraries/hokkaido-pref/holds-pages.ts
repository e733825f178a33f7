import { findRecord, fullTitle } from '../../core/catalogue';
import { slashDate } from '../../core/dates';
import { hiddenField, opButton, selectBox } from '../../core/forms';
import { html, type SafeHtml } from '../../core/html';
import type { Route } from '../../core/library';
import type { HoldActionOutcome } from '../../core/state/library-state';
import type { Hold } from '../../core/state/types';
import { canCancel, canChange, patronHold, refusalLines } from '../shared-hold-actions';
import { bibTable, layout } from './layout';
import { HOLD_ACTION_WORDS, HOME_PICKUP } from './rules';
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

/** 備考: 変更 and 取消 (both open the 変更/取消 screen) while the rule allows them; nothing otherwise. */
function remarksCell(ctx: Ctx, hold: Hold): SafeHtml {
  const edit = ctx.link(PATHS.holdEdit, { id: hold.id });
  return html`${canChange(ctx, hold) ? html`<a href="${edit}">変更</a>` : ''} ${canCancel(ctx, hold) ? html`<a href="${edit}">取消</a>` : ''}`;
}

function holdsPage(ctx: Ctx) {
  const holds = ctx.state.activeHoldsOf(ctx.patron!.card);
  const rows = holds.map((hold, i) => {
    const record = findRecord(hold.recordId)!;
    const kind = hold.order ? `読みたい順(${hold.order.priority})` : '通常';
    return html`<tr><td>${i + 1}</td><td>${slashDate(hold.reservedOn)}</td><td>${kind}</td><td>${fullTitle(record)}</td><td>${CONTACT}</td><td>${hold.pickup}</td><td>${deadlineCell(ctx, hold)}</td><td>${availabilityCell(ctx, hold)}</td><td>${remarksCell(
      ctx,
      hold,
    )}</td></tr>
`;
  });
  const content = html`${statusTabs('holds')}<h2>予約状況照会</h2>
<p>現在の予約状況は以下のとおりです。<br>「貸出可能」欄に予約の順位が入ります。ご用意できた場合は、「貸出可能」と表示され、指定した連絡方法でご連絡いたします。<br>
※カウンター受付分の予約入力により、順位が繰り下がる場合があります。あらかじめご了承ください。<br>
(カウンター受付分は、受付時刻で予約入れます。インターネットおよび館内端末受付分は、入力から反映されるまで約10分かかります。)<br>
※当館へ連絡なく10日間の取置期限を過ぎましたら予約を取り消します。<br>
※「貸出可能」になった予約をキャンセルしたい場合や、取置期限を延長したい場合は、北海道立図書館までご連絡ください。<br>
※他の図書館から取り寄せる資料については、Web上で予約の変更・取消はできません。</p>
<table class="reserve"><tr><th>番号</th><th>予約日</th><th>予約種別</th><th>タイトル</th><th>連絡方法</th><th>受取場所</th><th>取置期限日</th><th>貸出可能</th><th>備考</th></tr>
${rows}</table>`;
  return ctx.page(layout(ctx, '予約状況照会', content));
}

/** 【受取場所】 as the screens print it: 自宅受取, or 図書館 and its name. */
function pickupText(pickup: string): string {
  return pickup === HOME_PICKUP ? pickup : `図書館 ${pickup}`;
}

function holdHeader(ctx: Ctx, hold: Hold) {
  return html`${bibTable(findRecord(hold.recordId)!)}<p>現在予約件数 ${ctx.state.queueSize(hold.recordId)}件</p>`;
}

/** Why nothing was done, in the guide's words, with the way back to the list. */
function refusalPage(ctx: Ctx, lines: string[]) {
  return ctx.page(
    layout(ctx, '予約変更・取消', html`${lines.map((line) => html`<p class="error">${line}</p>`)}<p><a href="${PATHS.holds}">予約状況照会へ戻る</a></p>`),
  );
}

/** The 変更/取消 screen (guide step 3): whichever of the two sections the rule allows for this hold. */
function editPage(ctx: Ctx) {
  const hold = patronHold(ctx, ctx.query.get('id'));
  const change = canChange(ctx, hold);
  const cancel = canCancel(ctx, hold);
  if (!hold || (!change && !cancel)) {
    // Back to the list, which says why (the screen is reached only from its 変更/取消 links).
    ctx.flash(refusalLines(HOLD_ACTION_WORDS, [...ctx.state.changeBlocks(hold), ...ctx.state.cancelBlocks(hold)]).join(''));
    return ctx.redirect(PATHS.holds);
  }
  const content = html`<h2>予約変更・取消</h2>${holdHeader(ctx, hold)}
<form method="post" action="${PATHS.holdEdit}">${hiddenField('id', hold.id)}
<p>変更/取消を中止する場合は、右の『変更中止』ボタンを押して下さい。 ${opButton('abort', '変更中止')}</p>
${
  change
    ? html`<h3>受取場所を変更する</h3>
<p>予約資料のお取置きができたときの受取場所を選択して、右の『変更する』ボタンを押して下さい。</p>
<p>【連絡方法】 ご登録のメールアドレスへ連絡いたします。</p>
<p>【受取場所】 ${selectBox('pickup', ctx.library.pickupLocations, hold.pickup)}</p>
<p>現在、【受取場所】 ${pickupText(hold.pickup)} ${opButton('change', '変更する')}</p>`
    : ''
}
${
  cancel
    ? html`<h3>予約を取消する</h3>
<p>この予約を取消する場合は、右の『取消する』ボタンを押して下さい。 ${opButton('cancel', '取消する')}</p>`
    : ''
}
</form>`;
  return ctx.page(layout(ctx, '予約変更・取消', content));
}

/** 変更する / 取消する lead to the confirmation screen that names the record; 変更中止 goes back to the list. */
function editAction(ctx: Ctx) {
  const id = ctx.form.get('id') ?? '';
  const op = ctx.form.get('op');
  const pickup = ctx.form.get('pickup') ?? '';
  const changing = op === 'change' && ctx.library.pickupLocations.includes(pickup);
  if (op === 'abort' || (!changing && op !== 'cancel')) return ctx.redirect(op === 'abort' ? PATHS.holds : ctx.link(PATHS.holdEdit, { id }));
  const hold = patronHold(ctx, id);
  const blocks = changing ? ctx.state.changeBlocks(hold) : ctx.state.cancelBlocks(hold);
  if (!hold || blocks.length > 0) return refusalPage(ctx, refusalLines(HOLD_ACTION_WORDS, blocks));
  const content = changing
    ? html`<h2>受取場所を変更します、よろしいですか？</h2>${holdHeader(ctx, hold)}
<h3>受取場所を変更する</h3><p>予約資料のお取置きができた際の受取場所は右記のとおりです。<br>この内容でよろしいければ『確認』ボタンを押してください。</p>
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

/** 確認: the engine acts (or refuses: already secured, already cancelled — a second 確認 changes nothing). */
function editConfirmAction(ctx: Ctx) {
  const id = ctx.form.get('id') ?? '';
  if (ctx.form.get('op') !== 'confirm') return ctx.redirect(ctx.link(PATHS.holdEdit, { id }));
  const card = ctx.patron!.card;
  const pickup = ctx.form.get('pickup') ?? '';
  const changing = ctx.form.get('action') === 'change';
  if (changing && !ctx.library.pickupLocations.includes(pickup)) return ctx.redirect(ctx.link(PATHS.holdEdit, { id }));
  const outcome: HoldActionOutcome = changing ? ctx.state.change(card, id, { pickup }) : ctx.state.cancel(card, id);
  if (!outcome.done) return refusalPage(ctx, refusalLines(HOLD_ACTION_WORDS, outcome.blocks));
  const message = changing ? '受取場所を変更しました。' : '予約を取消しました。';
  return ctx.page(
    layout(ctx, '予約変更・取消', html`<p>${message}</p><p><a href="${PATHS.holds}">予約状況照会へ戻る</a></p><p><strong>ログアウトを忘れずに！</strong></p>`),
  );
}

export const holdsRoutes: Route<HokkaidoSession>[] = [
  { method: 'GET', path: PATHS.holds, auth: true, handle: holdsPage },
  { method: 'GET', path: PATHS.holdEdit, auth: true, handle: editPage },
  { method: 'POST', path: PATHS.holdEdit, auth: true, handle: editAction },
  { method: 'POST', path: PATHS.holdEditConfirm, auth: true, handle: editConfirmAction },
];
