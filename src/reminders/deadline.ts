import { ClosedDays, type HoldRecord, type HoldRule, type IsoDate, type Library } from '../model';
import { addDays } from '../model/dates';
import { nthOpenDay } from './closed-days';

/** What the calculator reads from a hold: a page record will do, a mirror Hold adds firstSeenReadyOn. */
export type DeadlineHold = Pick<HoldRecord, 'state' | 'pickupDeadline' | 'readyOn'> & { firstSeenReadyOn?: IsoDate | null };

export interface Deadline {
  date: IsoDate | null;
  /** false only for the date the OPAC shows; anything computed must be labelled as an estimate. */
  estimated: boolean;
  /** page: shown by the OPAC; notice/ready: counted from the page's 連絡日/割当日 read as the rule's start;
   *  first_seen: counted from the day Uketori first saw the hold ready. */
  basis: 'page' | 'notice' | 'ready' | 'first_seen' | null;
}

const NONE: Deadline = { date: null, estimated: false, basis: null };

/** The last day of the hold-shelf window, `first` being day 1 of it. */
function lastDay(first: IsoDate, rule: HoldRule, closed: ClosedDays): IsoDate | null {
  // "N days not counting closed days" and "N opening days" count the same days; the model keeps both wordings.
  const end = rule.unit === 'calendar_days' ? addDays(first, rule.days - 1) : nthOpenDay(first, rule.days, closed);
  return end !== null && rule.nextOpenDayIfClosed ? nthOpenDay(end, 1, closed) : end;
}

/**
 * The pickup deadline of a hold: the date the OPAC shows wins; otherwise an estimate from the library's rule,
 * counted from the page's 割当日/連絡日, else from the day Uketori first saw the hold ready (`today` stands in
 * for that day when the mirror has not recorded it yet). Only ready holds are estimated: an 割当日 of an item
 * still in transit says nothing about when the shelf period starts.
 */
export function pickupDeadline(hold: DeadlineHold, rule: HoldRule | null, closed: ClosedDays, today?: IsoDate): Deadline {
  if (hold.pickupDeadline) return { date: hold.pickupDeadline, estimated: false, basis: 'page' };
  if (!rule || hold.state !== 'ready') return NONE;
  const fromNotice = rule.start === 'notification_day' || rule.start === 'day_after_notification';
  const [start, basis] = hold.readyOn
    ? ([hold.readyOn, fromNotice ? 'notice' : 'ready'] as const)
    : ([hold.firstSeenReadyOn ?? today ?? null, 'first_seen'] as const);
  if (!start) return NONE;
  const dayAfter = rule.start === 'day_after_notification' || rule.start === 'day_after_ready';
  const date = lastDay(dayAfter ? addDays(start, 1) : start, rule, closed);
  return date ? { date, estimated: true, basis } : NONE;
}

const NO_CLOSED_DAYS: ClosedDays = ClosedDays.parse({});

/** The pickup deadline of a hold at its library; a library without rules (added by URL) gives only the page's date. */
export function deadlineAt(hold: DeadlineHold, library: Pick<Library, 'rules'> | undefined, today: IsoDate): Deadline {
  return pickupDeadline(hold, library?.rules.hold ?? null, library?.rules.closed ?? NO_CLOSED_DAYS, today);
}
