import type { ClosedDays, IsoDate } from '../model';
import { addDays, weekdayOf } from '../model/dates';
// Per-year tables instead of the package's main entry: ~3 KB a year against 230 KB for 1970–2050. The package's
// own partial loader (no_autoload_holidays) is not used: it reads the year with local-time getFullYear() and
// throws for every date west of UTC. Keys are 'YYYY-MM-DD' strings, so a lookup needs no Date at all.
import y2025 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2025.js';
import y2026 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2026.js';
import y2027 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2027.js';
import y2028 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2028.js';
import y2029 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2029.js';
import y2030 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2030.js';

/** Years whose national holidays are known; outside them holidays are not seen (estimates stay labelled as such). */
export const HOLIDAY_YEARS = { from: 2025, to: 2030 } as const;

const HOLIDAYS: ReadonlySet<string> = new Set([y2025, y2026, y2027, y2028, y2029, y2030].flatMap((y) => Object.keys(y)));

/** National holidays including 振替休日 and 国民の休日, for an Asia/Tokyo calendar day. */
export function isNationalHoliday(date: IsoDate): boolean {
  return HOLIDAYS.has(date);
}

function inYearEnd(date: IsoDate, yearEnd: ClosedDays['yearEnd']): boolean {
  if (!yearEnd) return false;
  const md = date.slice(5);
  // 12-29 … 01-03 wraps over the new year; a range inside one year does not.
  return yearEnd.from <= yearEnd.to ? md >= yearEnd.from && md <= yearEnd.to : md >= yearEnd.from || md <= yearEnd.to;
}

function isNthWeekday(date: IsoDate, { nth, weekday }: ClosedDays['monthly'][number]): boolean {
  return weekdayOf(date) === weekday && Math.ceil(Number(date.slice(8)) / 7) === nth;
}

function isWeeklyClosure(date: IsoDate, closed: ClosedDays): boolean {
  const closedOn = (d: IsoDate) => closed.weekdays.includes(weekdayOf(d));
  if (!closed.holidayShiftsToNextDay) return closedOn(date);
  // 「月曜（祝日の場合は翌平日）」: a closure that falls on a holiday passes to the first day after the run of
  // holidays, so Monday 5/4 of Golden Week 2026 closes Thursday 5/7.
  if (isNationalHoliday(date)) return false;
  if (closedOn(date)) return true;
  for (let d = addDays(date, -1); isNationalHoliday(d); d = addDays(d, -1)) if (closedOn(d)) return true;
  return false;
}

export function isClosed(date: IsoDate, closed: ClosedDays): boolean {
  return (
    closed.dates.includes(date) ||
    inYearEnd(date, closed.yearEnd) ||
    (closed.nationalHolidays && isNationalHoliday(date)) ||
    closed.monthly.some((m) => isNthWeekday(date, m)) ||
    isWeeklyClosure(date, closed)
  );
}

/** A calendar that never opens (all weekdays closed) must not loop forever: give up after a year. */
const SEARCH_LIMIT = 366;

/** The `n`th opening day counting `from` itself (n = 1: the first opening day on or after `from`), or null. */
export function nthOpenDay(from: IsoDate, n: number, closed: ClosedDays): IsoDate | null {
  let seen = 0;
  for (let i = 0; i < SEARCH_LIMIT + n; i++) {
    const d = addDays(from, i);
    if (!isClosed(d, closed) && ++seen === n) return d;
  }
  return null;
}
