// @vitest-environment node
// The series feature on the library's own cart pages and the pages after them, as the simulated libraries serve
// them: which boxes Uketori ticks and numbers, which of the library's buttons it presses, and where it stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { continueInCart, type CartStep } from './cart-order';
import { readIntent, writeIntent, type CartIntent } from './intent';
import { putInCart } from './reserve';
import { locator } from '../locate';
import { freshDb } from '../../../test/helpers/mirror';
import type { Library, SeriesPlan } from '../../model';
import { readPage } from '../../opac/read';
import type { SimBrowser, Page } from '../../../test/sim/browser';
import { DEMO_PAGES, DEMO_PATRONS } from '../../../test/sim/demo-world';
import { startSim } from '../../../test/sim/start-sim';
import { loadPage, loggedInSim, simCartDeps, simLibrary } from '../../../test/helpers/sim-session';

const TODAY = '2026-11-23';
let sim: Awaited<ReturnType<typeof startSim>>;
beforeAll(async () => {
  sim = await startSim({ libraries: ['hokkaido-pref', 'licsxp-demo', 'mito-city'], today: TODAY });
});
afterAll(() => sim.close());

interface Session {
  id: string;
  browser: SimBrowser;
  library: Library;
  /** The volumes of the result list's 1Q84 (hardcover) by record id, as plan volumes. */
  volumes: Map<string, SeriesPlan['volumes'][number]>;
}

/** Log the demo patron in afresh and read the 1Q84 result list as the series feature does. */
async function session(id: string): Promise<Session> {
  const { card, password } = DEMO_PATRONS[id]!;
  const browser = await loggedInSim(sim.origins[id]!, id, card, password);
  const library = simLibrary(sim.origins[id]!, id);
  const list = await browser.get(DEMO_PAGES[id]!.search);
  const doc = loadPage(list);
  const reading = readPage(new URL(list.url), doc, { today: TODAY }, [library]);
  // Each volume with the detail page its title links to (北海道立's cart button lives there).
  const locate = locator(doc);
  const volumes = new Map(reading.items.filter((i) => i.bibId).map((i) => {
    const href = locate.item(i)?.getAttribute('href');
    return [recordOf(i.bibId!), { title: i.title, volume: i.volume, bibId: i.bibId, status: 'queued' as const, detailUrl: href ? new URL(href, list.url).href : null }];
  }));
  return { id, browser, library, volumes };
}

/** LICS-XP's タイトルコード is 1 + the record id in 12 digits; the other libraries show the record id. */
const recordOf = (bibId: string) => (/^1\d{12}$/.test(bibId) ? String(Number(bibId.slice(1))) : bibId);

/** Put record ids in the library's cart with the series feature's own requests (reading order = the given order). */
async function inCart(s: Session, ids: string[]): Promise<void> {
  const list = await s.browser.get(DEMO_PAGES[s.id]!.search);
  const out = await putInCart({ url: new URL(list.url), doc: loadPage(list) }, ids.map((id) => s.volumes.get(id)!), s.library, simCartDeps(s.browser, s.library, TODAY, freshDb()), { finish: false });
  expect(out.inCart.map((v) => recordOf(v.bibId!))).toEqual(ids);
}

interface Run {
  step: CartStep;
  doc: Document;
  /** The words of the library buttons Uketori pressed. */
  pressed: string[];
  intent: CartIntent | null;
}

/** Open a library page as a tab would, with the intent the previous page left, and let the series feature go on. */
function run(page: Page, s: Session, intent: Omit<CartIntent, 'at' | 'titles'> & { titles?: string[] }): Run {
  const doc = loadPage(page);
  const pressed: string[] = [];
  doc.addEventListener('click', (e) => {
    const b = e.target as HTMLInputElement;
    pressed.push(b.tagName === 'BUTTON' ? b.textContent!.trim() : b.value);
  });
  const titles = intent.titles ?? intent.bibIds.map((b) => [...s.volumes.values()].find((v) => v.bibId === b)!.title);
  writeIntent(doc, { ...intent, titles, at: Date.now() });
  const step = continueInCart(doc, readIntent(doc)!, intent.ordered ? s.library.rules.orderedReservation : null);
  return { step, doc, pressed, intent: readIntent(doc) };
}

/** How Uketori reads a page: the screens of a reservation under way must never pass for the holds list. */
const kindOf = (page: Page, s: Session) => readPage(new URL(page.url), loadPage(page), { today: TODAY }, [s.library]).page;
const ticked = (doc: Document, name: string) => Array.from(doc.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]`)).filter((c) => c.checked).map((c) => recordOf(c.value));
const bibOf = (s: Session, id: string) => s.volumes.get(id)!.bibId!;

describe('北海道立: 読みたい順予約 in the cart', () => {
  it('ticks exactly the series, switches to 読みたい順予約, numbers the volumes in reading order and presses 予約する', async () => {
    const s = await session('hokkaido-pref');
    await inCart(s, ['1000103', '1000101', '1000102']);
    await inCart(s, ['1000111']);
    const intent = { bibIds: ['1000101', '1000102', '1000103'], ordered: true, finish: false, pressed: [] };
    const cart = await s.browser.get('/wo/usr/cart');
    const first = run(cart, s, intent);
    expect(first.step).toEqual({ kind: 'switching' });
    expect(first.pressed).toEqual(['読みたい順予約']);
    expect(first.intent?.pressed).toEqual(['読みたい順予約']);

    // The library reloads its cart with priority boxes (what the press does in a browser).
    const ordered = await s.browser.submit(cart, { button: '読みたい順予約' });
    const second = run(ordered, s, first.intent!);
    expect(second.step).toEqual({ kind: 'submitted' });
    expect(second.pressed).toEqual(['予約する']);
    expect(ticked(second.doc, 'bib')).toEqual(['1000103', '1000101', '1000102']);
    const priority = (id: string) => second.doc.querySelector<HTMLInputElement>(`input[name="priority_${id}"]`)!.value;
    expect(['1000101', '1000102', '1000103'].map(priority)).toEqual(['1', '2', '3']);

    // 予約する with what Uketori filled in leads to the library's 予約内容確認: there the final 確認 is the patron's.
    const confirm = await s.browser.submit(ordered, {
      button: '予約する',
      check: ticked(second.doc, 'bib').map((id) => `bib=${id}`),
      fill: Object.fromEntries(['1000101', '1000102', '1000103'].map((id) => [`priority_${id}`, priority(id)])),
    });
    expect(new URL(confirm.url).pathname).toBe('/wo/usr/cart/confirm');
    expect(kindOf(confirm, s)).toBe('other');
    const third = run(confirm, s, second.intent!);
    expect(third.step).toEqual({ kind: 'final', button: null, numbered: false });
    expect(third.pressed).toEqual([]);
    expect(third.intent).toBeNull();
    const rows = Array.from(confirm.doc.querySelectorAll('table.confirm tr')).slice(1).map((tr) => Array.from(tr.querySelectorAll('td')).slice(0, 2).map((td) => td.textContent));
    expect(rows).toEqual([['1', '1Q84 BOOK1〈4月-6月〉'], ['2', '1Q84 BOOK2〈7月-9月〉'], ['3', '1Q84 BOOK3〈10月-12月〉']]);
  });

  it('never presses 読みたい順予約 twice: when its cart still shows no priority boxes, it says so and stops', async () => {
    const s = await session('hokkaido-pref');
    await inCart(s, ['1000101', '1000102']);
    const again = run(await s.browser.get('/wo/usr/cart'), s, { bibIds: ['1000101', '1000102'], ordered: true, finish: false, pressed: ['読みたい順予約'] });
    expect(again.step).toEqual({ kind: 'no_priority_boxes' });
    expect(again.pressed).toEqual([]);
    expect(again.intent).toBeNull();
  });

  it('says which volumes are not in the cart and touches nothing', async () => {
    const s = await session('hokkaido-pref');
    await inCart(s, ['1000101']);
    const cart = run(await s.browser.get('/wo/usr/cart'), s, { bibIds: ['1000101', '1000102'], ordered: true, finish: false, pressed: [] });
    expect(cart.step).toEqual({ kind: 'missing', bibIds: ['1000102'] });
    expect(cart.pressed).toEqual([]);
    expect(cart.intent).toBeNull();
  });
});

describe('LICS-XP: 順番予約へ from the cart', () => {
  it('ticks exactly the series and presses 順番予約へ; on the 順番予約 screen it sets the order and leaves 順番予約申込 to the patron', async () => {
    const s = await session('licsxp-demo');
    await inCart(s, ['1000102', '1000103', '1000101', '1000111']);
    const series = ['1000101', '1000102', '1000103'].map((id) => bibOf(s, id));
    const cart = await s.browser.get('/licsxp-opac/WOpacCommonToYoyCartDispAction.do?yoyCmtknjFlg=1');
    const first = run(cart, s, { bibIds: series, ordered: true, finish: false, pressed: [] });
    expect(first.step).toEqual({ kind: 'switching' });
    expect(first.pressed).toEqual(['順番予約へ']);
    expect(ticked(first.doc, 'yoycartchk')).toEqual(['1000102', '1000103', '1000101']);

    // toJunban() posts LBForm with the ticked titles (the page script's work in a browser).
    const form = first.doc.querySelector<HTMLFormElement>('form[name="LBForm"]')!;
    const fields = new URLSearchParams(Array.from(form.querySelectorAll<HTMLInputElement>('input[type=hidden], input[type=checkbox]:checked'), (i) => [i.name, i.value]));
    const junban = await s.browser.request('POST', '/licsxp-opac/WOpacUsrToJunbanAction.do?mngFlg2=1', fields.toString());
    expect(readPage(new URL(junban.url), loadPage(junban), { today: TODAY }, [s.library]).page).toBe('other');
    const second = run(junban, s, first.intent!);
    expect(second.step).toEqual({ kind: 'final', button: '順番予約申込', numbered: true });
    expect(second.pressed).toEqual([]);
    const order = series.map((b) => second.doc.querySelector<HTMLSelectElement>(`select[name="junban${b}"]`)!.value);
    expect(order).toEqual(['1', '2', '3']);
    expect(second.intent).toBeNull();
  });
});

describe('水戸市: one click for the next volume goes through to the library\'s 予約する', () => {
  it('presses 予約する in the cart, 次に進む on 予約情報入力 and 予約する on 予約内容確認, which names the volume', async () => {
    const s = await session('mito-city');
    await inCart(s, ['1000102', '1000111']);
    const intent = { bibIds: ['1000102'], ordered: false, finish: true, pressed: [] };
    const cart = await s.browser.get('/toshokan/user/cart');
    const first = run(cart, s, intent);
    expect(first.step).toEqual({ kind: 'submitted' });
    expect(first.pressed).toEqual(['予約する']);
    expect(ticked(first.doc, 'id')).toEqual(['1000102']);

    const input = await s.browser.submit(cart, { button: '予約する', check: ['id=1000102'] });
    expect(kindOf(input, s)).toBe('other');
    const second = run(input, s, first.intent!);
    expect(second.step).toEqual({ kind: 'proceeding' });
    expect(second.pressed).toEqual(['次に進む']);

    const confirm = await s.browser.submit(input, { button: '次に進む' });
    expect(kindOf(confirm, s)).toBe('other');
    const third = run(confirm, s, second.intent!);
    expect(third.step).toEqual({ kind: 'reserving' });
    expect(third.pressed).toEqual(['予約する']);
    expect(third.intent).toBeNull();

    // A confirmation that does not name the volume is not Uketori's to press.
    const other = run(confirm, s, { ...second.intent!, titles: ['ノルウェイの森 上'] });
    expect(other.step).toEqual({ kind: 'final', button: '予約する', numbered: false });
    expect(other.pressed).toEqual([]);
  });

  it('stops when the library shows its cart again after 予約する (its own message says why)', async () => {
    const s = await session('mito-city');
    await inCart(s, ['1000102']);
    const back = run(await s.browser.get('/toshokan/user/cart'), s, { bibIds: ['1000102'], ordered: false, finish: true, pressed: ['予約する'] });
    expect(back.step).toEqual({ kind: 'ready', reason: 'came_back' });
    expect(back.pressed).toEqual([]);
  });

  it('the plan\'s first volume goes as far as 予約内容確認 and leaves its 予約する to the patron', async () => {
    const s = await session('mito-city');
    await inCart(s, ['1000101']);
    const cart = await s.browser.get('/toshokan/user/cart');
    const first = run(cart, s, { bibIds: ['1000101'], ordered: false, finish: false, pressed: [] });
    expect(first.step).toEqual({ kind: 'submitted' });
    const input = await s.browser.submit(cart, { button: '予約する', check: ['id=1000101'] });
    expect(run(input, s, first.intent!).step).toEqual({ kind: 'proceeding' });
    const confirm = await s.browser.submit(input, { button: '次に進む' });
    const last = run(confirm, s, { ...first.intent!, pressed: ['予約する', '次に進む'] });
    expect(last.step).toEqual({ kind: 'final', button: '予約する', numbered: false });
    expect(last.pressed).toEqual([]);
    expect(last.intent).toBeNull();
  });
});
