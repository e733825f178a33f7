import { browser } from 'wxt/browser';
import { TEST_CLOCK_KEY, followTestClock } from '../model/clock';

/**
 * What every extension context awaits before it reads the time. In the e2e build that is the shift its tests set
 * (see src/model/clock.ts): `handedShiftMs` when the background handed it over with the content script, else read
 * from storage.local; in shipped builds the condition is false at build time and nothing of the test clock is bundled.
 */
export function clockReady(onShift?: () => void, handedShiftMs?: number): Promise<void> {
  if (import.meta.env.MODE !== 'e2e') return Promise.resolve();
  const local = browser.storage.local;
  const handed = handedShiftMs === undefined ? null : { get: async () => ({ [TEST_CLOCK_KEY]: handedShiftMs }), onChanged: local.onChanged };
  return followTestClock(handed ?? local, onShift);
}
