// @vitest-environment node
import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addToCart } from '../../src/features/cart/add';
import { cartButtonFeature } from '../../src/features/cart-button';
import { mountFeatures, type Feature, type FeatureContext } from '../../src/features/feature';
import { holdBadgesFeature } from '../../src/features/hold-badges';
import { loanBadgesFeature } from '../../src/features/loan-badges';
import { markersFeature } from '../../src/features/markers';
import { freshDb } from '../helpers/mirror';
import type { Hold, Library } from '../../src/model';
import { readPage } from '../../src/opac/read';
import { control, SimBrowser, type Page } from '../sim/browser';
import { startSim } from '../sim/start-sim';
import { useLocale } from '../helpers/i18n';
import { loadPage as load, loggedInSim, simCartDeps, simLibrary, simServerCart } from '../helpers/sim-session';

const TODAY = '2026-11-23';
let sim: Awaited<ReturnType<typeof startSim>>;

beforeAll(async () => {
  sim = await startSim({ libraries: ['hokkaido-pref', 'hokuto-city', 'mito-city', 'licsxp-demo'], today: TODAY });
});
afterAll(() => sim.close());
beforeEach(async () => {
  useLocale('ja');
  await control(sim.origins['hokkaido-pref']!, 'reset', {});
});

const loggedIn = (id: string, card: string, password: string, seed: object = {}) => loggedInSim(sim.origins[id]!, id, card, password, seed);
const libraryAt = (id: string) => simLibrary(sim.origins[id]!, id);
const cartDeps = (browser: SimBrowser, library: Library, db = freshDb()) => simCartDeps(browser, library, TODAY, db);
const serverCart = (id: string, card: string) => simServerCart(sim.origins[id]!, card);

interface Mounted {
  doc: Document;
  ctx: FeatureContext;
  badges: () => string[];
}

async function mount(feature: Feature, page: Page, library: Library, known: Partial<FeatureContext['known']> = {}): Promise<Mounted> {
  const doc = load(page);
  const url = new URL(page.url);
  const reading = readPage(url, doc, { today: TODAY }, [library]);
  const ctx: FeatureContext = { doc, url, library, reading, today: TODAY, signal: new AbortController().signal, known: { holds: [], loans: [], cart: [], ...known } };
  const failures: unknown[] = [];
  await mountFeatures([feature], ctx, () => true, (_id, error) => failures.push(error));
  expect(failures).toEqual([]);
  return { doc, ctx, badges: () => Array.from(doc.querySelectorAll(`[data-uketori="${feature.id}"]`)).map((el) => el.textContent ?? '') };
}

function click(doc: Document, bibId: string): void {
  const button = Array.from(doc.querySelectorAll<HTMLButtonElement>('button[data-uketori="cart-button"]')).find((b) => b.dataset.bib === bibId);
  if (!button) throw new Error(`no cart button for ${bibId}`);
  button.click();
}

async function statusOf(doc: Document, bibId: string): Promise<string> {
  const find = () => Array.from(doc.querySelectorAll<HTMLElement>('span[data-uketori="cart-button"]')).find((s) => s.dataset.bib === bibId);
  for (let i = 0; i < 100 && (!find()?.dataset.kind || find()!.textContent === '追加中…'); i++) await new Promise((r) => setTimeout(r, 20));
  return find()?.textContent ?? '';
}

describe('cart button', () => {
  it('adds a ticked-list title at 北杜 (Shift_JIS) with one click, without leaving the page', async () => {
    const library = libraryAt('hokuto-city');
    const browser = await loggedIn('hokuto-city', '20000001', 'hokuto');
    const results = await browser.get('/Libsearch/search?title=1Q84');
    const deps = cartDeps(browser, library);
    const { doc } = await mount(cartButtonFeature(deps), results, library);
    const before = doc.body.innerHTML.replace(/<[^>]*data-uketori[^>]*>.*?<\/(button|span)>/g, '').replace('予約カート (0)', '予約カート (1)');
    click(doc, '1000101');
    expect(await statusOf(doc, '1000101')).toBe('✓ カートに追加しました');
    expect(await serverCart('hokuto-city', '20000001')).toEqual(['1000101']);
    expect(deps.requests).toEqual(['POST /Libsearch/cart/add']);
    // The page's own cart count follows the library's answer.
    expect(doc.body.textContent).toContain('予約カート (1)');
    // The page itself is as the library served it, apart from Uketori's own marked nodes.
    expect(doc.body.innerHTML.replace(/<[^>]*data-uketori[^>]*>.*?<\/(button|span)>/g, '')).toBe(before);
  });

  it('sends one request for a double click', async () => {
    const library = libraryAt('hokuto-city');
    const browser = await loggedIn('hokuto-city', '20000001', 'hokuto');
    const deps = cartDeps(browser, library);
    const { doc } = await mount(cartButtonFeature(deps), await browser.get('/Libsearch/search?title=1Q84'), library);
    click(doc, '1000102');
    click(doc, '1000102');
    expect(await statusOf(doc, '1000102')).toBe('✓ カートに追加しました');
    expect(deps.requests).toHaveLength(1);
  });

  it('adds from a 北海道立 result list through the title page, where its cart button is', async () => {
    const library = libraryAt('hokkaido-pref');
    const browser = await loggedIn('hokkaido-pref', '0123456', 'hokkaido');
    const deps = cartDeps(browser, library);
    const { doc } = await mount(cartButtonFeature(deps), await browser.get('/wo/opc/srh/list?title=1Q84'), library);
    click(doc, '1000103');
    expect(await statusOf(doc, '1000103')).toBe('✓ カートに追加しました');
    expect(await serverCart('hokkaido-pref', '0123456')).toEqual(['1000103']);
  });

  it('says a 禁帯 title cannot be reserved, and sends nothing', async () => {
    const library = libraryAt('hokkaido-pref');
    const browser = await loggedIn('hokkaido-pref', '0123456', 'hokkaido');
    const deps = cartDeps(browser, library);
    const { doc } = await mount(cartButtonFeature(deps), await browser.get('/wo/opc/srh/list?title=' + encodeURIComponent('広辞苑')), library);
    click(doc, '1000701');
    expect(await statusOf(doc, '1000701')).toBe('この資料はカートに入れられません');
    expect(deps.requests).toEqual([]);
  });

  it('shows the library message when its cart is full (LICS-XP, 10 titles)', async () => {
    const library = libraryAt('licsxp-demo');
    const browser = await loggedIn('licsxp-demo', '9999000001', 'licsxp');
    const deps = cartDeps(browser, library);
    const { doc, ctx } = await mount(cartButtonFeature(deps), await browser.get('/licsxp-opac/WOpacEsSchCmpdExecAction.do?condition1Text=' + encodeURIComponent('の')), library);
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
    const browser = new SimBrowser(sim.origins['hokkaido-pref']!);
    const deps = cartDeps(browser, library);
    const { doc } = await mount(cartButtonFeature(deps), await browser.get('/wo/opc/srh/detail?bib=1000101'), library);
    click(doc, '1000101');
    expect(await statusOf(doc, '1000101')).toMatch(/^ログインが必要です ログインして追加$/);
    const link = doc.querySelector<HTMLAnchorElement>('a[data-uketori="cart-button"]')!;
    expect(new URL(link.href).pathname).toBe('/wo/usr/login');
    expect(await deps.claim('1000101')).toEqual({ claimed: true, inCart: false });
  });

  it('renders titles with markup as text', async () => {
    const library = libraryAt('hokuto-city');
    const browser = await loggedIn('hokuto-city', '20000001', 'hokuto');
    const { doc } = await mount(cartButtonFeature(cartDeps(browser, library)), await browser.get('/Libsearch/search?title=' + encodeURIComponent('<script>')), library);
    const button = Array.from(doc.querySelectorAll('button[data-uketori]'));
    expect(button.map((b) => b.getAttribute('aria-label'))).toEqual(['「<script>alert(1)</script>」を予約カートに入れる']);
    expect(doc.querySelectorAll('[data-uketori] script, [data-uketori] b')).toHaveLength(0);
  });
});

describe('deadline and rank badges on holds pages', () => {
  it('shows days left with the weekday for a ready hold at 北海道立, and how a rank moved', async () => {
    const library = libraryAt('hokkaido-pref');
    const browser = await loggedIn('hokkaido-pref', '0123456', 'hokkaido', {
      holds: [{ id: '1000101', state: 'ready', readyOn: '2026-11-19' }, { id: '1000201', reservedOn: '2026-11-01' }],
    });
    const page = await browser.get('/wo/usr/rsv');
    const reading = readPage(new URL(page.url), load(page), { today: TODAY }, [library]);
    const waiting = reading.holds.find((h) => h.state === 'waiting')!;
    const before = { titleKey: waiting.title.replace(/\s/g, '').toLowerCase(), rank: (waiting.rank ?? 1) + 2 } as Hold;
    const { badges } = await mount(holdBadgesFeature, page, library, { holds: [before] });
    const ready = reading.holds.find((h) => h.state === 'ready')!;
    expect(ready.pickupDeadline).not.toBeNull();
    expect(badges()).toContain(`あと${(Date.parse(ready.pickupDeadline!) - Date.parse(TODAY)) / 86_400_000}日 · ${Number(ready.pickupDeadline!.slice(5, 7))}/${Number(ready.pickupDeadline!.slice(8))}(${'日月火水木金土'[new Date(ready.pickupDeadline!).getUTCDay()]})`);
    expect(badges()).toContain(`${waiting.rank}位 (↑2)`);
  });

  it('labels a deadline Uketori computed from the rules as 推定', async () => {
    const library = libraryAt('hokkaido-pref');
    const doc = new Window({ url: `${sim.origins['hokkaido-pref']}/wo/usr/rsv` }).document;
    doc.write('<h1>予約状況照会</h1><table><tr><th>番号</th><th>タイトル</th><th>取置期限日</th><th>貸出可能</th></tr><tr><td>1</td><td>舟を編む</td><td></td><td>貸出可能</td></tr></table>');
    const page = { url: doc.URL, status: 200, charset: 'UTF-8', html: doc.documentElement.outerHTML, doc: doc as unknown as Document, text: '' } as Page;
    const { badges } = await mount(holdBadgesFeature, page, library);
    expect(badges()).toEqual([expect.stringMatching(/^あと\d+日 · \d+\/\d+\(.\) \(推定\)$/)]);
  });
});

describe('loan badges', () => {
  it('shows days to the due date and why a reserved loan cannot be renewed (水戸)', async () => {
    const library = libraryAt('mito-city');
    const browser = await loggedIn('mito-city', '99990001', 'mito', {
      loans: [{ id: '1000301', lentOn: '2026-11-16', due: '2026-11-30' }, { id: '1000302', lentOn: '2026-11-16', due: '2026-11-30', reservedByOthers: true }],
    });
    const { badges } = await mount(loanBadgesFeature, await browser.get('/toshokan/user/lend'), library);
    expect(badges()).toHaveLength(2);
    expect(badges().every((b) => b.startsWith('返却まで7日 · 11/30(月)'))).toBe(true);
    expect(badges().some((b) => b.includes('延長不可: 予約あり'))).toBe(true);
  });
});

describe('markers on result pages', () => {
  it('marks what the patron borrows, has reserved, has ready and has in the cart', async () => {
    const library = libraryAt('hokuto-city');
    const browser = new SimBrowser(sim.origins['hokuto-city']!);
    const results = await browser.get('/Libsearch/search?title=1Q84');
    const reading = readPage(new URL(results.url), load(results), { today: TODAY }, [library]);
    const [one, two, three, four] = reading.items as Array<{ title: string; bibId: string }>;
    const record = (item: { title: string; bibId: string }, extra: object) => ({ title: item.title, volume: null, bibId: item.bibId, titleKey: 'x', ...extra });
    const { badges } = await mount(markersFeature, results, library, {
      loans: [record(one!, {})] as never,
      holds: [record(two!, { state: 'waiting', rank: 3 }), record(three!, { state: 'ready', pickupDeadline: '2026-11-25' })] as never,
      cart: [record(four!, {})] as never,
    });
    expect(badges()).toEqual(['借りています', '予約中 (3位)', '受取可 · 11/25まで', 'カートにあります']);
  });
});

describe('never breaking the page', () => {
  it('takes a failing feature back off the page and keeps the others', async () => {
    const library = libraryAt('hokuto-city');
    const page = await new SimBrowser(sim.origins['hokuto-city']!).get('/Libsearch/search?title=1Q84');
    const doc = load(page);
    const pristine = doc.body.innerHTML;
    const broken: Feature = {
      id: 'broken', pages: ['results'],
      mount(ctx) {
        ctx.doc.body.append(Object.assign(ctx.doc.createElement('span'), { textContent: 'half-done' }));
        ctx.doc.body.lastElementChild!.setAttribute('data-uketori', 'broken');
        throw new Error('boom');
      },
    };
    const ctx: FeatureContext = { doc, url: new URL(page.url), library, reading: readPage(new URL(page.url), doc, { today: TODAY }, [library]), today: TODAY, signal: new AbortController().signal, known: { holds: [], loans: [], cart: [] } };
    const reported: string[] = [];
    const mounted = await mountFeatures([broken, markersFeature], ctx, () => true, (id) => reported.push(id));
    expect(reported).toEqual(['broken']);
    expect(mounted).toEqual(['markers']);
    expect(doc.body.innerHTML).toBe(pristine);
  });

  it('adds nothing for a switched-off feature, and removes everything when the page script stops', async () => {
    const library = libraryAt('hokuto-city');
    const browser = new SimBrowser(sim.origins['hokuto-city']!);
    const page = await browser.get('/Libsearch/search?title=1Q84');
    const doc = load(page);
    const pristine = doc.body.innerHTML;
    const stop = new AbortController();
    const ctx: FeatureContext = { doc, url: new URL(page.url), library, reading: readPage(new URL(page.url), doc, { today: TODAY }, [library]), today: TODAY, signal: stop.signal, known: { holds: [], loans: [], cart: [] } };
    const feature = cartButtonFeature(cartDeps(browser, library));
    expect(await mountFeatures([feature], ctx, () => false, () => {})).toEqual([]);
    expect(doc.body.innerHTML).toBe(pristine);
    await mountFeatures([feature], ctx, () => true, () => {});
    expect(doc.querySelectorAll('[data-uketori="cart-button"]').length).toBeGreaterThan(0);
    stop.abort();
    expect(doc.body.innerHTML).toBe(pristine);
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
