import { addDays, type IsoDate } from './dates';

/** The sim's "today", shared by every library so that one advance moves the whole world. */
export class SimClock {
  constructor(public today: IsoDate) {}

  tomorrow(): IsoDate {
    return addDays(this.today, 1);
  }
}
