import holidayJp from '@holiday-jp/holiday_jp';
import { addDays, weekday, type IsoDate } from './dates';

/** A library's regular closed days (休館日). */
export interface ClosedDayRule {
  /** Closed weekdays, 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
  /** Closed on national holidays. */
  nationalHolidays: boolean;
  /** A closed weekday that is a national holiday opens, and the next non-holiday weekday closes instead. */
  holidayShiftsToNextDay: boolean;
  /** Year-end break as `MM-DD` bounds, wrapping over New Year. */
  yearEnd: { from: string; to: string } | null;
}

export function isNationalHoliday(date: IsoDate): boolean {
  return holidayJp.isHoliday(date);
}

function inYearEnd(rule: ClosedDayRule, date: IsoDate): boolean {
  if (!rule.yearEnd) return false;
  const md = date.slice(5);
  return md >= rule.yearEnd.from || md <= rule.yearEnd.to;
}

function isRegularClosedWeekday(rule: ClosedDayRule, date: IsoDate): boolean {
  return rule.weekdays.includes(weekday(date));
}

export function isClosed(rule: ClosedDayRule, date: IsoDate): boolean {
  if (inYearEnd(rule, date)) return true;
  const holiday = isNationalHoliday(date);
  if (holiday && rule.nationalHolidays) return true;
  if (isRegularClosedWeekday(rule, date)) return !(holiday && rule.holidayShiftsToNextDay);
  if (!rule.holidayShiftsToNextDay || holiday) return false;
  // The day after a run of holidays that swallowed a closed weekday closes in its place.
  let previous = addDays(date, -1);
  let swallowed = false;
  while (isNationalHoliday(previous)) {
    if (isRegularClosedWeekday(rule, previous)) swallowed = true;
    previous = addDays(previous, -1);
  }
  return swallowed;
}

/** The date itself when open, otherwise the next opening day. */
export function openOnOrAfter(rule: ClosedDayRule, date: IsoDate): IsoDate {
  let day = date;
  while (isClosed(rule, day)) day = addDays(day, 1);
  return day;
}
