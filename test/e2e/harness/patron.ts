import type { Page } from 'puppeteer-core';
import { control } from '../../sim/browser';
import type { ExtensionBrowser } from './browsers';

/** The extension API inside an extension page: `browser` in Firefox, `chrome` in Chromium. */
export type Api = typeof chrome;
export const CARD = '0123456';
export const PASSWORD = 'hokkaido';
export const HOLDS_PATH = '/wo/usr/rsv';
export const LOANS_PATH = '/wo/usr/lend';

/** The sim patron, with one hold waiting (ノルウェイの森 上, its copy out on loan) and one loan. */
export async function seedPatron(origin: string): Promise<void> {
  await control(origin, 'reset', {});
  await control(origin, 'seed-patron', {
    card: CARD, password: PASSWORD,
    holds: [{ id: '1000121', reservedOn: '2026-11-20' }, { id: '1000201', reservedOn: '2026-11-20' }],
    loans: [{ id: '1000131', lentOn: '2026-11-16' }],
  });
}

/** Add the simulated library from the options page, as a patron does (known library, the sim's origin). */
export async function addLibrary(ext: ExtensionBrowser, origin: string, libraryId: string): Promise<void> {
  const page = await ext.openExtensionPage('options.html', '#add-library');
  await page.select('#add-library select', libraryId);
  await page.$eval('#add-library input[name=url]', (el) => ((el as HTMLInputElement).value = ''));
  await page.type('#add-library input[name=url]', `${origin}/wo/`);
  await page.click('#add-library button[type=submit]');
  await page.waitForSelector('#add-library [role=status].ok');
  await page.close();
}

/** Log in through the OPAC's own form, then open the holds and loans pages once so Uketori knows where they are. */
export async function logInAndOpenPages(ext: ExtensionBrowser, origin: string): Promise<void> {
  const tab = await ext.browser.newPage();
  await tab.goto(`${origin}/wo/usr/login`);
  await tab.waitForSelector('input[name=card]');
  await tab.type('input[name=card]', CARD);
  await tab.type('input[name=password]', PASSWORD);
  await Promise.all([tab.waitForNavigation(), tab.click('input[type=submit][value=ログイン]')]);
  for (const path of [HOLDS_PATH, LOANS_PATH]) {
    await tab.goto(`${origin}${path}`);
    await tab.waitForSelector('html[data-uketori-synced="yes"]', { timeout: 20_000 });
  }
  await tab.close();
}

/** Rows of one mirror table, read from an extension page with plain IndexedDB. */
export function mirrorRows<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate((name) => new Promise<T[]>((resolve, reject) => {
    const open = indexedDB.open('uketori');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
      request.onsuccess = () => { resolve(request.result as T[]); open.result.close(); };
      request.onerror = () => reject(request.error);
    };
  }), store);
}

/** The mirror's history event by event (it keeps one row per reading, src/mirror/changes.ts), each with its row's id. */
export async function mirrorEvents(page: Page): Promise<Array<{ change: number; kind: string; libraryId: string; cardId: string; outcome: string | null }>> {
  const changes = await mirrorRows<{ id: number; libraryId: string; cardId: string; events: Array<{ kind: string; outcome: string | null }> }>(page, 'events');
  return changes.flatMap(({ id, libraryId, cardId, events }) => events.map(({ kind, outcome }) => ({ change: id, kind, libraryId, cardId, outcome })));
}

/**
 * Notifications seen by an extension page. Headless Firefox closes a notification at once, so every page records
 * the ids it hears of (onClosed); Chromium keeps them, so getAll() tells too.
 */
export async function watchNotifications(page: Page): Promise<void> {
  await page.evaluate(() => {
    const api = (globalThis as unknown as { browser?: Api }).browser ?? chrome;
    const seen: string[] = ((globalThis as unknown as { uketoriSeen: string[] }).uketoriSeen = []);
    api.notifications.onClosed.addListener((id) => void seen.push(id));
  });
}

export async function notificationsSeen(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: Api }).browser ?? chrome;
    const open = Object.keys(await api.notifications.getAll());
    return [...new Set([...(globalThis as unknown as { uketoriSeen: string[] }).uketoriSeen, ...open])];
  });
}

export function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).action.getBadgeText({}));
}

