import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { Library } from '../model';
import { handOver } from '../messaging/handover';
import { originPattern } from '../libraries/origin-pattern';
import { readHtml } from '../opac/read-html';
import { t } from '../features/i18n';
import { TEST_CLOCK_KEY, type Clock } from '../model/clock';
import { readInOffscreen } from './offscreen';
import type { FetchedPage, RefreshEdges } from './refresh';
import type { Notice, ReminderEdges } from './reminders';
import type { BackgroundEdges } from './edges';
import { injectionFor, type InjectorEdges, type PageInjection } from './page-injection';

export const REMINDER_ALARM = 'uketori-reminder';
/** Wakes the background once a day for housekeeping (old events pruned), even when no reminder is pending. */
export const DAILY_ALARM = 'uketori-daily';
const FETCH_TIMEOUT_MS = 20_000;

/** Chrome notifications can carry buttons; Firefox shows only title and text, and a click opens the OPAC. */
export const NOTICE_BUTTONS = import.meta.env.BROWSER === 'chrome';

export function reminderEdges(clock: Clock): ReminderEdges {
  return {
    now: clock.now,
    text: t,
    async setAlarm(at) {
      await browser.alarms.clear(REMINDER_ALARM);
      if (at !== null) await browser.alarms.create(REMINDER_ALARM, { when: clock.toReal(at) });
    },
    async notify(notice: Notice) {
      await browser.notifications.create(notice.id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: notice.title,
        message: notice.message,
        ...(NOTICE_BUTTONS && { buttons: [{ title: t('noticeOpenHolds') }, { title: t('noticeSnooze') }] }),
      });
    },
  };
}

/** Set the daily alarm unless it is set (delete-all clears every alarm; the next derivation sets it again). */
export async function keepDailyAlarm(): Promise<void> {
  if (!(await browser.alarms.get(DAILY_ALARM))) await browser.alarms.create(DAILY_ALARM, { periodInMinutes: 24 * 60 });
}

/** Background fetches carry the patron's OPAC session (the origin's host permission is granted). */
async function fetchPage(url: string): Promise<FetchedPage> {
  const response = await fetch(url, { credentials: 'include', cache: 'no-store', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  return { url: response.url || url, status: response.status, bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') };
}

export function refreshEdges(clock: Clock): RefreshEdges {
  return {
    now: clock.now,
    version: browser.runtime.getManifest().version,
    fetchPage,
    // Firefox's background is a page with a DOM; Chrome's service worker reads in the offscreen document.
    readHtml: typeof DOMParser === 'undefined'
      ? readInOffscreen
      : async (html: string, url: string, today: string, library: Library) => readHtml(html, url, { today }, [library]),
  };
}

/**
 * The extension's files run in a frame of a tab, in order, in the isolated world of the content script there, now: the
 * script that asks for a part may be waiting on a page still loading (a family's file for a library whose row names
 * none), and an injection left for document_idle would hold that page's load event back.
 */
export async function inject(tabId: number, frameId: number, ...files: string[]): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: files as ScriptPublicPath[], injectImmediately: true });
}

/**
 * What the injector needs of the browser: the patron's libraries at a page's origin whose pattern the browser granted,
 * and the content script run in the tab's top frame, after what it is handed.
 */
export function injectorEdges(libraries: () => Promise<Library[]>, switches: () => Promise<Record<string, boolean>>): InjectorEdges {
  return {
    async plan(url) {
      const page = new URL(url);
      // The switches read beside the rows: most pages asked about here are a library's.
      const [rows, on] = await Promise.all([libraries(), switches()]);
      const patterns = new Set(rows.flatMap((l) => l.origins).filter((o) => new URL(o).origin === page.origin).map(originPattern));
      const granted: string[] = [];
      for (const pattern of patterns) if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
      return granted.length > 0 ? injectionFor(page, rows, granted, on) : null;
    },
    inject: injectPage,
    tab: (tabId) => browser.tabs.get(tabId).catch(() => null),
  };
}

/**
 * The content script into a tab's top frame: what it is handed first (in the e2e build with the test clock's shift),
 * then its files, only if that document had nothing handed over yet. Both at once: the page may still be loading.
 */
async function injectPage(tabId: number, { files, handover }: PageInjection): Promise<void> {
  const clockShiftMs = import.meta.env.MODE === 'e2e' ? ((await browser.storage.local.get(TEST_CLOCK_KEY))[TEST_CLOCK_KEY] as number | undefined) : undefined;
  const [handed] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: handOver, args: [JSON.stringify({ ...handover, clockShiftMs })], injectImmediately: true });
  if (handed?.result === true) await inject(tabId, 0, ...files);
}

/**
 * Earlier versions registered the content script for the granted origins and kept what it read first in
 * storage.local under these keys; it is injected now (./page-injection.ts), so an update drops both.
 */
export async function forgetRegistrations(): Promise<void> {
  await browser.scripting.unregisterContentScripts();
  const stale = Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith('pageFacts:'));
  if (stale.length > 0) await browser.storage.local.remove(stale);
}

/**
 * Delete-all, outside the mirror: Uketori's keys in the session storage of open library pages (an action waiting
 * for a login), the library origins the patron granted (those the manifest requires cannot be given back), every
 * notification still shown, every alarm, and every extension storage area. The e2e build keeps only the clock its
 * tests set.
 */

export async function forgetAll(): Promise<void> {
  const required = new Set(browser.runtime.getManifest().host_permissions ?? []);
  // While Uketori can still reach the pages.
  await forgetInPages();
  const granted = ((await browser.permissions.getAll()).origins ?? []).filter((o) => !required.has(o));
  if (granted.length > 0) await browser.permissions.remove({ origins: granted });
  for (const id of Object.keys(await browser.notifications.getAll())) await browser.notifications.clear(id);
  await browser.alarms.clearAll();
  const testClock = import.meta.env.MODE === 'e2e' ? await browser.storage.local.get(TEST_CLOCK_KEY) : {};
  await browser.storage.local.clear();
  await browser.storage.session.clear();
  await browser.storage.sync.clear();
  if (Object.keys(testClock).length > 0) await browser.storage.local.set(testClock);
}

/** The prefix of the keys earlier versions of Uketori kept in a page's own session storage (now none are written). */
const PAGE_KEY_PREFIX = 'uketori.';

/** Open pages Uketori may reach: the browser shows a tab's address only where it granted access (no "tabs" permission). */
async function forgetInPages(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined || !tab.url || !/^https?:/.test(tab.url)) continue;
    // Runs in the page: self-contained, so the prefix is passed in.
    const forget = (prefix: string) => Object.keys(sessionStorage).filter((k) => k.startsWith(prefix)).forEach((k) => sessionStorage.removeItem(k));
    // A tab Uketori cannot run in (an error page, one loading) has none of its keys to lose.
    await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, func: forget, args: [PAGE_KEY_PREFIX] }).catch(() => undefined);
  }
}

export const sessionStorageEdges: BackgroundEdges['session'] = {
  get: (keys) => browser.storage.session.get(keys),
  set: (items) => browser.storage.session.set(items),
  remove: (keys) => browser.storage.session.remove(keys),
};
