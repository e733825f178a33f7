// @vitest-environment node
import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addToCart, type CartDeps } from '../../src/features/cart/add';
import type { PageResponse } from '../../src/features/cart/transport';
import { cartButtonFeature } from '../../src/features/cart-button';
import { mountFeatures, type Feature, type FeatureContext } from '../../src/features/feature';
import { holdBadgesFeature } from '../../src/features/hold-badges';
import { loanBadgesFeature } from '../../src/features/loan-badges';
import { markersFeature } from '../../src/features/markers';
import { libraryForAddedUrl } from '../../src/background/libraries';
import { libraryById } from '../../src/libraries';
import { claimCartAdd, finishCartAdd } from '../../src/mirror/cart-claims';
import { freshDb } from '../../src/mirror/test-helpers';
import type { Hold, Library } from '../../src/model';
import { readPage } from '../../src/opac/read';
import { encodeForm } from '../sim/core/charset';
import { control, SimBrowser, type Page } from '../sim/browser';
import { startSim } from '../sim/start-sim';
import { useLocale } from '../helpers/i18n';

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

/** The library row the options page makes for a simulated library: a known one, or one added by its URL. */
function libraryAt(id: string): Library {
  const known = libraryById(id);
  return known ? { ...known, origins: [sim.origins[id]!] } : libraryForAddedUrl(new URL(`${sim.origins[id]}/licsxp-opac/`), null, []);
}

/** A live page as the content script sees it: a document at the page's address. */
function load(page: Page): Document {
  const window = new Window({ url: page.url });
  window.document.write(page.html);
  return window.document as unknown as Document;
}

async function loggedIn(id: string, card: string, password: string, seed: object = {}): Promise<SimBrowser> {
  await control(sim.origins[id]!, 'seed-patron', { card, password, ...seed });
  const browser = new SimBrowser(sim.origins[id]!);
  const login = await browser.get(libraryPaths[id]!.login);
  const form = login.doc.querySelector('input[type=password]')!.closest('form')!;
  if (!form.querySelector('input[type=submit], button')) {
    // LICS-XP logs in from page script: LBForm's tokens plus the card, posted to j_security_check.
    const fields = new URLSearchParams(Array.from(form.querySelectorAll('input[type=hidden]'), (i) => [i.getAttribute('name')!, i.getAttribute('value') ?? '']));
    fields.set('username', card);
    fields.set('j_username', `0000000000000000${card}`);
    fields.set('j_password', password);
    await browser.request('POST', `${sim.origins[id]}/licsxp-opac/j_security_check?subSystemFlag=0`, fields.toString());
    return browser;
  }
  const inputs = Array.from(form.querySelectorAll('input'));
  const cardField = inputs.slice(0, inputs.findIndex((i) => i.type === 'password')).filter((i) => i.type === 'text').at(-1)!.name;
  const button = (form.querySelector('input[type=submit], button') as HTMLInputElement);
  await browser.submit(login, { button: button.value || button.textContent!.trim(), fill: { [cardField]: card, [(form.querySelector('input[type=password]') as HTMLInputElement).name]: password } });
  return browser;
}

const libraryPaths: Record<string, { login: string }> = {
  'hokkaido-pref': { login: '/wo/usr/login' },
  'hokuto-city': { login: '/Libsearch/login' },
  'mito-city': { login: '/toshokan/user/login' },
  'licsxp-demo': { login: '/licsxp-opac/OpacInitLoginAction.do?subSystemFlag=0' },
};

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

/** Cart requests go through the patron's simulated browser session, as the hidden frame would. */
function cartDeps(browser: SimBrowser, library: Library, db = freshDb()): CartDeps & { requests: string[] } {
  const requests: string[] = [];
  const respond = (page: Page): PageResponse => ({ url: page.url, status: page.status, doc: load(page) });
  return {
    requests,
    async transport(request) {
      requests.push(`${request.method} ${new URL(request.action).pathname}`);
      const body = encodeForm(request.entries, library.id === 'hokuto-city' || library.id === 'mito-city' ? 'Shift_JIS' : 'UTF-8');
      if (request.method === 'POST') return respond(await browser.request('POST', request.action, body));
      return respond(await browser.get(`${request.action}?${body}`));
    },
    fetchPage: async (url) => respond(await browser.get(url)),
    read: (url, doc) => readPage(url, doc, { today: TODAY }, [library]),
    claim: (bibId) => claimCartAdd(db, library.id, bibId, Date.now()),
    finish: (bibId, _outcome, item) => finishCartAdd(db, library.id, bibId, item && { title: item.title, volume: item.volume, bibId }, Date.now()),
  };
}

async function serverCart(id: string, card: string): Promise<string[]> {
  const state = await control<{ patrons: Array<{ card: string; cart: Array<{ recordId: string }> }> }>(sim.origins[id]!, 'state');
  return state.patrons.find((p) => p.card === card)?.cart.map((c) => c.recordId) ?? [];
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
  });

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
