import { addDays, isIsoDate, type IsoDate } from './dates';

export const DAY_MS = 86_400_000;
const TOKYO_MS = 9 * 3_600_000;
/** A day set by its date alone starts the world at this hour, Tokyo time: the libraries are open, nothing is due. */
const START_HOUR = 10;

/** The Tokyo day of an instant. */
export function tokyoDay(at: number): IsoDate {
  return new Date(at + TOKYO_MS).toISOString().slice(0, 10);
}

/** 10:00 in Tokyo on `day`, or the instant an ISO string names (a local time without a zone is Tokyo's). */
export function instantOf(when: string): number {
  if (isIsoDate(when)) return Date.parse(`${when}T${String(START_HOUR).padStart(2, '0')}:00:00+09:00`);
  const at = Date.parse(/(Z|[+-]\d\d:\d\d)$/.test(when) ? when : `${when}+09:00`);
  if (Number.isNaN(at)) throw new Error(`not a date or an instant: ${when}`);
  return at;
}

/**
 * The world's clock, shared by every library and, through the e2e harness, by the extension: an instant that runs
 * with the machine's clock from wherever it was set, and `today`, the day the libraries' daily cycle has been run up
 * to (SimWorld runs the days between).
 */
export class SimClock {
  private offsetMs: number;
  today: IsoDate;

  constructor(start: IsoDate | number) {
    const at = typeof start === 'number' ? start : instantOf(start);
    this.offsetMs = at - Date.now();
    this.today = tokyoDay(at);
  }

  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Moves the instant; the days it crosses are the world's to run. */
  set(at: number): void {
    this.offsetMs = at - Date.now();
  }

  tomorrow(): IsoDate {
    return addDays(this.today, 1);
  }
}
