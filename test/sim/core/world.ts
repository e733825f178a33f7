import { SimClock } from './clock';
import type { IsoDate } from './dates';
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

/** The clock and every library in it; advancing runs each library's day, one day at a time. */
export class SimWorld {
  readonly clock: SimClock;
  readonly libraries: LibraryHost[] = [];

  constructor(private readonly firstDay: IsoDate) {
    this.clock = new SimClock(firstDay);
  }

  advance(days: number): void {
    for (let i = 0; i < days; i++) {
      this.clock.today = this.clock.tomorrow();
      for (const library of this.libraries) library.state.startDay();
    }
  }

  reset(): void {
    this.clock.today = this.firstDay;
    for (const library of this.libraries) library.reset();
  }
}
