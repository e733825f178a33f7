import { describe, expect, it, vi } from 'vitest';
import { clock, followTestClock, TEST_CLOCK_KEY, type ShiftStore } from './clock';

describe('the clock', () => {
  it('is the machine clock until a test clock is followed', () => {
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(50);
    expect(clock.toReal(123)).toBe(123);
  });

  it('follows the shift a test writes, and re-runs what depends on the time', async () => {
    let listener: Parameters<ShiftStore['onChanged']['addListener']>[0] = () => {};
    const store: ShiftStore = { get: async () => ({ [TEST_CLOCK_KEY]: 86_400_000 }), onChanged: { addListener: (l) => void (listener = l) } };
    const onShift = vi.fn();
    await followTestClock(store, onShift);
    expect(clock.now() - Date.now()).toBeGreaterThan(86_400_000 - 50);
    listener({ [TEST_CLOCK_KEY]: { newValue: 1000 } });
    expect(onShift).toHaveBeenCalledOnce();
    expect(clock.toReal(clock.now())).toBeLessThanOrEqual(Date.now());
    expect(clock.toReal(5000)).toBe(4000);
    listener({ other: { newValue: 1 } });
    expect(onShift).toHaveBeenCalledOnce();
    listener({ [TEST_CLOCK_KEY]: { newValue: undefined } });
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(50);
  });
});
