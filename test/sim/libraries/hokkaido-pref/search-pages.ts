import { findRecord, fullTitle } from '../../core/catalogue';
import { hiddenField } from '../../core/forms';
import { html } from '../../core/html';
import type { Route } from '../../core/library';
import { hasCriteria, searchCatalogue, type SearchCriteria } from '../../core/search';
import type { Copy } from '../../core/state/types';
import { bibTable, layout } from './layout';
import { detailPath, PATHS, recordIdOf, type Ctx, type HokkaidoSession } from './session';

const FIELDS: [keyof SearchCriteria, string][] = [
  ['title', '書名キーワード'],
  ['author', '著者名'],
  ['publisher', '出版者'],
  ['isbn', 'ISBN/ISSN'],
  ['barcode', '資料番号'],
];

function searchForm(ctx: Ctx) {
  return html`<form method="get" action="${PATHS.results}">
<p>簡易検索 詳細検索 フリーワード</p>
<p>検索するキーワードを入力してください</p>
<table>${FIELDS.map(
    ([name, label]) => html`<tr><th>${label}</th><td><input type="text" name="${name}" value="${ctx.query.get(name) ?? ''}"></td></tr>`,
  )}</table>
<input type="submit" value="検索"> <input type="reset" value="条件クリア">
</form>`;
}

/** 状態 of one copy in the guide's words; items that cannot leave the building show their restriction. */
function copyStatus(copy: Copy): string {
  if (copy.restriction) return copy.restriction;
  const labels = { shelf: '在架', loan: '貸出中', held: '貸出中', ill: '協力', missing: '所在不明' } as const;
  return labels[copy.status];
}

function searchPage(ctx: Ctx) {
  return ctx.page(layout(ctx, '蔵書検索', html`<h2>蔵書検索</h2>${searchForm(ctx)}`));
}

function resultsPage(ctx: Ctx) {
  const criteria = Object.fromEntries(FIELDS.map(([name]) => [name, ctx.query.get(name)])) as SearchCriteria;
  if (!hasCriteria(criteria)) {
    return ctx.page(layout(ctx, '蔵書検索', html`<h2>蔵書検索</h2><p class="error">検索条件を入力してください。</p>${searchForm(ctx)}`));
  }
  const records = searchCatalogue(ctx.state, criteria);
  return ctx.page(
    layout(
      ctx,
      '検索結果一覧',
      html`<h2>検索結果一覧</h2><p>検索結果 ${records.length}件</p>
<table class="list"><tr><th>番号</th><th>タイトル</th><th>著者名</th><th>出版者</th><th>出版年</th><th>資料の種類</th></tr>
${records.map(
  (r, i) => html`<tr><td>${i + 1}</td><td><a href="${detailPath(r.id)}">${fullTitle(r)}</a></td><td>${r.author}</td><td>${r.publisher}</td><td>${r.year}</td><td>${r.media}</td></tr>
`,
)}</table>`,
    ),
  );
}

function detailPage(ctx: Ctx) {
  const record = findRecord(recordIdOf(ctx.url.split('?')[0]!) ?? '');
  if (!record) return ctx.page(layout(ctx, '所蔵情報', html`<p class="error">該当する資料がありません。</p>`), 404);
  const copies = ctx.state.copiesOf(record.id);
  const inCart = ctx.patron?.cart.some((e) => e.recordId === record.id) ?? false;
  // FAQ ④: no button for 禁帯/館内/館短 items, nor for items already in the cart.
  const canAdd = ctx.state.isLendable(record.id) && !inCart;
  return ctx.page(
    layout(
      ctx,
      '所蔵情報',
      html`<h2>所蔵情報</h2>${bibTable(record)}
<h3>所蔵</h3>
<table class="holdings"><tr><th>番号</th><th>資料番号</th><th>所蔵場所</th><th>請求記号</th><th>状態</th></tr>
${copies.map((c, i) => html`<tr><td>${i + 1}</td><td>${c.id}</td><td>${c.location}</td><td>${c.callNumber}</td><td>${copyStatus(c)}</td></tr>
`)}</table>
<h3>貸出情報</h3>
<div class="lending">${
        canAdd
          ? html`<form method="post" action="${PATHS.cartAdd}">${hiddenField('bib', record.id)}<input type="submit" value="予約カート"></form>`
          : ''
      }<span class="count">予約数 ${ctx.state.queueSize(record.id)}件</span></div>`,
    ),
  );
}

function addToCart(ctx: Ctx) {
  const record = findRecord(ctx.form.get('bib') ?? '');
  if (!record || !ctx.state.isLendable(record.id)) return ctx.redirect(PATHS.search);
  if (ctx.state.addToCart(ctx.cart(), { recordId: record.id, pickup: ctx.library.pickupLocations[0]! })) {
    ctx.flash('予約カートに追加しました。');
  }
  return ctx.redirect(detailPath(record.id));
}

export const searchRoutes: Route<HokkaidoSession>[] = [
  { method: 'GET', path: PATHS.search, handle: searchPage },
  { method: 'GET', path: PATHS.results, handle: resultsPage },
  { method: 'GET', path: PATHS.detail, prefix: true, handle: detailPage },
  { method: 'POST', path: PATHS.cartAdd, auth: true, handle: addToCart },
];
