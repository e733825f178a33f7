// Pages in the style of Fujitsu's WebiLis / iLisfiera OPAC ("winj", reference/opac-vendors.md §1), shared by the
// winj library and 栃木県立図書館 (whose guide speaks winj's words: 予約かご, 認証, MYライブラリ, 確保待ち/貸出可能).
// Lists are `ol.list-book.result` with `div.column.info` lines "label:value"; every POST carries `hid_session`,
// which must equal the session id. The libraries differ by paths, words and rules (a `WinjStyle`).
import { findRecord, fullTitle, type CatalogueRecord } from '../core/catalogue';
import { slashDate } from '../core/dates';
import { hiddenField } from '../core/forms';
import { html, type SafeHtml } from '../core/html';
import type { LibraryDefinition, PageResult, RequestContext, Route } from '../core/library';
import { loginRoutes } from '../core/login';
import { documentShell } from '../core/page';
import { hasCriteria, searchCatalogue } from '../core/search';
import { renewedDue } from '../core/state/renewal';
import type { Copy, Hold, Loan } from '../core/state/types';
import type { RenewalBlock } from '../core/rules';
import { loanBlocks, patronLoan, renewLoan } from './shared-renewal';
import { canCancel, refusalLines, type HoldActionWords } from './shared-hold-actions';
import { addToCart, choice, inCart, reserveFromCart, titleOf } from './shared-reserve';

export interface WinjSession {
  /** Record ids of the last result list: a result row's `chk_check` is its index (Ichikawa). */
  results: string[];
  pending: { recordIds: string[]; pickup: string; contact: string; extras: string[] } | null;
}

export const newWinjSession = (): WinjSession => ({ results: [], pending: null });

export type WinjCtx = RequestContext<WinjSession>;

export interface WinjPaths {
  top: string;
  results: string;
  detail: string;
  login: string;
  logout: string;
  myLibrary: string;
  basket: string;
  confirm: string;
  holds: string;
  cancel: string;
  loans: string;
  renew: string;
}

export interface WinjSelect {
  name: string;
  label: string;
  options: string[];
}

export interface WinjStyle {
  paths: WinjPaths;
  /** `login.do?dispatch=/opac/…` lands on that page after login; the prefix turns it into a path (`/winj`). */
  dispatchPrefix: string | null;
  words: {
    loginHeading: string;
    cardLabel: string;
    myLibrary: string;
    basketButton: string;
    pickupLabel: string;
    /** Label of the pickup line in the 予約状況一覧 entries. */
    pickupLine: string;
    reserveButton: string;
    confirmHeading: string;
    confirmButton: string;
    cancelButton: string;
    renewButton: string;
  };
  /** The contact-method select (予約連絡方法), or null. */
  contact: WinjSelect | null;
  /** Selects on the basket page that do not change the reservation (Tochigi's 予約対象). */
  extraSelects: WinjSelect[];
  /** The status lines of a hold entry (e.g. ["返却待ち 順番：3"], ["利用可能", "取置期限日:2026/12/01"]). */
  holdStatus(ctx: WinjCtx, hold: Hold): string[];
  cartMax: number | null;
  cartFullMessage: string;
  blockLabels: Record<RenewalBlock, string>;
  /** Why a 取消 was refused, in the library's words. */
  holdActionWords: HoldActionWords;
  notes: { holds: SafeHtml; loans: SafeHtml; basket: SafeHtml };
}

const SESSION_ERROR = 'セッションが無効です。お手数ですが、最初から操作をやり直してください。';
const NOTHING_CHOSEN = '資料を選択してください。';
const EMPTY = '該当するリストが存在しません。';

function pickupCode(index: number): string {
  return String(index + 1).padStart(2, '0');
}

/** Routes, login included, for a winj-style library; `name` appears in every page header. */
export function winjRoutes(style: WinjStyle, name: string): Route<WinjSession>[] {
  const { paths, words } = style;

  function layout(ctx: WinjCtx, title: string, content: SafeHtml, report: string[] = []): SafeHtml {
    const patron = ctx.patron;
    const notice = ctx.takeFlash();
    return documentShell(
      ctx.library.charset,
      `${title}｜${name}`,
      html`<div id="header"><p class="lib-name"><a href="${paths.top}">${name}</a></p>
<ul id="gnav"><li><a href="${paths.top}">蔵書検索</a></li><li><a href="${paths.basket}">予約かご(${ctx.cart().length})</a></li><li><a href="${paths.myLibrary}">${words.myLibrary}</a></li><li>${
        patron ? html`<a href="${paths.logout}">ログアウト</a>` : html`<a href="${paths.login}">ログイン</a>`
      }</li></ul>
${patron ? html`<p class="user">${patron.name} 様</p>` : ''}</div>
<div id="main">
<h1>${title}</h1>
${notice ? html`<p class="notice">${notice}</p>` : ''}
${report.length > 0 ? html`<div class="report">${report.map((line) => html`<p>${line}</p>`)}</div>` : ''}
${content}
</div>`,
    );
  }

  const sessionField = (ctx: WinjCtx) => hiddenField('hid_session', ctx.session.id);
  const sessionOk = (ctx: WinjCtx) => ctx.form.get('hid_session') === ctx.session.id;
  const sessionError = (ctx: WinjCtx) => ctx.page(layout(ctx, 'エラー', html`<p><a href="${paths.top}">トップへ戻る</a></p>`, [SESSION_ERROR]));

  /** One entry of a list page. */
  function entry(record: CatalogueRecord, lines: (string | SafeHtml)[], options: { check?: SafeHtml; after?: SafeHtml } = {}): SafeHtml {
    return html`<li>${options.check ? html`<div class="column check">${options.check}</div>` : ''}
<div class="lyt-image image-small"><span class="image">${record.media}</span></div>
<div class="column info">
<h3 class="link-image"><b>${record.media}</b> <a href="${`${paths.detail}?bibid=${record.id}`}"><span class="title">${fullTitle(record)}</span></a></h3>
${lines.map((line) => html`<p>${line}</p>`)}
</div>${options.after ?? ''}</li>
`;
  }

  function list(entries: SafeHtml[]): SafeHtml {
    if (entries.length === 0) return html`<p class="empty">${EMPTY}</p>`;
    return html`<h2 class="nav-hdg">1 ～ ${entries.length} 件（全${entries.length} 件）</h2>
<ol class="list-book result hook-check-all">
${entries}</ol>`;
  }

  function copyStatus(copy: Copy): string {
    if (copy.restriction) return '館内閲覧のみ';
    return ({ shelf: '在庫', loan: '貸出中', held: '予約確保', ill: '貸出中', missing: '所在不明' } as const)[copy.status];
  }

  // ---- search ------------------------------------------------------------------------------------------

  function searchForm(ctx: WinjCtx): SafeHtml {
    return html`<form method="get" action="${paths.results}" name="SearchForm">
<p><label for="txt_word">キーワード</label> <input type="text" name="txt_word" id="txt_word" value="${ctx.query.get('txt_word') ?? ''}">
<input type="submit" name="submit_btn_searchEasy" value="検索"></p>
</form>`;
  }

  function topPage(ctx: WinjCtx) {
    return ctx.page(layout(ctx, '蔵書検索', html`<h2>かんたん検索</h2>${searchForm(ctx)}`));
  }

  function resultsPage(ctx: WinjCtx) {
    const keyword = ctx.query.get('txt_word');
    if (!hasCriteria({ keyword })) return ctx.page(layout(ctx, '蔵書検索', searchForm(ctx), ['検索条件を入力してください。']));
    const records = searchCatalogue(ctx.state, { keyword });
    ctx.session.data.results = records.map((r) => r.id);
    const entries = records.map((record, i) =>
      entry(
        record,
        [record.author, `${record.publisher} ${record.year}`, `所蔵:${ctx.state.copiesOf(record.id).map(copyStatus).join('/')}`, `予約:${ctx.state.queueSize(record.id)}件`],
        { check: ctx.state.isLendable(record.id) ? html`<input type="checkbox" name="chk_check" value="${i}">` : undefined },
      ),
    );
    return ctx.page(
      layout(
        ctx,
        '検索結果一覧',
        html`${searchForm(ctx)}
<form method="post" action="${paths.results}" name="PageForm">${sessionField(ctx)}
${list(entries)}
${records.length > 0 ? html`<p class="btn-area"><input type="submit" name="submit_btn_rsv_basket" value="${words.basketButton}"></p>` : ''}
</form>`,
      ),
    );
  }

  /** Into the basket; a visitor who is not logged in authenticates first and then sees the basket. */
  function toBasket(ctx: WinjCtx, recordIds: string[], back: string): PageResult {
    if (recordIds.length === 0) {
      ctx.flash(NOTHING_CHOSEN);
      return ctx.redirect(back);
    }
    const result = addToCart(ctx, recordIds, style.cartMax);
    if (result.full.length > 0) ctx.flash(style.cartFullMessage);
    return ctx.patron ? ctx.redirect(paths.basket) : ctx.requireLogin(paths.basket);
  }

  function resultsAction(ctx: WinjCtx) {
    if (!sessionOk(ctx)) return sessionError(ctx);
    const results = ctx.session.data.results;
    const chosen = ctx.form.getAll('chk_check').flatMap((index) => results[Number(index)] ?? []);
    return toBasket(ctx, chosen, paths.top);
  }

  function detailPage(ctx: WinjCtx) {
    const record = findRecord(ctx.query.get('bibid') ?? '');
    if (!record) return ctx.page(layout(ctx, '資料詳細', html``, ['該当する資料がありません。']), 404);
    const copies = ctx.state.copiesOf(record.id);
    const lendable = ctx.state.isLendable(record.id);
    return ctx.page(
      layout(
        ctx,
        '資料詳細',
        html`<table class="tbl-04">
<tr><th>本タイトル</th><td>${fullTitle(record)}</td></tr>
<tr><th>著者</th><td>${record.author}</td></tr>
<tr><th>出版者</th><td>${record.publisher}</td></tr>
<tr><th>出版年</th><td>${record.year}</td></tr>
<tr><th>ISBN(13桁)</th><td>${record.isbn ?? ''}</td></tr>
<tr><th>資料区分</th><td>${record.media}</td></tr>
<tr><th>予約数</th><td>${ctx.state.queueSize(record.id)}件</td></tr>
</table>
<h2>所蔵一覧</h2>
<table class="tbl-holding"><tr><th>No.</th><th>所蔵館</th><th>資料番号</th><th>請求記号</th><th>状態</th></tr>
${copies.map((c, i) => html`<tr><td>${i + 1}</td><td>${c.location}</td><td>${c.id}</td><td>${c.callNumber}</td><td>${copyStatus(c)}</td></tr>
`)}</table>
${
  lendable
    ? html`<form method="post" action="${`${paths.detail}?bibid=${record.id}`}" name="PageForm">${sessionField(ctx)}${hiddenField('hid_bibid', record.id)}
<p class="btn-area"><input type="submit" name="submit_btn_rsv_basket" value="${words.basketButton}"></p></form>`
    : html`<p>この資料は予約できません。</p>`
}`,
      ),
    );
  }

  function detailAction(ctx: WinjCtx) {
    if (!sessionOk(ctx)) return sessionError(ctx);
    const id = ctx.form.get('hid_bibid') ?? '';
    return toBasket(ctx, findRecord(id) ? [id] : [], `${paths.detail}?bibid=${id}`);
  }

  // ---- basket and reservation -----------------------------------------------------------------------------

  function selectRow(select: WinjSelect, selected?: string): SafeHtml {
    return html`<tr><th><label for="${select.name}">${select.label}</label></th><td><select name="${select.name}" id="${select.name}">${select.options.map(
      (o, i) => html`<option value="${String(i)}"${o === selected ? html` selected` : ''}>${o}</option>`,
    )}</select></td></tr>`;
  }

  function basketPage(ctx: WinjCtx) {
    const cart = ctx.cart();
    const pickups = ctx.library.pickupLocations;
    const entries = cart.map((e) => {
      const record = findRecord(e.recordId)!;
      return entry(record, [record.author, `${record.publisher} ${record.year}`, `予約:${ctx.state.queueSize(record.id)}件`], {
        check: html`<input type="checkbox" name="chk_check" value="${record.id}" checked>`,
      });
    });
    const content =
      cart.length === 0
        ? html`<p class="empty">${EMPTY}</p>`
        : html`<form method="post" action="${paths.basket}" name="PageForm">${sessionField(ctx)}${hiddenField('hid_aplph', 'W')}
${list(entries)}
<table class="tbl-02">
<tr><th><label for="cmb_area">${words.pickupLabel}</label></th><td><select name="cmb_area" id="cmb_area">${pickups.map(
            (p, i) => html`<option value="${pickupCode(i)}">${p}</option>`,
          )}</select></td></tr>
${style.contact ? selectRow(style.contact) : ''}
${style.extraSelects.map((s) => selectRow(s))}
</table>
<p class="btn-area"><input type="submit" name="submit_btn_reservation" value="${words.reserveButton}"> <input type="submit" name="submit_btn_delete" value="削除"></p>
</form>`;
    return ctx.page(layout(ctx, '予約かご', html`${style.notes.basket}${content}`));
  }

  function basketAction(ctx: WinjCtx) {
    if (!sessionOk(ctx)) return sessionError(ctx);
    const chosen = inCart(ctx, ctx.form.getAll('chk_check'));
    if (chosen.length === 0) {
      ctx.flash(NOTHING_CHOSEN);
      return ctx.redirect(paths.basket);
    }
    if (ctx.form.get('submit_btn_delete') !== undefined) {
      ctx.state.removeFromCart(ctx.cart(), chosen);
      ctx.flash('予約かごから削除しました。');
      return ctx.redirect(paths.basket);
    }
    const pickups = ctx.library.pickupLocations;
    const pick = (select: WinjSelect) => choice(select.options, select.options[Number(ctx.form.get(select.name))]);
    ctx.session.data.pending = {
      recordIds: chosen,
      pickup: choice(pickups, pickups[Number(ctx.form.get('cmb_area')) - 1]),
      contact: style.contact ? pick(style.contact) : '',
      extras: style.extraSelects.map(pick),
    };
    return ctx.redirect(paths.confirm);
  }

  function pendingTable(ctx: WinjCtx): SafeHtml {
    const pending = ctx.session.data.pending!;
    return html`<table class="tbl-02">
<tr><th>${words.pickupLabel}</th><td>${pending.pickup}</td></tr>
${style.contact ? html`<tr><th>${style.contact.label}</th><td>${pending.contact}</td></tr>` : ''}
${style.extraSelects.map((s, i) => html`<tr><th>${s.label}</th><td>${pending.extras[i]}</td></tr>`)}
</table>`;
  }

  function confirmPage(ctx: WinjCtx) {
    const pending = ctx.session.data.pending;
    if (!pending) return ctx.redirect(paths.basket);
    const entries = pending.recordIds.map((id) => {
      const record = findRecord(id)!;
      return entry(record, [record.author, `${record.publisher} ${record.year}`]);
    });
    return ctx.page(
      layout(
        ctx,
        words.confirmHeading,
        html`<p>以下の内容で予約します。よろしければ「${words.confirmButton}」ボタンを押してください。</p>
${list(entries)}${pendingTable(ctx)}
<form method="post" action="${paths.confirm}" name="PageForm">${sessionField(ctx)}${hiddenField('hid_aplph', 'W')}
<p class="btn-area"><input type="submit" name="submit_btn_confirm" value="${words.confirmButton}"> <a href="${paths.basket}">戻る</a></p>
</form>`,
      ),
    );
  }

  function confirmAction(ctx: WinjCtx) {
    if (!sessionOk(ctx)) return sessionError(ctx);
    const pending = ctx.session.data.pending;
    if (!pending) return ctx.redirect(paths.basket);
    ctx.session.data.pending = null;
    const outcome = reserveFromCart(
      ctx,
      pending.recordIds.map((recordId) => ({ recordId })),
      pending.pickup,
      pending.contact,
    );
    const placed = outcome.placed.map((h) => entry(findRecord(h.recordId)!, [`${words.pickupLine}:${h.pickup}`]));
    const content = html`<form method="post" action="${paths.holds}" name="PageForm">${sessionField(ctx)}
${placed.length > 0 ? html`<p>以下のタイトルについて予約を行いました。</p>${list(placed)}` : ''}
</form>
${outcome.refused.map((r) => html`<div class="report"><p>${r.title}</p><p>理由:${r.message}</p></div>`)}
<p><a href="${paths.holds}">予約状況一覧へ</a></p>`;
    return ctx.page(layout(ctx, '予約結果', content));
  }

  // ---- my library --------------------------------------------------------------------------------------

  function myLibraryPage(ctx: WinjCtx) {
    const card = ctx.patron!.card;
    return ctx.page(
      layout(
        ctx,
        words.myLibrary,
        html`<ul class="menu-mylib">
<li><a href="${paths.loans}">貸出状況一覧</a> (${ctx.state.loansOf(card).length}件)</li>
<li><a href="${paths.holds}">予約状況一覧</a> (${ctx.state.activeHoldsOf(card).length}件)</li>
<li><a href="${paths.basket}">予約かご</a> (${ctx.cart().length}件)</li>
</ul>`,
      ),
    );
  }

  function holdsPage(ctx: WinjCtx) {
    const fallback = style.contact?.options[0] ?? '';
    const entries = ctx.state.activeHoldsOf(ctx.patron!.card).map((hold) => {
      const record = findRecord(hold.recordId)!;
      const lines = [
        `予約日:${slashDate(hold.reservedOn)}`,
        `${words.pickupLine}:${hold.pickup}`,
        ...(style.contact ? [`連絡方法:${hold.contact ?? fallback}`] : []),
        ...style.holdStatus(ctx, hold),
      ];
      const cancel = canCancel(ctx, hold)
        ? html`<form method="post" action="${paths.cancel}" class="cancel">${sessionField(ctx)}${hiddenField('hid_rsvid', hold.id)}<input type="submit" name="submit_btn_cancel" value="${words.cancelButton}"></form>`
        : undefined;
      return entry(record, lines, { after: cancel });
    });
    return ctx.page(layout(ctx, '予約状況一覧', html`${style.notes.holds}${list(entries)}`));
  }

  function cancelAction(ctx: WinjCtx) {
    if (!sessionOk(ctx)) return sessionError(ctx);
    const outcome = ctx.state.cancel(ctx.patron!.card, ctx.form.get('hid_rsvid') ?? '');
    ctx.flash(outcome.done ? `予約を取り消しました。（${titleOf(outcome.hold.recordId)}）` : refusalLines(style.holdActionWords, outcome.blocks).join(''));
    return ctx.redirect(paths.holds);
  }

  function blockText(blocks: RenewalBlock[]): string {
    return `延長できません（${blocks.map((b) => style.blockLabels[b]).join('、')}）`;
  }

  function loansPage(ctx: WinjCtx) {
    const entries = ctx.state.loansOf(ctx.patron!.card).map((loan) => {
      const record = findRecord(loan.recordId)!;
      const blocks = loanBlocks(ctx, loan);
      const due = slashDate(loan.due);
      const lines = [
        `貸出日:${slashDate(loan.lentOn)}`,
        loan.due < ctx.today ? html`返却予定日:${due} <span class="icon-delay">延滞</span>` : `返却予定日:${due}`,
        `貸出館:${loan.pickup}`,
        `延長回数:${loan.renewals}回`,
        ...(blocks.length > 0 ? [blockText(blocks)] : []),
      ];
      const renew =
        blocks.length === 0
          ? html`<form method="post" action="${paths.renew}" class="extension">${sessionField(ctx)}${hiddenField('hid_lendid', loan.id)}<input type="submit" name="submit_btn_extension" value="${words.renewButton}"></form>`
          : undefined;
      return entry(record, lines, { after: renew });
    });
    return ctx.page(layout(ctx, '貸出状況一覧', html`${style.notes.loans}${list(entries)}`));
  }

  function renewRefusal(ctx: WinjCtx, loan: Loan | undefined, blocks: RenewalBlock[]) {
    const lines = ['この資料は貸出延長できません。', ...(loan ? [blockText(blocks)] : [])];
    return ctx.page(layout(ctx, '貸出延長', html`<p><a href="${paths.loans}">貸出状況一覧へ戻る</a></p>`, lines));
  }

  function renewAction(ctx: WinjCtx) {
    if (!sessionOk(ctx)) return sessionError(ctx);
    const loan = patronLoan(ctx, ctx.form.get('hid_lendid'));
    if (!loan) return renewRefusal(ctx, undefined, []);
    if (ctx.form.get('submit_btn_confirm') !== undefined) {
      const result = renewLoan(ctx, loan);
      if ('blocks' in result) return renewRefusal(ctx, loan, result.blocks);
      const content = html`<form method="post" action="${paths.loans}" name="PageForm"><p>以下の資料の貸出延長を行いました。</p>
${list([entry(findRecord(loan.recordId)!, [`返却予定日:${slashDate(result.due)}`])])}</form>
<p><a href="${paths.loans}">貸出状況一覧へ戻る</a></p>`;
      return ctx.page(layout(ctx, '貸出延長', content));
    }
    const blocks = loanBlocks(ctx, loan);
    if (blocks.length > 0) return renewRefusal(ctx, loan, blocks);
    const newDue = renewedDue(ctx.library.rules.renewal!, loan, ctx.today, findRecord(loan.recordId)!.shortLoan);
    const content = html`<p>以下の資料の貸出を延長します。よろしければ「延長する」ボタンを押してください。</p>
${list([entry(findRecord(loan.recordId)!, [`返却予定日:${slashDate(loan.due)}`, `延長後の返却予定日:${slashDate(newDue)}`])])}
<form method="post" action="${paths.renew}" name="PageForm">${sessionField(ctx)}${hiddenField('hid_lendid', loan.id)}
<p class="btn-area"><input type="submit" name="submit_btn_confirm" value="延長する"> <a href="${paths.loans}">戻る</a></p></form>`;
    return ctx.page(layout(ctx, '貸出延長確認', content));
  }

  // ---- login -------------------------------------------------------------------------------------------

  function loginPage(ctx: WinjCtx, error: string | null): SafeHtml {
    return layout(
      ctx,
      words.loginHeading,
      html`<p>${words.cardLabel}とパスワードを入力して、「ログイン(認証)」ボタンを押してください。</p>
<form method="post" action="${paths.login}" name="LoginForm">${sessionField(ctx)}
<table class="tbl-02">
<tr><th><label for="usercd">${words.cardLabel}</label></th><td><input type="text" name="txt_usercd" id="usercd" value=""></td></tr>
<tr><th><label for="password">パスワード</label></th><td><input type="password" name="txt_password" id="password" value=""></td></tr>
</table>
<p class="btn-area"><input type="submit" name="submit_btn_login" value="ログイン(認証)"></p>
</form>`,
      error ? [error] : [],
    );
  }

  /** `login.do?dispatch=/opac/reserve-list.do` remembers where to go after login. */
  function loginGet(ctx: WinjCtx) {
    const dispatch = ctx.query.get('dispatch');
    if (style.dispatchPrefix && dispatch?.startsWith('/opac/')) ctx.session.returnTo = `${style.dispatchPrefix}${dispatch}`;
    if (ctx.patron && ctx.session.returnTo) return ctx.redirect(ctx.takeReturnTo(paths.myLibrary));
    return ctx.page(loginPage(ctx, null));
  }

  return [
    { method: 'GET', path: paths.login, handle: loginGet },
    ...loginRoutes<WinjSession>({
      path: paths.login,
      cardField: 'txt_usercd',
      passwordField: 'txt_password',
      home: paths.myLibrary,
      logoutPath: paths.logout,
      afterLogout: paths.top,
      render: loginPage,
      failureMessage: `${words.cardLabel}またはパスワードが正しくありません。`,
    }),
    { method: 'GET', path: paths.top, handle: topPage },
    { method: 'GET', path: paths.results, handle: resultsPage },
    { method: 'POST', path: paths.results, handle: resultsAction },
    { method: 'GET', path: paths.detail, handle: detailPage },
    { method: 'POST', path: paths.detail, handle: detailAction },
    { method: 'GET', path: paths.basket, auth: true, handle: basketPage },
    { method: 'POST', path: paths.basket, auth: true, handle: basketAction },
    { method: 'GET', path: paths.confirm, auth: true, handle: confirmPage },
    { method: 'POST', path: paths.confirm, auth: true, handle: confirmAction },
    { method: 'GET', path: paths.myLibrary, auth: true, handle: myLibraryPage },
    { method: 'GET', path: paths.holds, auth: true, handle: holdsPage },
    { method: 'POST', path: paths.cancel, auth: true, handle: cancelAction },
    { method: 'GET', path: paths.loans, auth: true, handle: loansPage },
    { method: 'POST', path: paths.renew, auth: true, handle: renewAction },
  ];
}

/** The parts of a winj library definition the kit decides. */
export function winjDefinition(
  fields: Omit<LibraryDefinition<WinjSession>, 'routes' | 'newSessionData' | 'homePath' | 'loginPath'>,
  style: WinjStyle,
): LibraryDefinition<WinjSession> {
  return {
    ...fields,
    homePath: style.paths.top,
    loginPath: style.paths.login,
    newSessionData: newWinjSession,
    routes: winjRoutes(style, fields.name),
  };
}
