import { findRecord, fullTitle, type CatalogueRecord } from '../../core/catalogue';
import { hiddenField } from '../../core/forms';
import { html, type SafeHtml } from '../../core/html';
import type { Route } from '../../core/library';
import { hasCriteria, searchCatalogue, type SearchCriteria } from '../../core/search';
import type { Copy } from '../../core/state/types';
import { addToCart } from '../shared-reserve';
import { layout } from './layout';
import { BASE, PATHS, type Ctx, type MitoSession } from './session';

const DETAIL_FIELDS: [keyof SearchCriteria, string][] = [
  ['title', '書名'],
  ['author', '著者名'],
  ['publisher', '出版者'],
  ['isbn', 'ISBN'],
];

function easyForm(ctx: Ctx): SafeHtml {
  return html`<form method="get" action="${PATHS.results}">
<p><label>キーワード <input type="text" name="keyword" value="${ctx.query.get('keyword') ?? ''}"></label> <input type="submit" value="検索"></p>
</form>`;
}

function detailForm(ctx: Ctx): SafeHtml {
  return html`<form method="get" action="${PATHS.results}">
<table class="search">${DETAIL_FIELDS.map(
    ([name, label]) => html`<tr><th>${label}</th><td><input type="text" name="${name}" value="${ctx.query.get(name) ?? ''}"></td></tr>`,
  )}</table>
<p><input type="submit" value="検索"></p>
</form>`;
}

function copyStatus(copy: Copy): string {
  if (copy.restriction) return '館内閲覧';
  return ({ shelf: '在架', loan: '貸出中', held: '予約確保', ill: '貸出中', missing: '調査中' } as const)[copy.status];
}

const mediaLabel = (record: CatalogueRecord) => (record.media === '図書' ? '図書' : '視聴覚');

/** The checkbox form around results and details: 「予約したい資料にチェックし、「カートに入れる」」. */
function cartForm(ctx: Ctx, inner: SafeHtml): SafeHtml {
  return html`<form method="post" action="${PATHS.cartAdd}">${hiddenField('back', ctx.url)}
${inner}
<p><input type="submit" value="カートに入れる"></p>
</form>`;
}

function resultsPage(ctx: Ctx) {
  const criteria = Object.fromEntries(['keyword', ...DETAIL_FIELDS.map(([n]) => n)].map((n) => [n, ctx.query.get(n)])) as SearchCriteria;
  if (!hasCriteria(criteria)) return ctx.page(layout(ctx, '簡単検索', easyForm(ctx), '検索条件を入力してください。'));
  const records = searchCatalogue(ctx.state, criteria);
  const rows = records.map((r, i) => {
    const check = ctx.state.isLendable(r.id) ? html`<input type="checkbox" name="id" value="${r.id}">` : '';
    return html`<tr><td>${check}</td><td>${i + 1}</td><td><a href="${ctx.link(PATHS.book, { id: r.id })}">${fullTitle(r)}</a></td><td>${r.author}</td><td>${r.publisher}</td><td>${r.year}</td><td>${mediaLabel(r)}</td><td>${ctx.state
      .copiesOf(r.id)
      .map(copyStatus)
      .join(' ')}</td><td>${ctx.state.queueSize(r.id)}</td></tr>
`;
  });
  const table = html`<p>${records.length}件ヒットしました。</p>
<table class="list"><tr><th>選択</th><th>No.</th><th>書名</th><th>著者名</th><th>出版者</th><th>出版年</th><th>資料区分</th><th>状態</th><th>予約数</th></tr>
${rows}</table>`;
  return ctx.page(layout(ctx, '検索結果一覧', records.length > 0 ? cartForm(ctx, table) : table));
}

function bookPage(ctx: Ctx) {
  const record = findRecord(ctx.query.get('id') ?? '');
  if (!record) return ctx.page(layout(ctx, '資料詳細', html``, '該当する資料がありません。'), 404);
  const bib = html`${hiddenField('id', record.id)}<table class="detail">
<tr><th>書名</th><td>${fullTitle(record)}</td></tr><tr><th>著者名</th><td>${record.author}</td></tr>
<tr><th>出版者</th><td>${record.publisher}</td></tr><tr><th>出版年</th><td>${record.year}</td></tr>
<tr><th>ISBN</th><td>${record.isbn ?? ''}</td></tr><tr><th>資料区分</th><td>${mediaLabel(record)}</td></tr>
<tr><th>予約数</th><td>${ctx.state.queueSize(record.id)}</td></tr></table>
<table class="list"><tr><th>所蔵館</th><th>資料番号</th><th>請求記号</th><th>状態</th></tr>
${ctx.state.copiesOf(record.id).map((c) => html`<tr><td>${c.location}</td><td>${c.id}</td><td>${c.callNumber}</td><td>${copyStatus(c)}</td></tr>
`)}</table>`;
  const lendable = ctx.state.isLendable(record.id);
  return ctx.page(layout(ctx, '資料詳細', lendable ? cartForm(ctx, bib) : html`${bib}<p>図書館内での閲覧のみ利用可能な資料です。予約はできません。</p>`));
}

/** 「ログイン後、…検索してください」: a visitor logs in first; the checked titles wait in the cart meanwhile. */
function cartAdd(ctx: Ctx) {
  const back = ctx.form.get('back') ?? PATHS.top;
  const safeBack = back.startsWith(BASE) ? back : PATHS.top;
  const ids = ctx.form.getAll('id');
  if (ids.length === 0) {
    ctx.flash('資料を選択してください。');
    return ctx.redirect(safeBack);
  }
  addToCart(ctx, ids, null);
  if (!ctx.patron) return ctx.requireLogin(PATHS.cart);
  ctx.flash('カートに入れました。利用照会の予約カートから予約してください。');
  return ctx.redirect(safeBack);
}

export const searchRoutes: Route<MitoSession>[] = [
  { method: 'GET', path: PATHS.top, handle: (ctx) => ctx.page(layout(ctx, '簡単検索', easyForm(ctx))) },
  { method: 'GET', path: PATHS.easySearch, handle: (ctx) => ctx.page(layout(ctx, '簡単検索', easyForm(ctx))) },
  { method: 'GET', path: PATHS.detailSearch, handle: (ctx) => ctx.page(layout(ctx, '詳しく探す', detailForm(ctx))) },
  { method: 'GET', path: PATHS.results, handle: resultsPage },
  { method: 'GET', path: PATHS.book, handle: bookPage },
  { method: 'POST', path: PATHS.cartAdd, handle: cartAdd },
];
