import { browser } from 'wxt/browser';
import { followTestClock } from '../model/clock';

/**
 * What every extension context awaits before it reads the time. In the e2e build that is the shift its tests set
 * (see src/model/clock.ts); in shipped builds the condition is false at build time and nothing of the test clock
 * is bundled.
 */
export function clockReady(onShift?: () => void): Promise<void> {
  return import.meta.env.MODE === 'e2e' ? followTestClock(browser.storage.local, onShift) : Promise.resolve();
}
