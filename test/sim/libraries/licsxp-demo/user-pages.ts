import { findRecord, fullTitle } from '../../core/catalogue';
import { slashDate, type IsoDate } from '../../core/dates';
import { hiddenField } from '../../core/forms';
import { html, type SafeHtml } from '../../core/html';
import type { Route } from '../../core/library';
import type { Hold, Loan } from '../../core/state/types';
import { loanBlocks, patronLoan, renewLoan } from '../shared-renewal';
import { canCancel, canChange, patronHold } from '../shared-hold-actions';
import { titleOf } from '../shared-reserve';
import { ALL_SCREENS, page, refuseForgedPost } from './layout';
import { BRANCHES, CONTACTS } from './rules';
import { addPendingToCart, kindOf } from './search-pages';
import { ACTIONS, recordIdOf, SCREENS, tilcodOf, type Ctx, type LicsxpSession } from './session';

// ---- login ---------------------------------------------------------------------------------------------

function loginPage(ctx: Ctx, error: string | null = null) {
  const body = html`<h1>ログイン認証</h1>
<ul class="read"><li>ログインします。　入力する文字は、ぜんぶ半角英数文字にしてください。</li><li>入力したら「ログイン」を押してください。</li></ul>
<div class="main"><div class="form-base1 w-threequarter f-center">
<table class="form f-center" cellpadding="0" cellspacing="5" border="0" summary="OCF"><tbody>
<tr><th scope="row" abbr="カード番号"><label for="usrcardnumber">借出券番号</label></th>
<td><input type="text" size="10" maxlength="16" name="username" id="usrcardnumber" title="図書館利用カード番号" value="">${hiddenField('j_username', '')}（半角英数字）</td></tr>
${hiddenField('h_username', '')}
<tr><th scope="row" abbr="パスワード"><label for="password">パスワード</label></th>
<td id="passwodid"><input type="password" size="10" name="j_password" id="password" title="パスワード" value="">（半角英数字）</td></tr>
</tbody></table></div>
<div class="ex-navi"><input type="button" class="button exec large" value="ログイン" onclick="javascript:login();return false;">
<input type="button" class="button" value="キャンセル" onclick="${`location.href='${ACTIONS.searchForm}'`}"></div></div>`;
  return ctx.page(page(ctx, { title: 'ログイン認証', screen: SCREENS.login, messages: error ? [error] : [], body }));
}

/** The login screen; posted from a detail or list by a visitor's カートへ追加, it keeps the title for after login. */
function initLogin(ctx: Ctx) {
  if (ctx.method === 'POST') {
    const forged = refuseForgedPost(ctx, ALL_SCREENS);
    if (forged) return ctx.page(forged);
    const recordId = recordIdOf(ctx.form.getAll('tilcod').filter((t) => t !== '').pop());
    if (ctx.query.get('yoycartflg') && findRecord(recordId)) ctx.session.data.pendingCart = recordId;
  }
  return loginPage(ctx);
}

/** Java EE form login: `j_username` is the card number after sixteen zeros (set by the page's script). */
function securityCheck(ctx: Ctx) {
  const forged = refuseForgedPost(ctx, [SCREENS.login]);
  if (forged) return ctx.page(forged);
  const card = (ctx.form.get('j_username') ?? '').replace(/^0{16}/, '') || (ctx.form.get('username') ?? '');
  const pending = ctx.session.data.pendingCart;
  if (!ctx.logIn(card.trim(), ctx.form.get('j_password') ?? '')) return loginPage(ctx, '借出券番号またはパスワードが正しくありません。');
  ctx.session.data.pendingCart = null;
  if (pending) {
    ctx.takeReturnTo('');
    return addPendingToCart(ctx, pending);
  }
  return ctx.redirect(ctx.takeReturnTo(ACTIONS.myLibrary));
}

function logout(ctx: Ctx) {
  ctx.logOut();
  return ctx.redirect(ACTIONS.searchForm);
}

function myLibraryPage(ctx: Ctx) {
  const body = html`<h1>マイライブラリー</h1>
<ul class="menu"><li><a href="${`${ACTIONS.userLists}?gamen=usrlend`}" onclick="javascript:toUsrLend(1);return false;">貸出状況一覧</a></li>
<li><a href="${`${ACTIONS.userLists}?gamen=usrrsv`}" onclick="javascript:toUsrRsv(1);return false;">予約状況一覧</a></li>
<li><a href="${`${ACTIONS.cart}?yoyCmtknjFlg=1`}" onclick="javascript:yoycart();return false;">予約カート</a></li></ul>`;
  return ctx.page(page(ctx, { title: 'マイライブラリー', screen: SCREENS.myLibrary, body }));
}

// ---- 予約状況一覧 ----------------------------------------------------------------------------------------

/** `YY/` and `MM/DD` in two spans, as the real hold list prints 予約日 and 割当日. */
function splitDate(date: IsoDate | null): SafeHtml {
  if (!date) return html`<span Class="TextNowrap">ー</span>`;
  return html`<span Class="TextNowrap">${date.slice(2, 4)}/</span><span Class="TextNowrap">${date.slice(5, 7)}/${date.slice(8, 10)}</span>`;
}

/** 移送中 on the day a copy secured at another branch travels to the pickup branch; the e-mail goes out that evening. */
function status(ctx: Ctx, hold: Hold): { label: string; deadline: IsoDate | null } {
  if (hold.state !== 'ready') return { label: '予約中', deadline: null };
  const copy = ctx.state.copies.find((c) => c.id === hold.copyId);
  if (hold.readyOn === ctx.today && copy && copy.location !== hold.pickup) return { label: '移送中', deadline: null };
  const mailed = hold.notifiedOn !== null && hold.notifiedOn < ctx.today;
  return { label: '提供可能', deadline: mailed ? hold.deadline : null };
}

function holdRow(ctx: Ctx, hold: Hold, n: number): SafeHtml {
  const record = findRecord(hold.recordId)!;
  const tilcod = tilcodOf(record.id);
  const id = hold.id;
  const pickupCode = String(BRANCHES.indexOf(hold.pickup) + 1).padStart(3, '0');
  const contact = hold.contact ?? CONTACTS['4']!;
  const contactCode = Object.entries(CONTACTS).find(([, label]) => label === contact)?.[0] ?? '4';
  const { label, deadline } = status(ctx, hold);
  // Per row, as the real list: fields the page script fills when a select changes (dropChange), read by 予約修正.
  const rowFields = ['yoykcode', 'watloccod', 'watspt', 'renrakukata', 'dropChangeFlg', 'postSeq'].map(
    (name) => html`<input type="hidden" name="${name}" id="${`${FIELD_IDS[name]}${id}`}" value="">`,
  );
  const place = canChange(ctx, hold)
    ? html`<select name="dropwatspt" class="w-full" id="${`selwat${id}`}" onChange="${`dropChange('${id}','watspt')`}">${BRANCHES.map(
        (b, i) => html`<option value="${String(i + 1).padStart(3, '0')}"${b === hold.pickup ? html` selected` : ''}> ${b} </option>`,
      )}</select><label for="${`selwat${id}`}"></label>
<select name="droprenraku" class="w-full" id="${`selren${id}`}" onChange="${`dropChange('${id}','yoyrak')`}">${Object.entries(CONTACTS).map(
        ([code, text]) => html`<option value="${code}"${code === contactCode ? html` selected` : ''}> ${text} </option>`,
      )}</select><label for="${`selren${id}`}"></label>`
    : html`${hold.pickup}<hr/><input type="hidden" name="droprenraku" id="${`selrendis${id}`}" value="${contactCode}"><label for="${`selrendis${id}`}"></label>${contact}`;
  return html`<tr>
<th scope="row"> ${n} </th>
<td id="${`ItemDeta0105b'${n}'`}"><strong><a href="${`WOpacUsrRsvListToTifTilDetailAction.do?hTilcod=${tilcod}`}" onclick="${`javascript:toTilInfoDetail('${tilcod}');return false;`}">　${record.title}　${record.volume ?? ''}　${record.author}　${record.publisher}</a></strong></td>
<td id="${`ItemDeta0105c'${n}'`}" class="a-center"> ${record.ndc === 'E' ? '児童' : '一般'} </td>
${rowFields}<input type="hidden" name="basewatspt" id="${`basew${id}`}" value="${pickupCode}"><input type="hidden" name="baserenrakukata" id="${`baser${id}`}" value="${contactCode}">
<td id="${`ItemDeta0105d'${n}'`}" class="a-center parts-cell">${place}</td>
<td class="a-center small">${splitDate(hold.reservedOn)}<hr>${splitDate(hold.readyOn)}</td>
<td id="${`ItemDeta0105g'${n}'`}" class="a-center small"><span Class="TextNowrap">ー</span></td>
<td id="${`ItemDeta0105h'${n}'`}" class="a-center"> ${ctx.state.rank(hold) ?? ''} </td>
<td id="${`ItemDeta0105i'${n}'`}" class="a-center"> ${label} </td>
<td id="${`ItemDeta0105j'${n}`}" class="a-center parts-cell">${deadline ? html`<div class="small"><span Class="TextNowrap">${deadline.slice(5, 7)}/${deadline.slice(8, 10)}</span></div>` : ''}</td>
<td id="${`Setting05'${n}'`}" class="a-center parts-cell">${
    canCancel(ctx, hold) ? html`<input type="button" class="button remove" onclick="${`javascript:yoykCancel('${id}')`}" value="取消">` : ''
  }</td>
<td class="a-center parts-cell"></td><td class="a-center parts-cell"></td>
</tr>
`;
}

function holdsPage(ctx: Ctx, messages: string[] = []) {
  const holds = ctx.state.activeHoldsOf(ctx.patron!.card);
  const body = html`${hiddenField('mngFlg2', '1')}${hiddenField('yoycod', '')}${hiddenField('hTilcod', '')}
<h1>予約状況一覧</h1>
<ul class="read"><li>現在、予約している資料は&nbsp;<span class="large force">${holds.length}</span>&nbsp;件です。</li>
<li>連絡方法が「Ｅｍａｉｌ」、予約状態が「提供可能」で、取置期限がない資料は、まだＥｍａｉｌ連絡をしていない資料です。</li>
<li>取置期限はＥｍａｉｌ送信後に設定されます。<br>※返却日を過ぎた資料がある場合は「提供可能」でも貸出できません。</li></ul>
<div class="main">
<table id="ItemDetaTable" class="list" cellpadding="0" cellspacing="0" border="0" summary="予約状況一覧表">
<thead><tr class="ItemHeader">
<th scope="col" class="ItemTh"> No. </th><th scope="col" class="ItemB"> 資料名 <a href="javascript:void(0)">［⇔タイトルコード］</a> </th>
<th scope="col" class="ItemC" nowrap> 書誌種別 </th><th scope="col" class="ItemD"> 受取館 <hr> 連絡方法 </th>
<th scope="col"> 予約日 <hr> 割当日 </th><th scope="col" class="ItemI"> 予約期限 </th><th scope="col" class="ItemH"> 順位 </th>
<th scope="col" class="ItemI"> 予約状態 </th><th scope="col" class="ItemJ"> 取置期限 </th><th scope="col" class="ItemA"> 取消 </th>
<th colspan="2" scope="col" class="ItemA"> 順番解除 </th></tr></thead>
<tbody>
${holds.map((hold, i) => holdRow(ctx, hold, i + 1))}</tbody>
</table></div>
<div class="ex-navi"><input type="button" class="button exec large" value="予約修正" onclick="javascript:yoykSyusei()">
<input type="button" class="button large f-right" value="順番予約へ" onclick="javascript:toJunban()"></div>`;
  return ctx.page(page(ctx, { title: '予約状況一覧', screen: SCREENS.holds, crumbs: ['マイライブラリー'], messages, body }));
}

function cancelAction(ctx: Ctx) {
  const forged = refuseForgedPost(ctx, [SCREENS.holds]);
  if (forged) return ctx.page(forged);
  const outcome = ctx.state.cancel(ctx.patron!.card, ctx.form.get('yoycod') ?? '');
  return holdsPage(ctx, [outcome.done ? '予約の取消が完了しました。' : 'この予約は取消できません。']);
}

/** Ids of the per-row hidden fields, after the real list (`yoycod1013074729`, `changeFlg1013074729` …). */
const FIELD_IDS: Record<string, string> = {
  yoykcode: 'yoycod',
  watloccod: 'watloccod',
  watspt: 'watspt',
  renrakukata: 'renrakukata',
  dropChangeFlg: 'changeFlg',
  postSeq: 'postSeq',
};

/**
 * 予約修正 (WOpacUsrRsvSyuseiAction.do): every row posts its hidden fields in the same order, so the n-th `yoykcode`,
 * `watspt`, `renrakukata` and `dropChangeFlg` belong together; rows whose flag the page script set are changed.
 * How the real server pairs them is not known: this is the reading the field names and ids suggest.
 */
function modifyAction(ctx: Ctx) {
  const forged = refuseForgedPost(ctx, [SCREENS.holds]);
  if (forged) return ctx.page(forged);
  const ids = ctx.form.getAll('yoykcode');
  const pickups = ctx.form.getAll('watspt');
  const contacts = ctx.form.getAll('renrakukata');
  const flags = ctx.form.getAll('dropChangeFlg');
  const changed = ids.flatMap((id, i) => (id !== '' && flags[i] ? [{ id, pickup: pickups[i] ?? '', contact: contacts[i] ?? '' }] : []));
  if (changed.length === 0) return holdsPage(ctx, ['修正する予約がありません。']);
  const messages = changed.map(({ id, pickup, contact }) => {
    const to = { pickup: pickup === '' ? undefined : BRANCHES[Number(pickup) - 1], contact: contact === '' ? undefined : CONTACTS[contact] };
    const known = (pickup === '' || to.pickup !== undefined) && (contact === '' || to.contact !== undefined);
    const outcome = known ? ctx.state.change(ctx.patron!.card, id, to) : null;
    if (outcome?.done) return `予約の修正が完了しました。（${titleOf(outcome.hold.recordId)}）`;
    const hold = patronHold(ctx, id);
    return `この予約は修正できません。${hold ? `（${titleOf(hold.recordId)}）` : ''}`;
  });
  return holdsPage(ctx, messages);
}

// ---- 貸出状況一覧 ----------------------------------------------------------------------------------------

function loanRow(ctx: Ctx, loan: Loan, i: number): SafeHtml {
  const record = findRecord(loan.recordId)!;
  const tilcod = tilcodOf(record.id);
  const others = ctx.state.holds.filter((h) => h.recordId === loan.recordId && h.card !== loan.card && (h.state === 'waiting' || h.state === 'pending')).length;
  const renewable = loanBlocks(ctx, loan).length === 0;
  return html`<tr>
<th scope="row" abbr="No"><input type="checkbox" id="${`list_chk${i}`}" name="list_chk" value="${tilcod}"><label for="${`list_chk${i}`}"> ${i + 1} </label></th>
<td><a href="${`WOpacUsrLendListToTifTilDetailDispAction.do?para=${tilcod}`}"><strong>　${record.title}　${record.volume ?? ''}　${record.author}　${record.publisher}</strong></a></td>
<td class="a-center"> ${kindOf(record)} </td><td class="a-center"> ${loan.pickup} </td>
<td class="a-center small"> ${slashDate(loan.lentOn)} </td><td class="a-center small"> ${slashDate(loan.due)} </td>
<td> ${loan.due < ctx.today ? '延滞中' : '貸出中'} </td><td class="a-center"> ${others} </td><td class="a-center"> ${loan.renewals} </td>
<td class="a-center parts-cell">${renewable ? html`<input type="button" class="button exec" value="延長" onclick="${`javascript:extend("${loan.id}")`}">` : ''}</td>
</tr>
`;
}

function loansPage(ctx: Ctx, messages: string[] = []) {
  const loans = ctx.state.loansOf(ctx.patron!.card);
  const body = html`${hiddenField('para', '')}${hiddenField('mngFlg1', '1')}
<h1>貸出状況一覧</h1>
<ul class="read"><li>現在、あなたが借りている資料は&nbsp;<span class="large force">${loans.length}</span>&nbsp;件です。</li>
<li>返却期限を延長するには｢延長｣を押してください。延長期間は延長処理を行ったその日から２週間です。<br>なお、次の資料は延長することができません。</li>
<li>・すでに延長をしたことがあるもの<br>・次に予約がついているもの<br>・返却期限が過ぎているもの<br>・相互協力で他市の図書館から借りたもの</li></ul>
<div class="body"><div class="main">
<table class="list" cellpadding="0" cellspacing="0" border="0" summary="貸出状況一覧表">
<thead><tr>
<th scope="col" abbr="No"><input type="checkbox" id="all_chk" value="0" name="all_chk"><label for="all_chk"></label> No. </th>
<th scope="col" abbr="資料名 "> 資料名 <a href="javascript:void(0)">［⇔資料番号］</a> </th>
<th scope="col" abbr="書誌種別"> 書誌種別 </th><th scope="col" abbr="貸出返却窓口"> 貸出館 </th><th scope="col" abbr="貸出返却日時"> 貸出日 </th>
<th scope="col" abbr="返却期日"> 返却期日 </th><th scope="col" abbr="付録親資料番号"> 状態区分 </th><th scope="col" abbr="予約数"> 予約数 </th>
<th scope="col" abbr="延長回数"> 延長回数 </th><th scope="col" abbr="貸出延長"> 延長 </th></tr></thead>
<tbody>
${loans.map((loan, i) => loanRow(ctx, loan, i))}</tbody></table></div></div>`;
  return ctx.page(page(ctx, { title: '貸出状況一覧', screen: SCREENS.loans, crumbs: ['マイライブラリー'], messages, body }));
}

/** 延長: a confirmation screen first, then (okCodes=OPACUSR005) the extension. */
function extendAction(ctx: Ctx) {
  const forged = refuseForgedPost(ctx, [SCREENS.loans, SCREENS.extend]);
  if (forged) return ctx.page(forged);
  const loan = patronLoan(ctx, ctx.form.get('para'));
  if (!loan) return loansPage(ctx, ['延長できる資料がありません。']);
  if (ctx.form.get('okCodes') !== 'OPACUSR005') {
    if (loanBlocks(ctx, loan).length > 0) return loansPage(ctx, ['この資料は延長できません。']);
    const body = html`${hiddenField('para', loan.id)}${hiddenField('okCodes', '')}<h1>貸出延長確認</h1>
<ul class="read"><li>次の資料の返却期限を延長します。よろしいですか？</li></ul>
<div class="main"><table class="list" summary="貸出延長確認"><thead><tr><th scope="col">資料名</th><th scope="col">返却期日</th></tr></thead>
<tbody><tr><td>${fullTitle(findRecord(loan.recordId)!)}</td><td class="a-center small">${slashDate(loan.due)}</td></tr></tbody></table></div>
<div class="ex-navi"><input type="button" class="button exec large" value="延長する" onclick="javascript:extendOk()">
<input type="button" class="button" value="戻る" onclick="javascript:toUsrLend(1)"></div>`;
    return ctx.page(page(ctx, { title: '貸出延長確認', screen: SCREENS.extend, crumbs: ['マイライブラリー', '貸出状況一覧'], body }));
  }
  const result = renewLoan(ctx, loan);
  return loansPage(ctx, ['due' in result ? `延長しました。新しい返却期日は${slashDate(result.due)}です。（${titleOf(loan.recordId)}）` : 'この資料は延長できません。']);
}

/** `WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv|usrlend`, posted from any screen's header. */
function userLists(ctx: Ctx) {
  const forged = refuseForgedPost(ctx, ALL_SCREENS);
  if (forged) return ctx.page(forged);
  const gamen = ctx.query.get('gamen');
  if (gamen === 'usrrsv') return holdsPage(ctx);
  if (gamen === 'usrlend') return loansPage(ctx);
  return myLibraryPage(ctx);
}

export const userRoutes: Route<LicsxpSession>[] = [
  { method: 'GET', path: ACTIONS.login, handle: initLogin },
  { method: 'POST', path: ACTIONS.login, handle: initLogin },
  { method: 'POST', path: ACTIONS.securityCheck, handle: securityCheck },
  { method: 'GET', path: ACTIONS.logout, handle: logout },
  { method: 'GET', path: ACTIONS.menu, handle: (ctx) => (ctx.patron ? myLibraryPage(ctx) : ctx.redirect(ACTIONS.searchForm)) },
  { method: 'GET', path: ACTIONS.myLibrary, auth: true, handle: myLibraryPage },
  { method: 'GET', path: ACTIONS.userLists, auth: true, handle: userLists },
  { method: 'POST', path: ACTIONS.userLists, auth: true, handle: userLists },
  { method: 'POST', path: ACTIONS.cancel, auth: true, handle: cancelAction },
  { method: 'POST', path: ACTIONS.modify, auth: true, handle: modifyAction },
  { method: 'POST', path: ACTIONS.extend, auth: true, handle: extendAction },
];
