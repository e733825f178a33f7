import { html, type SafeHtml } from '../../core/html';
import { hiddenField } from '../../core/forms';
import { documentShell } from '../../core/page';
import { screenToken } from '../shared-tokens';
import { ACTIONS, SCREENS, type Ctx } from './session';

export const NAME = 'あおば市立図書館（模擬）';

// Our own script for the page functions the buttons call (the real pages have their own): each sets fields of
// LBForm and posts it to an action, as LICS-XP navigates. Relative actions resolve under /licsxp-opac/.
const SCRIPT = html`<script>
function lbForm(){return document.forms['LBForm'];}
function lbSet(n,v){var f=lbForm(),i=f.elements[n];if(!i||i.length){i=document.createElement('input');i.type='hidden';i.name=n;f.appendChild(i);}i.value=v;}
function lbPost(a){var f=lbForm();f.action=a;f.submit();}
function inYoyCart(t){var f=lbForm(),g=f.elements['gamenid'].value;lbSet('tilcod',String(t));
if(f.elements['islogin']&&f.elements['islogin'].value!='1'){lbPost('OpacInitLoginAction.do?subSystemFlag=0&yoycartflg='+g.replace('tiles.',''));return;}
lbPost(g=='tiles.WTifTilDetail2'?'WOpacTifTilDetailYoyCart2DispAction.do':g=='tiles.WTifTilDetail'?'WOpacTifTilDetailYoyCartDispAction.do':'WOpacEsTilDetailYoyCartDispAction1.do');}
function toDetail(t){location.href='WOpacEsTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod='+t;}
function toTilInfoDetail(t){location.href='WOpacUsrRsvListToTifTilDetailAction.do?hTilcod='+t;}
function login(){var f=lbForm();if(f.elements['j_password']){if(f.elements['username'].value!=''){f.elements['j_username'].value='0000000000000000'+f.elements['username'].value;}lbPost('j_security_check?subSystemFlag=0');}else{lbPost('OpacInitLoginAction.do?subSystemFlag=0');}}
function logout(){location.href='WOpacPwdLogoutAction.do';}
function yoycart(){lbPost('WOpacCommonToYoyCartDispAction.do?yoyCmtknjFlg=1');}
function toUsrLend(){lbPost('WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend');}
function toUsrRsv(){lbPost('WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv');}
function searchExec(){lbPost('WOpacEsSchCmpdExecAction.do');}
function yoykCancel(c){if(!confirm('予約の取消を行います。よろしいですか？')){return;}lbSet('yoycod',c);lbPost('WOpacUsrRsvCancelAction.do?mngFlg2_handan=1&kbnchgflag=1');}
function dropChange(c,k){var e=function(p){return document.getElementById(p+c);};e('yoycod').value=c;if(k=='watspt'){e('watspt').value=e('selwat').value;}else{e('renrakukata').value=e('selren').value;}e('changeFlg').value='1';}
function yoykSyusei(){if(!confirm('予約内容を修正します。よろしいですか？')){return;}lbPost('WOpacUsrRsvSyuseiAction.do?mngFlg2_handan=1&kbnchgflag=1');}
function toJunban(){lbPost('WOpacUsrToJunbanAction.do?mngFlg2=1');}
function yoyExec(){lbPost('WOpacYoyCartYoyExecAction.do');}
function yoyDelete(){lbPost('WOpacYoyCartDeleteAction.do');}
function junbanExec(){lbPost('WOpacUsrJunbanExecAction.do');}
function extend(c){lbSet('para',c);lbPost('WOpacUsrLendListExtendAction.do?mngFlg1_handan=1');}
function extendOk(){lbSet('okCodes','OPACUSR005');lbPost('WOpacUsrLendListExtendAction.do?mngFlg1_handan=1');}
window.addEventListener('DOMContentLoaded',function(){var d=document.querySelectorAll('div[id^=yoycartButton]');for(var i=0;i<d.length;i++){d[i].style.display='';}});
</script>`;

function statLogin(ctx: Ctx): SafeHtml {
  const patron = ctx.patron;
  if (!patron) {
    return html`<table cellpadding="0" cellspacing="0" border="0" class="log-stats" id="stat-logout"><tr><td><h3 class="skip">ログインの状態：ログインしていません。</h3>
<a id="login" href="${`${ACTIONS.login}?subSystemFlag=0`}" onclick="login();return false;">ログイン</a></td></tr></table>`;
  }
  const card = patron.card;
  return html`<table cellpadding="0" cellspacing="0" border="0" class="log-stats" id="stat-login">
<tr><td><h3 class="skip">ログインの状態：ログインしています。</h3>
<span class="lead">あなたの　<br>利用状況　<span class="skip">は つぎの通りです。</span></span>
<a id="logout" href="javascript:void(0)" onclick="logout();">ログアウト<span class="skip">します。</span></a></td>
<td class="stat-item"><a id="stat-lent" href="${`${ACTIONS.userLists}?gamen=usrlend`}" onclick="javascript:toUsrLend(1);return false;" title="あなたが現在借りている資料です">貸出中 <span class="value">${ctx.state.loansOf(card).length}</span><span class="skip">件貸出されています。</span></a></td>
<td class="stat-item"><a id="stat-resv" href="${`${ACTIONS.userLists}?gamen=usrrsv`}" onclick="javascript:toUsrRsv(1);return false;" title="あなたが現在予約している資料です">予約中 <span class="value">${ctx.state.activeHoldsOf(card).length}</span><span class="skip">件予約されています。</span></a></td>
<td class="stat-item"><a id="stat-cart" href="${`${ACTIONS.cart}?yoyCmtknjFlg=1`}" onclick="javascript:yoycart();return false;">カート<span class="skip">（予約候補）</span> <span class="value badge">${ctx.cart().length}</span><span class="skip">件登録されています。</span></a></td>
<td></td></tr></table>`;
}

/** The page-wide form every LICS-XP screen posts: `hash` (a 40-hex token for this session and screen) and `gamenid`. */
export function lbHidden(ctx: Ctx, screen: string): SafeHtml {
  return html`${hiddenField('hash', screenToken(ctx.session.id, screen))}${hiddenField('gamenid', screen)}`;
}

export interface PageOptions {
  title: string;
  screen: string;
  /** Where the patron is, for the breadcrumb (パンくず). */
  crumbs?: string[];
  /** Server messages, shown in #messages (the real pages alert them). */
  messages?: string[];
  /** Further hidden fields and content of LBForm. */
  body: SafeHtml;
}

export function page(ctx: Ctx, options: PageOptions): SafeHtml {
  const notice = ctx.takeFlash();
  const messages = [...(notice ? [notice] : []), ...(options.messages ?? [])];
  return documentShell(
    'UTF-8',
    `${options.title}：蔵書検索システム`,
    html`<div id="wrapper"><div id="contents">
<div id="head"><div id="title"><a id="logo" href="${ACTIONS.searchForm}">${NAME} 蔵書検索・予約システム</a>
${statLogin(ctx)}
</div></div>
<div id="navi"><div id="panks"><a href="${ACTIONS.searchForm}">トップページ</a>${(options.crumbs ?? []).map((c) => html` &gt; ${c}`)} &gt; ${options.title}</div></div>
<div id="messages"${messages.length === 0 ? html` style="display:none"` : ''}><ul>${messages.map((m) => html`<li>${m}</li>`)}</ul></div>
<div id="body">
<form name="LBForm" id="LBForm" method="post">
${lbHidden(ctx, options.screen)}${hiddenField('islogin', ctx.patron ? '1' : '0')}
${options.body}
</form>
</div>
<div id="foot"><div id="copyright">Copyright (c) ${NAME}</div></div>
</div></div>
${SCRIPT}`,
  );
}

/**
 * A POST must carry the `hash` issued to this session for the screen it names in `gamenid`, and come from one of
 * the screens that post to this action. Null when it does.
 */
export function refuseForgedPost(ctx: Ctx, screens: readonly string[]): SafeHtml | null {
  if (ctx.method !== 'POST') return null;
  const gamenid = ctx.form.get('gamenid') ?? '';
  const hash = ctx.form.get('hash') ?? '';
  if (screens.includes(gamenid) && hash === screenToken(ctx.session.id, gamenid)) return null;
  return page(ctx, {
    title: 'エラー',
    screen: SCREENS.menu,
    messages: ['不正な画面遷移が行われました。お手数ですが、トップページから操作をやり直してください。'],
    body: html`<h1>エラー</h1><p><a href="${ACTIONS.searchForm}">トップページへ</a></p>`,
  });
}

export const ALL_SCREENS: readonly string[] = Object.values(SCREENS);
