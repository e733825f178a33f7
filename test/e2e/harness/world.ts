import type { Page } from 'puppeteer-core';
import { TEST_CLOCK_KEY } from '../../../src/model/clock';
import { control } from '../../sim/browser';
import type { ExtensionBrowser } from './browsers';
import type { Api } from './patron';

/**
 * One clock for the system under test. The simulator's clock is the world's; every move of it goes through here,
 * and here the extension (every context of the e2e build reads the shift in storage.local) is set to the same
 * instant. The shift is taken in the browser against the browser's own clock, so the two agree even when the
 * machine's clock is moved (libfaketime) or differs between processes.
 */
interface WorldClock { now: number; today: string }

/** Set the extension's clock to the simulator's now. `on` is an open extension page, or the browser to open one in. */
export async function followWorld(on: Page | ExtensionBrowser, origin: string): Promise<WorldClock> {
  const page = 'openExtensionPage' in on ? await on.openExtensionPage('options.html', '#app') : on;
  const world = await control<WorldClock>(origin, 'clock');
  await page.evaluate((key, simNow) => {
    const api = (globalThis as unknown as { browser?: Api }).browser ?? chrome;
    return api.storage.local.set({ [key]: simNow - Date.now() });
  }, TEST_CLOCK_KEY, world.now);
  if (page !== on) await page.close();
  return world;
}

/** Move the world to a Tokyo time (`YYYY-MM-DDTHH:MM:SS`) or a day (10:00), forward only; the extension follows. */
export async function moveWorld(on: Page | ExtensionBrowser, origin: string, at: string): Promise<WorldClock> {
  await control(origin, 'clock', { at });
  return followWorld(on, origin);
}

/** The world a number of days on (the libraries run each day); the extension follows. */
export async function advanceWorld(on: Page | ExtensionBrowser, origin: string, days: number): Promise<WorldClock> {
  await control(origin, 'advance', { days });
  return followWorld(on, origin);
}

/** The world's now (epoch ms): what the extension's timestamps (checkedAt, firedAt …) are to be compared with. */
export async function worldNow(origin: string): Promise<number> {
  return (await control<WorldClock>(origin, 'clock')).now;
}
