/**
 * The one clock every part of Uketori reads: content scripts, popup, options, offscreen document and background.
 * Shipped builds read the machine's clock. The e2e build (which the demo and the bench use too) follows a shift that
 * its harness writes to storage.local, so that the extension and the simulated libraries agree on "now" whatever
 * day the tests run on.
 */
export interface Clock {
  now(): number;
  /** The machine's epoch ms for an instant of this clock (what `alarms.create({ when })` needs). */
  toReal(at: number): number;
}

let shiftMs = 0;

export const clock: Clock = { now: () => Date.now() + shiftMs, toReal: (at) => at - shiftMs };

/** Where the e2e harness writes the clock's shift (ms), in storage.local. */
export const TEST_CLOCK_KEY = 'e2eClockShiftMs';

/** The little of storage.local the test clock needs. */
export interface ShiftStore {
  get(key: string): Promise<Record<string, unknown>>;
  onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void };
}

/**
 * The e2e build only: entrypoints call this under `import.meta.env.MODE === 'e2e'`, so shipped bundles contain
 * neither it nor its key. Resolves once the stored shift is in force; `onShift` runs after each later change.
 */
export async function followTestClock(store: ShiftStore, onShift: () => void = () => {}): Promise<void> {
  const apply = (value: unknown) => void (shiftMs = typeof value === 'number' && Number.isFinite(value) ? value : 0);
  store.onChanged.addListener((changes) => {
    if (!(TEST_CLOCK_KEY in changes)) return;
    apply(changes[TEST_CLOCK_KEY]?.newValue);
    onShift();
  });
  apply((await store.get(TEST_CLOCK_KEY))[TEST_CLOCK_KEY]);
}
