import { daysBetween, todayInTokyo, weekdayOf } from '../opac/dates';
import { normalizeText, titleKey } from '../opac/text';

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

/**
 * A record's title as patrons know it, volume included: some readers keep the volume in the title (generic pages),
 * others split it off (LICS-XP's 1Q84 + BOOK1), so it is added only when the title does not already carry it.
 */
export function displayTitle(record: { title: string; volume: string | null }): string {
  if (!record.volume) return record.title;
  const title = titleKey(record.title);
  const carried = normalizeText(record.volume).split(' ').every((part) => title.includes(titleKey(part)));
  return carried ? record.title : `${record.title} ${normalizeText(record.volume)}`;
}

export type Urgency = 'past' | 'urgent' | 'soon' | 'later';

/** How close a date is, in days left: past, today or tomorrow, within three days, later. */
export function urgencyOf(daysLeft: number): Urgency {
  return daysLeft < 0 ? 'past' : daysLeft <= 1 ? 'urgent' : daysLeft <= 3 ? 'soon' : 'later';
}
