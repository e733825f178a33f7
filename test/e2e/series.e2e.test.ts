import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, simState } from '../sim/browser';
import type { SimState } from '../sim/core/control';
import type { RunningSim } from '../sim/core/launch';
import { DEMO_PATRONS } from '../sim/demo-world';
import { startSim } from '../sim/start-sim';
import { BROWSERS, launchWithExtension, type ExtensionBrowser } from './harness/browsers';
import { addDemoLibraries, demoUrl, logIn, visit } from './harness/demo-patron';
import { mirrorRows, notificationsSeen, watchNotifications } from './harness/patron';
import { ui, uiValue, waitForUi } from './harness/ui';
import { advanceWorld, moveWorld } from './harness/world';

const SHOTS = resolve('shots');
const MITO_SERIES = '[data-library="mito-city"] [data-section="series"]';
mkdirSync(SHOTS, { recursive: true });

type SimHold = SimState['patrons'][number]['holds'][number];

async function serverHolds(sim: RunningSim, id: string): Promise<SimHold[]> {
  const state = await simState(sim.origins[id]!);
  return state.patrons.find((p) => p.card === DEMO_PATRONS[id]!.card)?.holds ?? [];
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Press a button of the library's own page by its words, as the patron does, and wait for the next page. */
async function press(page: Page, words: string): Promise<void> {
  // The document's own buttons: Uketori's are in its UI hosts' shadow roots, out of this query's reach.
  const button = await page.evaluateHandle((w) => Array.from(document.querySelectorAll<HTMLElement>('button, input[type=submit], input[type=button]'))
    .find((b) => (b.tagName === 'INPUT' ? (b as HTMLInputElement).value : b.textContent)?.trim() === w), words);
  await Promise.all([page.waitForNavigation({ timeout: 15_000 }), (button as unknown as { click(): Promise<void> }).click()]);
}

/** Open the series panel for one work and publisher on a result list. */
async function openSeries(page: Page, seriesId: string): Promise<void> {
  await waitForUi(page, 'button[data-uketori="series"][data-series]', 20_000);
  // Trusted input, as a person clicks: Uketori ignores clicks made by script.
  await page.click(ui(`button[data-uketori="series"][data-series=${JSON.stringify(seriesId)}]`));
  await waitForUi(page, '.uketori-series-panel');
}

async function waitForPath(page: Page, path: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((p) => location.pathname === p && document.readyState === 'complete', { timeout }, path);
}

describe.each(BROWSERS)('series in order in %s', (kind) => {
  let sim: RunningSim;
  let ext: ExtensionBrowser;
  let page: Page;
  let watcher: Page;

  beforeAll(async () => {
    sim = await startSim({ libraries: ['hokkaido-pref', 'mito-city', 'licsxp-demo'], today: '2026-11-23' });
    for (const id of ['hokkaido-pref', 'mito-city', 'licsxp-demo']) {
      const { card, password } = DEMO_PATRONS[id]!;
      await control(sim.origins[id]!, 'seed-patron', { card, password });
    }
    ext = await launchWithExtension(kind);
    await addDemoLibraries(ext, sim.origins);
    watcher = await ext.openExtensionPage('options.html', '#data');
    await watchNotifications(watcher);
    // Daytime in Tokyo, so no notice waits for the end of quiet hours.
    await moveWorld(watcher, sim.origins['hokkaido-pref']!, '2026-11-23T12:00:00');
    page = await ext.browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
  });
  afterAll(async () => {
    await ext?.close();
    await sim?.close();
  });

  it('北海道立: three volumes through 読みたい順予約, the library confirms them with priorities 1–3', async () => {
    await logIn(page, sim.origins, 'hokkaido-pref');
    await visit(page, demoUrl(sim.origins, 'hokkaido-pref', 'holds'));
    await visit(page, demoUrl(sim.origins, 'hokkaido-pref', 'search'));
    await openSeries(page, '1Q84|新潮社');
    const rows = await page.$$eval(ui('.uketori-series-panel li'), (els) => els.map((li) => [li.textContent, (li.querySelector('input') as HTMLInputElement).checked]));
    expect(rows.map(([text]) => String(text).trim().slice(0, 10))).toEqual(['1Q84 BOOK1', '1Q84 BOOK2', '1Q84 BOOK3']);
    expect(rows.every(([, checked]) => checked)).toBe(true);
    expect(await page.$eval(ui('.uketori-series-summary'), (el) => el.textContent)).toContain('読みたい順予約');
    await page.screenshot({ path: `${SHOTS}/${kind}-series-panel-hokkaido.png` });

    await page.click(ui('.uketori-series-panel button[data-action="confirm"]'));
    // Cart → 読みたい順予約 (the page reloads once) → priorities filled → 予約する → the library's confirmation screen.
    await waitForPath(page, '/wo/usr/cart/confirm');
    const confirm = await page.$$eval('table.confirm tr', (trs) => trs.slice(1).map((tr) => Array.from(tr.querySelectorAll('td')).slice(0, 2).map((td) => td.textContent)));
    expect(confirm).toEqual([['1', '1Q84 BOOK1〈4月-6月〉'], ['2', '1Q84 BOOK2〈7月-9月〉'], ['3', '1Q84 BOOK3〈10月-12月〉']]);
    expect(await serverHolds(sim, 'hokkaido-pref')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/${kind}-series-confirm-hokkaido.png`, fullPage: true });

    await press(page, '確認');
    const holds = await serverHolds(sim, 'hokkaido-pref');
    expect(holds.map((h) => [h.recordId, h.order?.priority])).toEqual([['1000101', 1], ['1000102', 2], ['1000103', 3]]);
    expect(new Set(holds.map((h) => h.order?.group)).size).toBe(1);
  });

  it('LICS-XP: three volumes through 順番予約へ; the library reserves them in that order after the patron\'s 順番予約申込', async () => {
    await logIn(page, sim.origins, 'licsxp-demo');
    await visit(page, demoUrl(sim.origins, 'licsxp-demo', 'holds'));
    await visit(page, demoUrl(sim.origins, 'licsxp-demo', 'search'));
    await openSeries(page, '1Q84|新潮社');
    expect(await page.$eval(ui('.uketori-series-summary'), (el) => el.textContent)).toContain('順番予約へ');
    await page.click(ui('.uketori-series-panel button[data-action="confirm"]'));
    // Cart → 順番予約へ (the library's ordering screen) → 順番 set in reading order; Uketori stops there.
    await waitForPath(page, '/licsxp-opac/WOpacUsrToJunbanAction.do');
    await waitForUi(page, '.uketori-series-next[data-step="final"]');
    expect(await page.$eval(ui('.uketori-series-next[data-step="final"]'), (el) => el.textContent)).toBe('巻の順に番号を入れました。内容を確かめて「順番予約申込」を押すと予約されます。');
    const order = await page.$$eval('table.list tbody tr', (trs) => trs.map((tr) => [tr.querySelector('strong')!.textContent!.slice(0, 10), (tr.querySelector('select') as HTMLSelectElement).value]));
    expect(order.sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([['1Q84 BOOK1', '1'], ['1Q84 BOOK2', '2'], ['1Q84 BOOK3', '3']]);
    expect(await serverHolds(sim, 'licsxp-demo')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/${kind}-series-junban-licsxp.png`, fullPage: true });

    await press(page, '順番予約申込');
    const holds = await serverHolds(sim, 'licsxp-demo');
    expect(holds.map((h) => [h.recordId, h.order?.priority])).toEqual([['1000101', 1], ['1000102', 2], ['1000103', 3]]);
  });

  it('水戸市: vol. 1 reserved, borrowed after the clock moves, a notice, vol. 2 reserved with one click', async () => {
    const origin = sim.origins['mito-city']!;
    const { card } = DEMO_PATRONS['mito-city']!;
    await logIn(page, sim.origins, 'mito-city');
    await visit(page, demoUrl(sim.origins, 'mito-city', 'holds'));
    await visit(page, demoUrl(sim.origins, 'mito-city', 'search'));
    await openSeries(page, '1Q84|新潮社');
    expect(await page.$eval(ui('.uketori-series-summary'), (el) => el.textContent)).toContain('順番を指定できない');
    await page.screenshot({ path: `${SHOTS}/${kind}-series-panel-mito.png` });
    await page.click(ui('.uketori-series-panel button[data-action="confirm"]'));
    // Vol. 1 goes in the cart and through the library's 予約する and 次に進む to 予約内容確認: its 予約する is the patron's.
    await waitForPath(page, '/toshokan/user/reserve/confirm');
    await waitForUi(page, '.uketori-series-next[data-step="final"]');
    expect(await page.$eval(ui('.uketori-series-next[data-step="final"]'), (el) => el.textContent)).toBe('内容を確かめて「予約する」を押すと予約されます。');
    expect(await serverHolds(sim, 'mito-city')).toEqual([]);
    await press(page, '予約する');
    expect((await serverHolds(sim, 'mito-city')).map((h) => h.recordId)).toEqual(['1000101']);
    await visit(page, demoUrl(sim.origins, 'mito-city', 'holds'));

    // Days pass: the copy comes back, the hold is ready, the patron borrows it.
    await advanceWorld(watcher, origin, 2);
    await control(origin, 'return', { itemId: '1000101' });
    await advanceWorld(watcher, origin, 1);
    const ready = await serverHolds(sim, 'mito-city');
    expect(ready[0]!.state).toBe('ready');
    await control(origin, 'collect', { card, holdId: ready[0]!.id });
    await visit(page, demoUrl(sim.origins, 'mito-city', 'loans'));

    const notices = await until(async () => (await mirrorRows<{ id: string; kind: string; firedAt: number | null }>(watcher, 'reminders')).filter((r) => r.kind === 'series_next' && r.firedAt !== null), (r) => r.length > 0);
    expect(notices).toHaveLength(1);
    expect(await until(() => notificationsSeen(watcher), (seen) => seen.includes(notices[0]!.id))).toContain(notices[0]!.id);

    // The library's page offers the next volume: one click reserves it, through the library's own pages.
    await visit(page, demoUrl(sim.origins, 'mito-city', 'loans'));
    await waitForUi(page, '.uketori-series-next button[data-action="reserve-next"]');
    expect(await page.$eval(ui('.uketori-series-next'), (el) => el.textContent)).toContain('次の巻「1Q84 BOOK2〈7月-9月〉」を予約できます');
    await page.screenshot({ path: `${SHOTS}/${kind}-series-next-mito.png` });
    await page.click(ui('.uketori-series-next button[data-action="reserve-next"]'));
    const waiting = await until(async () => (await serverHolds(sim, 'mito-city')).filter((h) => h.state === 'waiting').map((h) => h.recordId), (ids) => ids.length > 0);
    expect(waiting).toEqual(['1000102']);
    await waitForPath(page, '/toshokan/user/reserve/confirm');

    // The patron ends the plan from the popup.
    const popup = await ext.openExtensionPage('popup.html', `${MITO_SERIES} [data-plan]`);
    await popup.click(`${MITO_SERIES} [data-plan] button[data-action="cancel"]`);
    await popup.waitForFunction((sel) => !document.querySelector(`${sel} [data-plan]`), {}, MITO_SERIES);
    await popup.close();
  });

  it('水戸市 at its limit of 15: the queue waits for a slot, then offers the volume', async () => {
    const origin = sim.origins['mito-city']!;
    const { card, password } = DEMO_PATRONS['mito-city']!;
    const held = ['1000101', '1000102', '1000103', '1000121', '1000122', '1000123', '1000124', '1000201', '1000202', '1000203', '1000204', '1000205', '1000401', '1000402', '1000403'];
    await control(origin, 'seed-patron', { card, password, holds: held.map((id, i) => ({ id, ...(i === 0 && { state: 'ready' }) })) });
    await logIn(page, sim.origins, 'mito-city');
    await visit(page, demoUrl(sim.origins, 'mito-city', 'holds'));

    await visit(page, demoUrl(sim.origins, 'mito-city', 'search'));
    await openSeries(page, '1Q84|新潮社 (新潮文庫)');
    const summary = await page.$eval(ui('.uketori-series-summary'), (el) => el.textContent);
    expect(summary).toContain('予約の上限は 15 件で、いま 15 件予約しています（あと 0 件）');
    expect(summary).toContain('1 冊は予約枠が空くまで待ちます');
    await page.click(ui('.uketori-series-panel button[data-action="confirm"]'));
    await uiValue(page, '.uketori-series-panel [role=status]', (status) => status.textContent?.includes('計画を保存しました') || null);
    expect((await serverHolds(sim, 'mito-city')).length).toBe(15);
    const popup = await ext.openExtensionPage('popup.html', 'header');
    await popup.waitForSelector(`${MITO_SERIES} [data-step="wait_slot"]`);
    expect(await popup.$eval(`${MITO_SERIES} .next`, (el) => el.textContent)).toBe('予約枠の空きを待っています（次は「1Q84 BOOK1〈4月-6月〉前編」）');

    // A slot frees when the patron borrows the ready hold.
    const ready = (await serverHolds(sim, 'mito-city')).find((h) => h.state === 'ready')!;
    await control(origin, 'collect', { card, holdId: ready.id });
    await page.bringToFront();
    await visit(page, demoUrl(sim.origins, 'mito-city', 'holds'));
    await popup.bringToFront();
    await popup.waitForSelector(`${MITO_SERIES} [data-step="reserve"]`);
    expect(await popup.$eval(`${MITO_SERIES} .next`, (el) => el.textContent)).toBe('次の巻「1Q84 BOOK1〈4月-6月〉前編」を予約できます');
    await popup.$eval(MITO_SERIES, (el) => el.scrollIntoView());
    await popup.screenshot({ path: `${SHOTS}/${kind}-series-popup.png` });
    const notices = await until(async () => (await mirrorRows<{ kind: string; firedAt: number | null; recordKey: string }>(watcher, 'reminders')).filter((r) => r.kind === 'series_next' && r.firedAt !== null), (r) => r.length > 1);
    expect(notices.map((r) => r.recordKey)).toContainEqual(expect.stringMatching(/\|1000111$/));
    await popup.close();
  });

  it('北海道立: a detail page opened on its own (no list before it) finds its volumes with the library\'s own search', async () => {
    const origin = sim.origins['hokkaido-pref']!;
    await control(origin, 'log/clear', {});
    const direct = await ext.browser.newPage();
    try {
      await visit(direct, `${origin}/wo/opc_srh/srh_detail/1000102/`);
      expect(await direct.evaluate(() => document.referrer)).toBe('');
      await openSeries(direct, '1Q84|新潮社');
      const labels = await direct.$$eval(ui('.uketori-series-panel li label'), (els) => els.map((el) => el.textContent!.trim().slice(0, 10)));
      expect(labels).toEqual(['1Q84 BOOK1', '1Q84 BOOK2', '1Q84 BOOK3']);
      // The volumes came from 簡易検索's page and its form, sent with the work's name.
      const { entries } = await control<{ entries: Array<{ path: string; query: string }> }>(origin, 'log');
      expect(entries.map((e) => `${e.path}?${e.query}`)).toEqual(expect.arrayContaining(['/wo/opc/srh/?', expect.stringMatching(/^\/wo\/opc\/srh\/list\?title=1Q84&/)]));
    } finally {
      await direct.close();
    }
  });
});
