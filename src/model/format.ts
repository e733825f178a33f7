import { daysBetween, todayInTokyo, weekdayOf } from './dates';

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

/** `11/25(火)`: the short date with weekday patrons read on library notices. */
export function shortDate(date: string): string {
  const [, m, d] = date.split('-');
  return `${Number(m)}/${Number(d)}(${WEEKDAYS_JA[weekdayOf(date)]})`;
}

/** Whole days from today to a date (negative when past). */
export function daysLeft(today: string, date: string): number {
  return daysBetween(today, date);
}

/** `11/23(月) 16:05`: an instant as the Asia/Tokyo day and time, for "last checked". */
export function shortDateTime(t: number): string {
  const time = new Date(t).toLocaleTimeString('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });
  return `${shortDate(todayInTokyo(new Date(t)))} ${time}`;
}

export type Urgency = 'past' | 'urgent' | 'soon' | 'later';

/** How close a date is, in days left: past, today or tomorrow, within three days, later. */
export function urgencyOf(daysLeft: number): Urgency {
  return daysLeft < 0 ? 'past' : daysLeft <= 1 ? 'urgent' : daysLeft <= 3 ? 'soon' : 'later';
}
