import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control } from '../sim/browser';
import { startSim } from '../sim/start-sim';
import { BROWSERS, launchWithExtension, type ExtensionBrowser } from './harness/browsers';
import {
  HOLDS_PATH, addLibrary, badgeText, logInAndOpenPages, mirrorRows, notificationsSeen, seedPatron, watchNotifications, type Api,
} from './harness/patron';
import { advanceWorld, followWorld, moveWorld } from './harness/world';

interface ReminderRow { id: string; kind: string; fireAt: number; firedAt: number | null }

const fired = async (page: Page, kind: string) => (await mirrorRows<ReminderRow>(page, 'reminders')).filter((r) => r.kind === kind && r.firedAt !== null);

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.each(BROWSERS)('reminders in %s', (kind) => {
  let ext: ExtensionBrowser;
  let sim: Awaited<ReturnType<typeof startSim>>;
  let origin: string;
  /** An extension page kept open to hear of notifications and read the mirror. */
  let watcher: Page;

  beforeAll(async () => {
    sim = await startSim({ libraries: ['hokkaido-pref'], today: '2026-11-23' });
    origin = sim.origins['hokkaido-pref']!;
    await seedPatron(origin);
    ext = await launchWithExtension(kind);
    await followWorld(ext, origin);
    await addLibrary(ext, origin, 'hokkaido-pref');
    await logInAndOpenPages(ext, origin);
    watcher = await ext.openExtensionPage('options.html', '#data');
    await watchNotifications(watcher);
  });
  afterAll(async () => {
    await ext?.close();
    await sim?.close();
  });

  it('a hold becomes ready on the OPAC → "今すぐ確認" in the popup → a notification and the badge', async () => {
    const popup = await ext.openExtensionPage('popup.html', '#refresh');
    expect(await popup.$$eval('[data-section="waiting"] li .title', (els) => els.map((e) => e.textContent))).toContain('ノルウェイの森 上');
    await control(origin, 'return', { itemId: '1000121' });
    await advanceWorld(popup, origin, 0);

    await popup.click('#refresh');
    await popup.waitForSelector('[data-section="ready"] li', { timeout: 20_000 });
    const ready = await popup.$eval('[data-section="ready"] li', (el) => el.textContent ?? '');
    expect(ready).toContain('ノルウェイの森 上');
    expect(ready).toContain('推定'); // 北海道立 shows the 取置期限日 only from the next day: the deadline is estimated
    await popup.waitForFunction(() => document.querySelector('#refresh')?.textContent === '今すぐ確認');
    expect(await popup.$eval('[data-library="hokkaido-pref"] .checked', (el) => el.textContent)).toMatch(/^最終確認 /);

    const readyNotices = await until(() => fired(watcher, 'hold_ready'), (r) => r.length > 0);
    expect(readyNotices).toHaveLength(1);
    expect(await until(() => notificationsSeen(watcher), (ids) => ids.includes(readyNotices[0]!.id))).toContain(readyNotices[0]!.id);
    expect(await badgeText(popup)).toBe('1');
    await popup.close();
  });

  it('moving the clock to a reminder time rings the alarm, and the reminder fires once', async () => {
    // Estimated deadline 12-03: the first reminder is three days before, at 08:00. Two seconds before it:
    await moveWorld(watcher, origin, '2026-11-30T07:59:58');
    const alarm = await until(
      () => watcher.evaluate(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).alarms.get('uketori-reminder')),
      (a) => a !== undefined && Math.abs(a.scheduledTime - (Date.now() + 2000)) < 3000,
    );
    expect(alarm).toBeDefined();
    const deadline = await until(() => fired(watcher, 'pickup_deadline'), (r) => r.length > 0, 20_000);
    expect(deadline.map((r) => r.id)).toEqual([expect.stringMatching(/\|pickup_deadline\|2026-11-30$/)]);
    expect(await until(() => notificationsSeen(watcher), (ids) => ids.includes(deadline[0]!.id))).toContain(deadline[0]!.id);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await fired(watcher, 'pickup_deadline')).toHaveLength(1);
  });

  it('rebuilds the reminders and the alarm from the mirror when the background restarts, without repeating one', async () => {
    const api = () => watcher.evaluate(async () => {
      const a = (globalThis as unknown as { browser?: Api }).browser ?? chrome;
      return a.alarms.get('uketori-reminder');
    });
    const before = await api();
    expect(before).toBeDefined();
    // Lose everything the background derived: the alarm and the reminders table.
    await watcher.evaluate(async () => {
      const a = (globalThis as unknown as { browser?: Api }).browser ?? chrome;
      await a.alarms.clear('uketori-reminder');
    });
    if (kind === 'chromium') {
      const session = await watcher.createCDPSession();
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      // Any event wakes a new worker, which derives everything on start.
      await watcher.evaluate(() => chrome.runtime.sendMessage({ type: 'featureSwitches' }));
    } else {
      // Firefox has no way to stop an event page from outside: reload the extension (a full background restart).
      void watcher.evaluate(() => (globalThis as unknown as { browser: Api }).browser.runtime.reload()).catch(() => {});
      await new Promise((r) => setTimeout(r, 1500));
      watcher = await ext.openExtensionPage('options.html', '#data');
    }
    const after = await until(api, (a) => a !== undefined);
    expect(after?.scheduledTime).toBe(before!.scheduledTime);
    expect(await fired(watcher, 'pickup_deadline')).toHaveLength(1);
    expect(await fired(watcher, 'hold_ready')).toHaveLength(1);
  });

  it('says "ログインが必要" with a link to the holds page when the session has expired', async () => {
    await control(origin, 'fail', { mode: 'expire-session' });
    const popup = await ext.openExtensionPage('popup.html', '#refresh');
    await popup.click('#refresh');
    await popup.waitForSelector('[data-library="hokkaido-pref"] [data-outcome="login"]', { timeout: 20_000 });
    expect(await popup.$eval('[data-outcome="login"] .problem', (el) => el.textContent)).toContain('ログインが必要');
    expect(await popup.$eval('[data-outcome="login"] a', (el) => el.getAttribute('href'))).toBe(`${origin}${HOLDS_PATH}`);
    // The records stay as they were.
    expect(await popup.$$eval('[data-section="ready"] li', (els) => els.length)).toBe(1);
    await popup.close();
  });
});
