import { findRecord, fullTitle, type CatalogueRecord } from '../../core/catalogue';
import { hiddenField } from '../../core/forms';
import { html } from '../../core/html';
import type { Route } from '../../core/library';
import { searchCatalogue } from '../../core/search';
import type { Copy } from '../../core/state/types';
import { addToCart } from '../shared-reserve';
import { page, refuseForgedPost } from './layout';
import { CART_MAX } from './rules';
import { ACTIONS, recordIdOf, SCREENS, tilcodOf, type Ctx, type LicsxpSession } from './session';

export const kindOf = (record: CatalogueRecord) => (record.media === '図書' ? (record.ndc === 'E' ? '児童図書' : '一般図書') : '視聴覚資料');

function searchFormPage(ctx: Ctx) {
  return ctx.page(
    page(ctx, {
      title: 'かんたん検索',
      screen: SCREENS.searchForm,
      body: html`<h1>かんたん検索</h1>
<ul class="read"><li>探したい資料のキーワードを入力して「検索」を押してください。</li></ul>
<div class="main"><label for="condition1Text">キーワード</label> <input type="text" name="condition1Text" id="condition1Text" value="" size="40">
<input type="button" class="button exec" value="検索" onclick="javascript:searchExec();"></div>`,
    }),
  );
}

function availability(ctx: Ctx, record: CatalogueRecord): string {
  return ctx.state.copiesOf(record.id).some((c) => c.status === 'shelf' && c.restriction === null) ? '在庫あり' : '貸出中';
}

/** かんたん検索 results: one `div.doc` per title with カートへ追加 and いますぐ予約 (revealed by script). */
function resultsPage(ctx: Ctx) {
  const forged = refuseForgedPost(ctx, [SCREENS.searchForm, SCREENS.results]);
  if (forged) return ctx.page(forged);
  const keyword = (ctx.form.get('condition1Text') ?? ctx.query.get('condition1Text') ?? '').trim();
  const records = keyword ? searchCatalogue(ctx.state, { keyword }) : [];
  const docs = records.map((record, i) => {
    const n = i + 1;
    const tilcod = tilcodOf(record.id);
    const href = `${ACTIONS.detailFromList.replace('/licsxp-opac/', '')}?urlNotFlag=1&tilcod=${tilcod}`;
    const lendable = ctx.state.isLendable(record.id);
    return html`<div class="doc">
<div class="doc-thumbnail"><a href="${href}" onclick="${`javascript:toDetail("${tilcod}");return false;`}"><img class="thumbnail" src="lbcommon/webopac/img/book.png" width="80" height="80" alt="${kindOf(record)}"><span class="godetail">詳しく見る</span></a></div>
<div class="doc-info">
<div class="doc-title"><a href="${href}" onclick="${`javascript:toDetail("${tilcod}");return false;`}">${fullTitle(record)}</a></div>
<div class="doc-writer">${record.author}　${record.publisher}　${record.year}</div>
<div class="doc-available">貸出可否：<span id="${`LendFlg${n}`}">${lendable ? availability(ctx, record) : '貸出不可'}</span></div>
<div class="doc-execs">${
      lendable
        ? html`<div id="${`yoycartButton${n}`}" style="display:none;"><input type="button" onclick="${`javascript:inYoyCart('${tilcod}')`}" class="button exec" value="カートへ追加" title="予約候補としてカートに入れます"></div>`
        : ''
    }</div>
</div>
</div>
`;
  });
  return ctx.page(
    page(ctx, {
      title: '検索結果一覧',
      screen: SCREENS.results,
      body: html`${hiddenField('tilcod', '')}<h1>検索結果一覧</h1>
<ul class="read"><li>検索結果は&nbsp;<span class="large force">${records.length}</span>&nbsp;件です。</li></ul>
<div class="main">${docs}</div>`,
    }),
  );
}

function copyStatus(copy: Copy): [string, string, string] {
  if (copy.restriction) return ['禁帯出', '在庫', '×'];
  const status = ({ shelf: '在庫', loan: '貸出中', held: '予約棚', ill: '貸出中', missing: '不明' } as const)[copy.status];
  return ['帯出可', status, copy.status === 'shelf' ? '○' : '×'];
}

function detailPage(ctx: Ctx, screen: string) {
  const tilcod = ctx.query.get('tilcod') ?? ctx.query.get('hTilcod') ?? ctx.query.get('para') ?? ctx.form.get('tilcod');
  const record = findRecord(recordIdOf(tilcod));
  if (!record) return ctx.page(page(ctx, { title: 'エラー', screen, messages: ['該当する資料がありません。'], body: html`` }), 404);
  const copies = ctx.state.copiesOf(record.id);
  const queue = ctx.state.queueSize(record.id);
  const code = tilcodOf(record.id);
  const lendable = ctx.state.isLendable(record.id);
  const body = html`${hiddenField('execflg', '')}${hiddenField('yoy_directtilcod', code)}${hiddenField('tilcod', code)}
<h1>検索結果書誌詳細</h1>
<ul class="read"><li> 書誌の詳細です。 現在、予約しているのは <span class="large notice"> ${queue} </span> 件です。 </li>
${lendable ? html`<li> 下にある「予約カートに入れる」を押すと予約カートに追加できます。 </li>` : ''}</ul>
<div class="main">
<div class="detail-block" id="stockinfo"><h2>蔵書情報</h2>
<table class="info" cellpadding="0" cellspacing="0" border="0" summary="蔵書情報"><tbody><tr>
<th abbr="所蔵数">所蔵数</th><td class="a-right large">${copies.length}</td>
<th abbr="在庫数">在庫数</th><td class="a-right large">${copies.filter((c) => c.status === 'shelf').length}</td>
<th abbr="予約数">予約数</th><td class="a-right large">${queue}</td>
<th abbr="発注数">発注数</th><td class="a-right large">0</td></tr></tbody></table></div>
<div class="detail-block bookinfo"><h2>書誌情報サマリ</h2>
<table class="info" cellpadding="0" cellspacing="0" border="0" summary="詳細情報"><tbody>
<tr><th>書名</th><td><h3>${fullTitle(record)}</h3></td></tr>
<tr><th>著者名</th><td>${record.author}</td></tr>
<tr><th>出版者</th><td>${record.publisher}</td></tr>
<tr><th>出版年月</th><td>${record.year}</td></tr>
<tr><th>ＩＳＢＮ</th><td>${record.isbn ?? ''}</td></tr>
</tbody></table></div>
${
  lendable
    ? html`<div class="detail-block"><div class="ex-navi"><input id="yoyb" tabindex="101" type="button" class="button exec large" onclick="${`javascript:inYoyCart(${code})`}" value="予約カートに入れる"></div></div>`
    : ''
}
<div class="detail-block"><h2>資料情報</h2>
<table class="list" cellpadding="0" cellspacing="0" border="0" summary="資料情報２">
<thead><tr><th scope="col">No.</th><th scope="col">所蔵館</th><th scope="col">資料番号</th><th scope="col">資料種別</th><th scope="col">請求記号</th><th scope="col">配架場所</th><th scope="col">帯出区分</th><th scope="col">状態</th><th scope="col">貸出</th></tr></thead>
<tbody>${copies.map((c, i) => {
    const [lend, status, mark] = copyStatus(c);
    return html`<tr><th scope="col">${i + 1}</th><td>${c.location}</td><td>${c.id}</td><td>${kindOf(record)}</td><td>${c.callNumber}</td><td>一般開架</td><td class="a-center">${lend}</td><td class="a-center">${status}</td><td class="a-center">${mark}</td></tr>
`;
  })}</tbody></table></div>
</div>`;
  return ctx.page(page(ctx, { title: '検索結果書誌詳細', screen, body }));
}

/**
 * The cart actions of the detail and list screens: LBForm's `tilcod` goes into the cart (10 titles at most) and
 * the cart shows. A visitor goes to the login screen first, and the title is added after login.
 */
function cartAdd(screens: string[]) {
  return (ctx: Ctx) => {
    const forged = refuseForgedPost(ctx, screens);
    if (forged) return ctx.page(forged);
    const recordId = recordIdOf(ctx.form.getAll('tilcod').filter((t) => t !== '').pop());
    if (!findRecord(recordId)) return ctx.redirect(ACTIONS.searchForm);
    if (!ctx.patron) {
      ctx.session.data.pendingCart = recordId;
      return ctx.redirect(`${ACTIONS.login}?subSystemFlag=0`);
    }
    return addPendingToCart(ctx, recordId);
  };
}

/** Adds a title to the patron's cart and shows the cart, with the outcome as a message. */
export function addPendingToCart(ctx: Ctx, recordId: string) {
  const result = addToCart(ctx, [recordId], CART_MAX);
  if (result.full.length > 0) ctx.flash(`予約カートに登録できるのは${CART_MAX}件までです。`);
  else if (result.notLendable.length > 0) ctx.flash('この資料は予約できません。');
  else ctx.flash('予約カートに追加しました。');
  return ctx.redirect(`${ACTIONS.cart}?yoyCmtknjFlg=1`);
}

export const searchRoutes: Route<LicsxpSession>[] = [
  { method: 'GET', path: ACTIONS.searchForm, handle: searchFormPage },
  { method: 'GET', path: ACTIONS.searchExec, handle: resultsPage },
  { method: 'POST', path: ACTIONS.searchExec, handle: resultsPage },
  ...[ACTIONS.detailFromList, ACTIONS.detailFromHolds, ACTIONS.detailFromLoans].map(
    (path): Route<LicsxpSession> => ({ method: 'GET', path, handle: (ctx) => detailPage(ctx, SCREENS.detail) }),
  ),
  { method: 'GET', path: ACTIONS.detailPermalink, handle: (ctx) => detailPage(ctx, SCREENS.detail2) },
  { method: 'POST', path: ACTIONS.cartAddDetail, handle: cartAdd([SCREENS.detail]) },
  { method: 'POST', path: ACTIONS.cartAddDetail2, handle: cartAdd([SCREENS.detail2]) },
  { method: 'POST', path: ACTIONS.cartAddEasyList, handle: cartAdd([SCREENS.results]) },
];
