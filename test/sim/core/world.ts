import { DAY_MS, SimClock, tokyoDay } from './clock';
import type { Faults } from './faults';
import type { RequestLog } from './request-log';
import type { LibraryState } from './state/library-state';

/** What the world and the control API need from a running library, whatever its session data type. */
export interface LibraryHost {
  readonly id: string;
  readonly pickupLocations: string[];
  readonly state: LibraryState;
  readonly log: RequestLog;
  readonly faults: Faults;
  /** Fresh circulation state, seeded patrons, no sessions, log or faults. */
  reset(): void;
}

/**
 * The clock and every library in it. Time runs on from where it was set; whenever a day has passed (moved by a test,
 * or midnight in Tokyo come by itself) each library runs that day, one day at a time, before anything else is served.
 */
export class SimWorld {
  readonly clock: SimClock;
  readonly libraries: LibraryHost[] = [];

  constructor(private readonly start: number) {
    this.clock = new SimClock(start);
  }

  /** Runs the days between the last one run and the clock's. */
  catchUp(): void {
    const day = tokyoDay(this.clock.now());
    while (this.clock.today < day) {
      this.clock.today = this.clock.tomorrow();
      for (const library of this.libraries) library.state.startDay();
    }
  }

  /** Moves the clock forward to `at` (never back: `reset` starts again) and runs the days it crosses. */
  moveTo(at: number): void {
    if (at < this.clock.now() - 1000) throw new Error(`the clock only moves forward (now ${new Date(this.clock.now()).toISOString()})`);
    this.clock.set(at);
    this.catchUp();
  }

  advance(days: number): void {
    this.moveTo(this.clock.now() + days * DAY_MS);
  }

  /** Back to the first instant (or `at`), with every library as it started. */
  reset(at = this.start): void {
    this.clock.set(at);
    this.clock.today = tokyoDay(at);
    for (const library of this.libraries) library.reset();
  }
}
