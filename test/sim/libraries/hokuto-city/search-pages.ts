import { findRecord, fullTitle, type CatalogueRecord } from '../../core/catalogue';
import { hiddenField, selectBox } from '../../core/forms';
import { html } from '../../core/html';
import type { Route } from '../../core/library';
import { hasCriteria, searchCatalogue, type SearchCriteria } from '../../core/search';
import type { Copy } from '../../core/state/types';
import { layout } from './layout';
import { BASE, PATHS, type Ctx, type HokutoSession } from './session';

const TEXT_FIELDS: [keyof SearchCriteria, string][] = [
  ['keyword', 'キーワード'],
  ['title', '書名'],
  ['author', '著者名'],
  ['publisher', '出版者'],
];
const MEDIA_OPTIONS = ['すべて', '図書', '視聴覚'];

function searchForm(ctx: Ctx) {
  return html`<form method="get" action="${PATHS.results}">
<table>${TEXT_FIELDS.map(
    ([name, label]) => html`<tr><th>${label}</th><td><input type="text" name="${name}" value="${ctx.query.get(name) ?? ''}"></td></tr>`,
  )}
<tr><th>資料区分</th><td>${selectBox('media', MEDIA_OPTIONS, ctx.query.get('media'))}</td></tr></table>
<input type="submit" value="検索">
</form>`;
}

function copyStatus(copy: Copy): string {
  if (copy.restriction) return '館内閲覧のみ';
  const labels = { shelf: '貸出可', loan: '貸出中', held: '取置中', ill: '貸出中', missing: '所在不明' } as const;
  return labels[copy.status];
}

function mediaLabel(record: CatalogueRecord): string {
  return record.media === '図書' ? '図書' : `視聴覚(${record.media})`;
}

/** The checkbox and 受取館 form around a list, the way the guide's steps 1–2 describe it. */
function addToCartForm(ctx: Ctx, inner: ReturnType<typeof html>) {
  return html`<form method="post" action="${PATHS.cartAdd}">${hiddenField('back', ctx.url)}
${inner}
<p>受取館 ${selectBox('pickup', ctx.library.pickupLocations)} <input type="submit" value="予約カートに追加"></p>
</form>`;
}

function resultsPage(ctx: Ctx) {
  const media = ctx.query.get('media');
  const criteria: SearchCriteria = {
    ...Object.fromEntries(TEXT_FIELDS.map(([name]) => [name, ctx.query.get(name)])),
    media: media === '図書' ? 'book' : media === '視聴覚' ? 'av' : undefined,
  };
  if (!hasCriteria(criteria)) {
    return ctx.page(layout(ctx, '資料検索', html`<h2>資料検索</h2><p class="error">検索条件を入力してください。</p>${searchForm(ctx)}`));
  }
  const records = searchCatalogue(ctx.state, criteria);
  const rows = records.map((r, i) => {
    const status = ctx.state.copiesOf(r.id).map(copyStatus);
    return html`<tr><td>${ctx.state.isLendable(r.id) ? html`<input type="checkbox" name="id" value="${r.id}">` : ''}</td><td>${i + 1}</td><td><a href="${ctx.link(PATHS.detail, { id: r.id })}">${fullTitle(r)}</a></td><td>${r.author}</td><td>${r.publisher}</td><td>${r.year}</td><td>${mediaLabel(r)}</td><td>${status.join(' / ')}</td><td>${ctx.state.queueSize(r.id)}</td></tr>
`;
  });
  const table = html`<table class="result"><tr><th>選択</th><th>No.</th><th>書名</th><th>著者名</th><th>出版者</th><th>出版年</th><th>資料区分</th><th>状態</th><th>予約数</th></tr>
${rows}</table>`;
  return ctx.page(layout(ctx, '検索結果一覧', html`<h2>検索結果一覧</h2><p>${records.length}件見つかりました。</p>${addToCartForm(ctx, table)}`));
}

function detailPage(ctx: Ctx) {
  const record = findRecord(ctx.query.get('id') ?? '');
  if (!record) return ctx.page(layout(ctx, '資料詳細', html`<p class="error">該当する資料がありません。</p>`), 404);
  const copies = ctx.state.copiesOf(record.id);
  const bib = html`<table class="detail">
<tr><th>書名</th><td>${fullTitle(record)}</td></tr><tr><th>著者名</th><td>${record.author}</td></tr>
<tr><th>出版者</th><td>${record.publisher}</td></tr><tr><th>出版年</th><td>${record.year}</td></tr>
<tr><th>ISBN</th><td>${record.isbn ?? ''}</td></tr><tr><th>資料区分</th><td>${mediaLabel(record)}</td></tr>
<tr><th>予約数</th><td>${ctx.state.queueSize(record.id)}</td></tr></table>
<h3>所蔵一覧</h3>
<table class="holdings"><tr><th>所蔵館</th><th>資料番号</th><th>請求記号</th><th>状態</th></tr>
${copies.map((c) => html`<tr><td>${c.location}</td><td>${c.id}</td><td>${c.callNumber}</td><td>${copyStatus(c)}</td></tr>
`)}</table>`;
  const lendable = ctx.state.isLendable(record.id);
  return ctx.page(
    layout(
      ctx,
      '資料詳細',
      html`<h2>資料詳細</h2>${lendable ? addToCartForm(ctx, html`${hiddenField('id', record.id)}${bib}`) : html`${bib}<p>館内閲覧のみの資料は予約できません。</p>`}`,
    ),
  );
}

function addToCart(ctx: Ctx) {
  const pickup = ctx.form.get('pickup') ?? '';
  const ids = ctx.form.getAll('id').filter((id) => findRecord(id) && ctx.state.isLendable(id));
  const back = ctx.form.get('back') ?? PATHS.search;
  if (ids.length === 0 || !ctx.library.pickupLocations.includes(pickup)) {
    ctx.flash('予約する資料を選択してください。');
    return ctx.redirect(back.startsWith(BASE) ? back : PATHS.search);
  }
  for (const recordId of ids) ctx.state.addToCart(ctx.cart(), { recordId, pickup });
  ctx.flash('予約カートに追加しました。まだ予約の申請は行われていません。');
  return ctx.redirect(PATHS.cart);
}

export const searchRoutes: Route<HokutoSession>[] = [
  { method: 'GET', path: PATHS.search, handle: (ctx) => ctx.page(layout(ctx, '資料検索', html`<h2>資料検索</h2>${searchForm(ctx)}`)) },
  { method: 'GET', path: PATHS.results, handle: resultsPage },
  { method: 'GET', path: PATHS.detail, handle: detailPage },
  { method: 'POST', path: PATHS.cartAdd, handle: addToCart },
];
