import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshBadge } from '../src/background/badge';
import { DAILY_ALARM, NOTICE_BUTTONS, REMINDER_ALARM, forgetAll, forgetRegistrations, inject, injectorEdges, keepDailyAlarm, refreshEdges, reminderEdges, sessionStorageEdges } from '../src/background/browser-edges';
import { callerIdentifier } from '../src/background/callers';
import { backgroundHandlers } from '../src/background/handlers';
import { dropTabIntents } from '../src/background/intent-handlers';
import { justReady, reminderTarget, remindersOf, runReminders, snoozeReminder } from '../src/background/reminders';
import { pageInjector } from '../src/background/page-injection';
import { serially } from '../src/background/serial';
import { spaceNotice } from '../src/background/space-notice';
import { featureSwitches } from '../src/features/switches';
import { syncSeries } from '../src/mirror/series';
import { originPattern } from '../src/libraries/origin-pattern';
import { createListener } from '../src/messaging/channel';
import { mirrorDb } from '../src/mirror/db';
import { pruneEvents } from '../src/mirror/events';
import { watchWrites } from '../src/mirror/storage-space';
import { clockReady as testClockReady } from '../src/messaging/clock-ready';
import { clock } from '../src/model/clock';

export default defineBackground(() => {
  const db = mirrorDb();
  const report = (error: unknown) => console.warn('[Uketori]', error);
  // A write the browser refuses for lack of space is told to the patron (popup, options) until one is kept again.
  const space = spaceNotice(sessionStorageEdges, clock.now, report);
  watchWrites(db, space.mirror);
  const libraries = () => db.libraries.toArray();
  const injector = pageInjector(injectorEdges(libraries, () => featureSwitches(db)), report);
  // Only the e2e build follows the clock its tests set (reminders are days away); shipped builds read the machine's.
  const clockReady = testClockReady(() => void remind());
  const remind = serially(async (ready?: Set<string>) => {
    await clockReady;
    // Series plans follow the mirror first: a volume picked up or borrowed frees the next one's notice.
    await syncSeries(db);
    await runReminders(db, reminderEdges(clock), ready);
    await refreshBadge(db, new Date(clock.now()));
    // The history of changes keeps what is recent: pruned after every reconcile and on the daily alarm.
    await pruneEvents(db, clock.now());
    await keepDailyAlarm();
  }, report);
  // A notification of several reminders opens the page of the first it names, and snoozes them all.
  const open = async (id: string) => {
    const url = await reminderTarget(db, remindersOf(id)[0]!);
    if (url) await browser.tabs.create({ url });
    await browser.notifications.clear(id);
  };
  const snoozeAll = async (id: string) => {
    for (const reminder of remindersOf(id)) await snoozeReminder(db, reminder, clock.now());
    await browser.notifications.clear(id);
    await remind();
  };

  browser.runtime.onMessage.addListener(createListener(backgroundHandlers(db, {
    now: clock.now,
    hasOrigin: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
    changed: async (events = []) => remind(justReady(events)),
    refresh: refreshEdges(clock),
    forgetAll,
    inject,
    session: space.watched(sessionStorageEdges),
  }), callerIdentifier(new URL(browser.runtime.getURL('/')).origin, libraries)));
  // A tab's intents last while it stays on their library: closed, or gone elsewhere, the tab loses them.
  browser.tabs.onRemoved.addListener((tabId) => {
    injector.removed(tabId);
    void dropTabIntents(sessionStorageEdges, tabId, null, libraries).catch(report);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // The content script goes into a library page once it has loaded (src/background/page-injection.ts).
    injector.updated(tabId, change, tab);
    if (change.url === undefined && change.status !== 'loading') return;
    void dropTabIntents(sessionStorageEdges, tabId, change.url ?? tab.url ?? null, libraries).catch(report);
  });
  browser.alarms.onAlarm.addListener((alarm) => void ((alarm.name === REMINDER_ALARM || alarm.name === DAILY_ALARM) && remind()));
  browser.notifications.onClicked.addListener((id) => void open(id).catch(report));
  if (NOTICE_BUTTONS) {
    browser.notifications.onButtonClicked.addListener((id, button) => {
      const done = button === 0 ? open(id) : snoozeAll(id);
      void done.catch(report);
    });
  }
  // Reminders, the alarm and the badge are derived from the mirror on every start (install, browser startup,
  // wake-up), so nothing is lost across restarts and updates. Firefox keeps alarms for one browser session and wakes
  // an event page at startup only for a startup listener: listening is what brings reminders back.
  const rederive = () => void remind();
  browser.runtime.onStartup.addListener(rederive);
  browser.runtime.onInstalled.addListener(() => {
    rederive();
    void forgetRegistrations().catch(report);
  });
  rederive();
});
