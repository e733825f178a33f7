import { rmSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control } from '../sim/browser';
import { startSim } from '../sim/start-sim';
import { BROWSERS, launchWithExtension, newProfile, type ExtensionBrowser } from './harness/browsers';
import { addLibrary, logInAndOpenPages, mirrorRows, seedPatron } from './harness/patron';
import { advanceWorld, followWorld, moveWorld, worldNow } from './harness/world';

// A real browser restart: the browser process ends and the same profile is opened again. Firefox keeps alarms for
// one session only and starts an event page at browser start only for a startup listener; the reminder must come
// from what the mirror holds, at its time, once.

interface ReminderRow { id: string; kind: string; fireAt: number; firedAt: number | null }

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.each(BROWSERS)('browser restart in %s', (kind) => {
  let sim: Awaited<ReturnType<typeof startSim>>;
  let origin: string;
  let profile: string;
  let ext: ExtensionBrowser | undefined;
  const reminders = (page: Page, which: string) => mirrorRows<ReminderRow>(page, 'reminders').then((rows) => rows.filter((r) => r.kind === which));

  beforeAll(async () => {
    sim = await startSim({ libraries: ['hokkaido-pref'], today: '2026-11-23' });
    origin = sim.origins['hokkaido-pref']!;
    await seedPatron(origin);
    profile = newProfile(kind);
    ext = await launchWithExtension(kind, 'ja', true, profile);
    await followWorld(ext, origin);
    await addLibrary(ext, origin, 'hokkaido-pref');
    await logInAndOpenPages(ext, origin);
  });
  afterAll(async () => {
    await ext?.close();
    await sim?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('browser restart: closed before a reminder\'s time and opened again, the reminder fires at its time, once', async () => {
    // A hold becomes ready and the patron checks once: its pickup deadline (estimated 12-03) has a reminder at
    // 11-30 08:00.
    const popup = await ext!.openExtensionPage('popup.html', '#refresh');
    await control(origin, 'return', { itemId: '1000121' });
    await advanceWorld(popup, origin, 0);
    await popup.click('#refresh');
    await popup.waitForSelector('[data-section="ready"] li', { timeout: 20_000 });
    const planned = await until(() => reminders(popup, 'pickup_deadline'), (r) => r.some((x) => x.firedAt === null));
    const due = planned.find((r) => r.firedAt === null)!;
    expect(due.id).toMatch(/\|pickup_deadline\|2026-11-30$/);

    // Twenty seconds before it, the patron quits the browser.
    await moveWorld(popup, origin, '2026-11-30T07:59:40');
    await ext!.close();
    ext = undefined;
    ext = await launchWithExtension(kind, 'ja', true, profile);
    const watcher = await ext!.openExtensionPage('options.html', '#data');
    // The same profile: the library and the patron's records are still there.
    expect((await mirrorRows<{ id: string }>(watcher, 'libraries')).map((l) => l.id)).toEqual(['hokkaido-pref']);
    const fired = await until(() => reminders(watcher, 'pickup_deadline'), (r) => r.some((x) => x.id === due.id && x.firedAt !== null), 45_000);
    const row = fired.find((r) => r.id === due.id)!;
    expect(row.firedAt).not.toBeNull();
    // At its time: not before it, and not long after (the world clock runs on while the browser restarts).
    expect(row.firedAt!).toBeGreaterThanOrEqual(due.fireAt);
    expect(row.firedAt! - due.fireAt).toBeLessThan(15_000);
    expect(await worldNow(origin)).toBeGreaterThanOrEqual(due.fireAt);
    // Once: still one fired reminder a while later, and the alarm points past it.
    await new Promise((r) => setTimeout(r, 3000));
    expect((await reminders(watcher, 'pickup_deadline')).filter((r) => r.id === due.id && r.firedAt !== null)).toHaveLength(1);
    expect((await reminders(watcher, 'pickup_deadline')).filter((r) => r.firedAt !== null)).toHaveLength(1);
  });
});
