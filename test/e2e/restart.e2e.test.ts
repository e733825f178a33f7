import type { CDPSession, Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, simState } from '../sim/browser';
import type { RunningSim } from '../sim/core/launch';
import { DEMO_PATRONS } from '../sim/demo-world';
import { startSim } from '../sim/start-sim';
import { launchWithExtension, type ExtensionBrowser } from './harness/browsers';
import { addDemoLibraries, demoUrl, logIn } from './harness/demo-patron';
import { mirrorEvents, mirrorRows, type Api } from './harness/patron';
import { followWorld, worldNow } from './harness/world';

// The background stopped for real in the middle of a refresh (issue: "the background restarted mid-refresh: the
// mirror ends consistent"); test/reliability/sim-failures.test.ts covers the same with a fetch that never returns.
//
// Chromium only. Its background is a service worker, which DevTools stops the way Chrome ends an idle or
// over-long worker, and any event starts again. Firefox's background is an event page: neither its remote agent
// (WebDriver BiDi, no service-worker or extension-background commands) nor the extension API can suspend it from
// outside; the nearest is runtime.reload(), which reinstalls the whole extension and closes its pages, another
// event (reminders.e2e.test.ts uses it for "derived again on start").

/** Three libraries of different systems, each with its own part when the worker stops. */
const DONE = 'hokkaido-pref'; // answers at once: its refresh is over before the stop
const HALF = 'mito-city'; // slow: its holds page is read and reconciled, its loans page is still on the way
const UNTOUCHED = 'winj-demo'; // slower still: nothing of it is written before the stop
const IDS = [DONE, HALF, UNTOUCHED];
const HALF_LATENCY_MS = 2_000;
const UNTOUCHED_LATENCY_MS = 8_000;
const ACTIVE = ['pending', 'waiting', 'ready'];
const REFRESH_NOW = '今すぐ確認';

interface HoldRow { key: string; libraryId: string; title: string; state: string; goneAt: number | null; outcome: string | null; firstSeenAt: number }
interface LoanRow { key: string; libraryId: string; title: string }
interface StatusRow { running: boolean; outcome: string | null; checkedAt: number | null }
/** What one library's lists say, comparable between the simulator and the mirror. */
interface Lists { holds: string[]; ready: string[]; loans: string[] }

// Catalogue titles and what a page shows differ only in width (三体Ⅱ / 三体II).
const norm = (title: string) => title.normalize('NFKC').replace(/\s+/g, ' ').trim();
const sorted = (titles: string[]) => titles.map(norm).sort();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await sleep(100);
  }
}

const isWorker = (origin: string) => (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`${origin}/`);
const MARK = 'uketoriRestartMark';

describe('the Chromium service worker stopped in the middle of a refresh', () => {
  let sim: RunningSim;
  let ext: ExtensionBrowser;
  /** An extension page kept open to read the mirror and send messages; pages live on when the worker stops. */
  let watcher: Page;
  let devtools: CDPSession;
  /** The simulator's library id → Uketori's (the vendor demos are added by URL and get an id from their origin). */
  const libraryId: Record<string, string> = {};
  /** The extension worker's running status as DevTools last reported it, by version id. */
  const workerStatus = new Map<string, string>();

  const patronOf = async (id: string) => (await simState(sim.origins[id]!)).patrons.find((p) => p.card === DEMO_PATRONS[id]!.card)!;
  async function simLists(id: string): Promise<Lists> {
    const patron = await patronOf(id);
    const active = patron.holds.filter((h) => ACTIVE.includes(h.state));
    return {
      holds: sorted(active.map((h) => h.title)),
      ready: sorted(active.filter((h) => h.state === 'ready').map((h) => h.title)),
      loans: sorted(patron.loans.map((l) => l.title)),
    };
  }
  const holdRows = async (id: string) => (await mirrorRows<HoldRow>(watcher, 'holds')).filter((h) => h.libraryId === libraryId[id]);
  async function mirrorLists(id: string): Promise<Lists> {
    const holds = (await holdRows(id)).filter((h) => h.goneAt === null);
    const loans = (await mirrorRows<LoanRow>(watcher, 'loans')).filter((l) => l.libraryId === libraryId[id]);
    return { holds: sorted(holds.map((h) => h.title)), ready: sorted(holds.filter((h) => h.state === 'ready').map((h) => h.title)), loans: sorted(loans.map((l) => l.title)) };
  }
  const statuses = async () =>
    (await mirrorRows<{ key: string; value: Record<string, StatusRow> }>(watcher, 'settings')).find((s) => s.key === 'refresh')?.value ?? {};
  const statusOf = async (id: string) => (await statuses())[libraryId[id]!];

  /** Press 今すぐ確認 in a popup and wait until the button says so again and every library was checked after `since`. */
  async function refreshFrom(popup: Page, since: number): Promise<void> {
    await popup.click('#refresh');
    await until('every library checked', statuses, (all) => IDS.every((id) => !all[libraryId[id]!]?.running && (all[libraryId[id]!]?.checkedAt ?? 0) > since));
    await popup.waitForFunction((label) => document.querySelector('#refresh')?.textContent === label, {}, REFRESH_NOW);
  }

  /** What the popup shows about refreshing: the button, and any library still 確認中…. */
  const popupState = (popup: Page) => popup.evaluate(() => {
    const button = document.querySelector<HTMLButtonElement>('#refresh')!;
    return { button: button.textContent, disabled: button.disabled, running: document.querySelectorAll('.status.running').length };
  });

  beforeAll(async () => {
    sim = await startSim({ libraries: IDS, today: '2026-11-23' });
    for (const id of IDS) await control(sim.origins[id]!, 'seed-patron', DEMO_PATRONS[id]);
    ext = await launchWithExtension('chromium');
    await addDemoLibraries(ext, sim.origins);
    await followWorld(ext, sim.origins[IDS[0]!]!);
    const tab = await ext.browser.newPage();
    for (const id of IDS) {
      await logIn(tab, sim.origins, id);
      // Opening the lists once is how Uketori learns where they are (a refresh fetches only known pages).
      for (const list of ['holds', 'loans'] as const) {
        await tab.goto(demoUrl(sim.origins, id, list));
        await tab.waitForSelector('html[data-uketori-synced="yes"]', { timeout: 20_000 });
      }
    }
    await tab.close();
    watcher = await ext.openExtensionPage('options.html', '#data');
    for (const library of await mirrorRows<{ id: string; origins: string[] }>(watcher, 'libraries')) {
      const id = IDS.find((i) => library.origins.some((o) => o.startsWith(sim.origins[i]!)));
      if (id) libraryId[id] = library.id;
    }
    devtools = await watcher.createCDPSession();
    devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.startsWith(`${ext.origin}/`)) workerStatus.set(v.versionId, v.runningStatus);
    });
    await devtools.send('ServiceWorker.enable');
  });
  afterAll(async () => {
    await ext?.close();
    await sim?.close();
  });

  it('keeps what was reconciled, shows no stuck 確認中…, and the next refresh makes the mirror equal the library', async () => {
    expect(Object.keys(libraryId).sort()).toEqual([...IDS].sort());
    // A known state: one ordinary refresh, after which the mirror holds what every library shows (a hold ready at each).
    const popup = await ext.openExtensionPage('popup.html', '#refresh');
    const firstStart = (await worldNow(sim.origins[HALF]!)) - 1;
    await refreshFrom(popup, firstStart);
    const before: Record<string, Lists> = {};
    const firstCheck: Record<string, StatusRow> = {};
    for (const id of IDS) {
      before[id] = await simLists(id);
      expect(before[id]!.ready).toHaveLength(1);
      expect(await mirrorLists(id)).toEqual(before[id]);
      firstCheck[id] = (await statusOf(id))!;
      expect(firstCheck[id]).toMatchObject({ running: false, outcome: 'ok' });
    }
    const holdsBefore = (await mirrorRows<HoldRow>(watcher, 'holds')).filter((h) => h.goneAt === null);
    const lastEventBefore = Math.max(0, ...(await mirrorEvents(watcher)).map((e) => e.change));

    // At the counter, each patron collects the ready hold (a hold leaves, a loan comes) and returns an older loan:
    // both lists change at every library.
    for (const id of IDS) {
      const patron = await patronOf(id);
      const ready = patron.holds.find((h) => h.state === 'ready')!;
      const returned = patron.loans[0]!;
      await control(sim.origins[id]!, 'collect', { card: patron.card, holdId: ready.id });
      await control(sim.origins[id]!, 'return', { itemId: returned.copyId });
    }
    const after: Record<string, Lists> = {};
    for (const id of IDS) {
      after[id] = await simLists(id);
      expect(after[id]!.holds).toHaveLength(before[id]!.holds.length - 1);
      expect(after[id]!.ready).toEqual([]);
      expect(after[id]!.loans).toHaveLength(before[id]!.loans.length);
      expect(after[id]!.loans).not.toEqual(before[id]!.loans);
    }
    await control(sim.origins[HALF]!, 'latency', { ms: HALF_LATENCY_MS });
    await control(sim.origins[UNTOUCHED]!, 'latency', { ms: UNTOUCHED_LATENCY_MS });

    // A global that only this instance of the worker has.
    const oldTarget = await ext.browser.waitForTarget(isWorker(ext.origin));
    const oldWorker = (await oldTarget.worker())!;
    await oldWorker.evaluate((mark) => ((globalThis as Record<string, unknown>)[mark] = 'before the stop'), MARK);
    expect(await oldWorker.evaluate((mark) => (globalThis as Record<string, unknown>)[mark], MARK)).toBe('before the stop');
    expect([...workerStatus.values()]).toEqual(['running']);

    // The patron presses 今すぐ確認 again; stop the worker once the slow library's holds are in the mirror and its
    // loans page is on the way.
    const secondStart = await worldNow(sim.origins[HALF]!);
    await popup.click('#refresh');
    await until('the slow library\'s holds in the mirror', () => mirrorLists(HALF), (l) => l.holds.join() === after[HALF]!.holds.join());
    const destroyed = new Promise<void>((resolve) => ext.browser.on('targetdestroyed', (t: Target) => void (t === oldTarget && resolve())));
    // Puppeteer's close() of a service worker: Target.closeTarget, which stops the worker (DevTools reports it
    // "stopped", as after ServiceWorker.stopWorker), then detaches puppeteer's session from it. Not
    // ServiceWorker.stopAllWorkers as in reminders.e2e.test.ts: once the test has evaluated in the worker (the mark),
    // that stop leaves the worker's target behind and the next start never answers a message.
    await oldWorker.close();

    // It stopped: DevTools says so, its target is gone, and what it had under way never lands in the mirror.
    await until('DevTools to report the worker stopped', async () => [...workerStatus.values()], (s) => s.join() === 'stopped');
    await destroyed;
    expect(ext.browser.targets().filter(isWorker(ext.origin))).toHaveLength(0);
    await sleep(HALF_LATENCY_MS + 500); // the slow library's loans page has come back by now, to nobody
    expect(await mirrorLists(DONE)).toEqual(after[DONE]);
    expect(await mirrorLists(HALF)).toEqual({ ...after[HALF], loans: before[HALF]!.loans });
    expect(await mirrorLists(UNTOUCHED)).toEqual(before[UNTOUCHED]);
    expect((await statusOf(DONE))).toMatchObject({ running: false, outcome: 'ok' });
    expect((await statusOf(HALF))?.running).toBe(true); // left behind by the worker that stopped
    expect((await statusOf(UNTOUCHED))?.running).toBe(true);
    // The popup that asked lost its answer.
    await popup.waitForSelector('[role=alert]');
    expect(await popup.$eval('[role=alert]', (el) => el.textContent)).toMatch(/^確認できませんでした: /);

    // Any event starts a new worker: one without the mark.
    const reply = await watcher.evaluate(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).runtime.sendMessage({ type: 'featureSwitches' }));
    expect(reply).toMatchObject({ ok: true });
    const newTarget = await ext.browser.waitForTarget(isWorker(ext.origin));
    expect(newTarget).not.toBe(oldTarget);
    const newWorker = (await newTarget.worker())!;
    expect(await newWorker.evaluate((mark) => (globalThis as Record<string, unknown>)[mark] ?? null, MARK)).toBeNull();
    expect([...workerStatus.values()]).toEqual(['running']);

    // On start it gives the cut-off libraries their last check back: nothing says 確認中… any more, in the popup
    // that was open nor in a new one, and the button works.
    await until('no library marked as refreshing', statuses, (all) => Object.values(all).every((s) => !s.running), 5_000);
    expect(await statusOf(HALF)).toMatchObject({ running: false, outcome: 'ok', checkedAt: firstCheck[HALF]!.checkedAt });
    expect(await statusOf(UNTOUCHED)).toMatchObject({ running: false, outcome: 'ok', checkedAt: firstCheck[UNTOUCHED]!.checkedAt });
    expect((await statusOf(DONE))!.checkedAt).toBeGreaterThan(secondStart);
    const idle = { button: REFRESH_NOW, disabled: false, running: 0 };
    await until('the open popup to settle', () => popupState(popup), (s) => JSON.stringify(s) === JSON.stringify(idle));
    await popup.close();
    const fresh = await ext.openExtensionPage('popup.html', '#refresh');
    expect(await popupState(fresh)).toEqual(idle);
    expect(await fresh.$$('[role=alert]')).toHaveLength(0);

    // The library answers at its usual speed again; the next refresh completes what was cut off.
    for (const id of IDS) await control(sim.origins[id]!, 'latency', { ms: 0 });
    const thirdStart = await worldNow(sim.origins[HALF]!);
    await refreshFrom(fresh, thirdStart);
    const allEvents = await mirrorEvents(watcher);
    for (const id of IDS) {
      // Exactly what the library shows: no duplicates, nothing missing, no library half-written.
      expect(await mirrorLists(id)).toEqual(await simLists(id));
      expect(await statusOf(id)).toMatchObject({ running: false, outcome: 'ok' });
      // The collected hold left once, as picked up; the holds still there are the very rows seen before.
      const holds = await holdRows(id);
      expect(holds.filter((h) => h.goneAt !== null).map((h) => [norm(h.title), h.outcome])).toEqual([[before[id]!.ready[0], 'picked_up']]);
      for (const hold of holds.filter((h) => h.goneAt === null)) {
        expect(holdsBefore.find((h) => h.key === hold.key)?.firstSeenAt).toBe(hold.firstSeenAt);
      }
      // Each change was noticed once, however the refreshes were cut: the hold left (as cancelled, from the holds
      // page), was then found picked up (from the loans page), a loan came and one went.
      const events = allEvents.filter((e) => e.libraryId === libraryId[id] && e.change > lastEventBefore).map((e) => `${e.kind} ${e.outcome}`).sort();
      expect(events, id).toEqual(['hold_gone cancelled', 'hold_gone picked_up', 'loan_added null', 'loan_returned null']);
      // And the popup shows it: nothing ready any more, every loan.
      const section = `[data-library="${libraryId[id]}"]`;
      expect(await fresh.$$(`${section} [data-section="ready"] li`)).toHaveLength(0);
      expect(await fresh.$$eval(`${section} [data-section="loans"] li`, (els) => els.length)).toBe(after[id]!.loans.length);
    }
    expect(await popupState(fresh)).toEqual(idle);
    await fresh.close();
  });
});
