import { describe, expect, it, vi } from 'vitest';
import { CLOCK_SHIFT_KEY, createClock, type ShiftStore } from './clock';

describe('background clock', () => {
  it('is the wall clock without a store', async () => {
    const clock = createClock(null, () => {});
    await clock.ready;
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(50);
    expect(clock.toReal(123)).toBe(123);
  });

  it('follows the shift a test writes, and re-runs what depends on the time', async () => {
    let listener: Parameters<ShiftStore['onChanged']['addListener']>[0] = () => {};
    const store: ShiftStore = { get: async () => ({ [CLOCK_SHIFT_KEY]: 86_400_000 }), onChanged: { addListener: (l) => void (listener = l) } };
    const onShift = vi.fn();
    const clock = createClock(store, onShift);
    await clock.ready;
    expect(clock.now() - Date.now()).toBeGreaterThan(86_400_000 - 50);
    listener({ [CLOCK_SHIFT_KEY]: { newValue: 1000 } });
    expect(onShift).toHaveBeenCalledOnce();
    expect(clock.toReal(clock.now())).toBeLessThanOrEqual(Date.now());
    expect(clock.toReal(5000)).toBe(4000);
    listener({ other: { newValue: 1 } });
    expect(onShift).toHaveBeenCalledOnce();
  });
});
