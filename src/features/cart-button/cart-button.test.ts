// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { featureSim } from '../../../test/helpers/features';
import { freshDb } from '../../../test/helpers/mirror';
import { loadPage as load } from '../../../test/helpers/sim-session';
import { addToCart } from './add';
import { ownedBy, UI_HOST } from '../feature';
import { cartButton } from '.';

const TODAY = '2026-11-23';
const { loggedIn, libraryAt, cartDeps, serverCart, browserAt, mount } = featureSim(['hokkaido-pref', 'hokuto-city', 'licsxp-demo'], TODAY);

function click(doc: Document, bibId: string): void {
  const button = ownedBy<HTMLButtonElement>(doc, 'cart-button', 'button').find((b) => b.dataset.bib === bibId);
  if (!button) throw new Error(`no cart button for ${bibId}`);
  button.click();
}

async function statusOf(doc: Document, bibId: string): Promise<string> {
  const find = () => ownedBy(doc, 'cart-button', 'span').find((s) => s.dataset.bib === bibId);
  for (let i = 0; i < 100 && (!find()?.dataset.kind || find()!.textContent === '追加中…'); i++) await new Promise((r) => setTimeout(r, 20));
  return find()?.textContent ?? '';
}

describe('cart button', () => {
  it('adds a ticked-list title at 北杜 (Shift_JIS) with one click, without leaving the page', async () => {
    const library = libraryAt('hokuto-city');
    const browser = await loggedIn('hokuto-city', '20000001', 'hokuto');
    const results = await browser.get('/Libsearch/search?title=1Q84');
    const deps = cartDeps(browser, library);
    const { doc } = await mount(cartButton, results, library, {}, { cart: deps });
    const ours = new RegExp(`<${UI_HOST}[^>]*></${UI_HOST}>`, 'g');
    const before = doc.body.innerHTML.replace(ours, '').replace('予約カート (0)', '予約カート (1)');
    click(doc, '1000101');
    expect(await statusOf(doc, '1000101')).toBe('✓ カートに追加しました');
    expect(await serverCart('hokuto-city', '20000001')).toEqual(['1000101']);
    expect(deps.requests).toEqual(['POST /Libsearch/cart/add']);
    // The page's own cart count follows the library's answer.
    expect(doc.body.textContent).toContain('予約カート (1)');
    // The page itself is as the library served it, apart from Uketori's own UI hosts.
    expect(doc.body.innerHTML.replace(ours, '')).toBe(before);
  });

  it('sends one request for a double click', async () => {
    const library = libraryAt('hokuto-city');
    const browser = await loggedIn('hokuto-city', '20000001', 'hokuto');
    const deps = cartDeps(browser, library);
    const { doc } = await mount(cartButton, await browser.get('/Libsearch/search?title=1Q84'), library, {}, { cart: deps });
    click(doc, '1000102');
    click(doc, '1000102');
    expect(await statusOf(doc, '1000102')).toBe('✓ カートに追加しました');
    expect(deps.requests).toHaveLength(1);
  });

  it('adds from a 北海道立 result list through the title page, where its cart button is', async () => {
    const library = libraryAt('hokkaido-pref');
    const browser = await loggedIn('hokkaido-pref', '0123456', 'hokkaido');
    const deps = cartDeps(browser, library);
    const { doc } = await mount(cartButton, await browser.get('/wo/opc/srh/list?title=1Q84'), library, {}, { cart: deps });
    click(doc, '1000103');
    expect(await statusOf(doc, '1000103')).toBe('✓ カートに追加しました');
    expect(await serverCart('hokkaido-pref', '0123456')).toEqual(['1000103']);
  });

  it('says a 禁帯 title cannot be reserved, and sends nothing', async () => {
    const library = libraryAt('hokkaido-pref');
    const browser = await loggedIn('hokkaido-pref', '0123456', 'hokkaido');
    const deps = cartDeps(browser, library);
    const { doc } = await mount(cartButton, await browser.get('/wo/opc/srh/list?title=' + encodeURIComponent('広辞苑')), library, {}, { cart: deps });
    click(doc, '1000701');
    expect(await statusOf(doc, '1000701')).toBe('この資料はカートに入れられません');
    expect(deps.requests).toEqual([]);
  });

  it('shows the library message when its cart is full (LICS-XP, 10 titles)', async () => {
    const library = libraryAt('licsxp-demo');
    const browser = await loggedIn('licsxp-demo', '9999000001', 'licsxp');
    const deps = cartDeps(browser, library);
    const { doc, ctx } = await mount(cartButton, await browser.get('/licsxp-opac/WOpacEsSchCmpdExecAction.do?condition1Text=' + encodeURIComponent('の')), library, {}, { cart: deps });
    const ids = ctx.reading.items.map((i) => i.bibId!).slice(0, 11);
    for (const id of ids.slice(0, 10)) {
      click(doc, id);
      expect(await statusOf(doc, id)).toBe('✓ カートに追加しました');
    }
    click(doc, ids[10]!);
    expect(await statusOf(doc, ids[10]!)).toBe('上限に達しました: 予約カートに登録できるのは10件までです。');
    expect(await serverCart('licsxp-demo', '9999000001')).toHaveLength(10);
  }, 30_000);

  it('offers to log in when the session has ended, and does not count the title as added', async () => {
    const library = libraryAt('hokkaido-pref');
    const browser = browserAt('hokkaido-pref');
    const deps = cartDeps(browser, library);
    const { doc } = await mount(cartButton, await browser.get('/wo/opc_srh/srh_detail/1000101/'), library, {}, { cart: deps });
    click(doc, '1000101');
    expect(await statusOf(doc, '1000101')).toMatch(/^ログインが必要です ログインして追加$/);
    const link = ownedBy<HTMLAnchorElement>(doc, 'cart-button', 'a')[0]!;
    expect(new URL(link.href).pathname).toBe('/wo/usr/login');
    expect(await deps.claim('1000101')).toEqual({ claimed: true, inCart: false });
  });

  it('renders titles with markup as text', async () => {
    const library = libraryAt('hokuto-city');
    const browser = await loggedIn('hokuto-city', '20000001', 'hokuto');
    const { doc } = await mount(cartButton, await browser.get('/Libsearch/search?title=' + encodeURIComponent('<script>')), library, {}, { cart: cartDeps(browser, library) });
    const button = ownedBy(doc, 'cart-button', 'button');
    expect(button.map((b) => b.getAttribute('aria-label'))).toEqual(['「<script>alert(1)</script>」を予約カートに入れる']);
    expect(ownedBy(doc, 'cart-button').flatMap((el) => Array.from(el.querySelectorAll('script, b')))).toHaveLength(0);
  });
});

describe('addToCart', () => {
  it('never sends a title the mirror knows is in the cart', async () => {
    const library = libraryAt('hokuto-city');
    const browser = await loggedIn('hokuto-city', '20000001', 'hokuto');
    const db = freshDb();
    const deps = cartDeps(browser, library, db);
    const results = await browser.get('/Libsearch/search?title=1Q84');
    const page = { url: new URL(results.url), doc: load(results) };
    const item = { title: '1Q84 BOOK1', volume: 'BOOK1', bibId: '1000101', canAddToCart: true, author: null, publisher: null };
    expect((await addToCart(page, item, null, library, deps)).result).toEqual({ kind: 'added' });
    expect((await addToCart(page, item, null, library, deps)).result).toEqual({ kind: 'already_in_cart' });
    expect(deps.requests).toHaveLength(1);
  });
});
