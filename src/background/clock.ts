/** Where the e2e build keeps its clock shift (ms), in storage.local. */
export const CLOCK_SHIFT_KEY = 'e2eClockShiftMs';

/** The little of storage.local the clock needs. */
export interface ShiftStore {
  get(key: string): Promise<Record<string, unknown>>;
  onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void };
}

export interface Clock {
  now(): number;
  /** Real epoch ms for an instant of this clock (what `alarms.create({ when })` needs). */
  toReal(at: number): number;
  /** Resolves once the stored shift has been read. */
  ready: Promise<void>;
}

/**
 * The background's clock. Shipped builds pass no store and read the wall clock. The e2e build lets a test move the
 * extension's time (reminders are days away) by writing a shift to storage.local; `onShift` then re-runs whatever
 * depends on the time.
 */
export function createClock(store: ShiftStore | null, onShift: () => void): Clock {
  let shift = 0;
  const apply = (value: unknown) => (shift = typeof value === 'number' && Number.isFinite(value) ? value : 0);
  store?.onChanged.addListener((changes) => {
    if (!(CLOCK_SHIFT_KEY in changes)) return;
    apply(changes[CLOCK_SHIFT_KEY]?.newValue);
    onShift();
  });
  return {
    now: () => Date.now() + shift,
    toReal: (at) => at - shift,
    ready: store ? store.get(CLOCK_SHIFT_KEY).then((v) => void apply(v[CLOCK_SHIFT_KEY])) : Promise.resolve(),
  };
}
