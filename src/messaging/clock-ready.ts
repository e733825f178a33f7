import { browser } from 'wxt/browser';
import { followTestClock } from '../model/clock';

/**
 * What every extension context awaits before it reads the time. In the e2e build that is the shift its tests set
 * (see src/model/clock.ts), read from `stored` when the content script's first lines already asked for it; in shipped
 * builds the condition is false at build time and nothing of the test clock is bundled.
 */
export function clockReady(onShift?: () => void, stored?: Promise<Record<string, unknown>>): Promise<void> {
  if (import.meta.env.MODE !== 'e2e') return Promise.resolve();
  const local = browser.storage.local;
  return followTestClock(stored ? { get: () => stored, onChanged: local.onChanged } : local, onShift);
}
