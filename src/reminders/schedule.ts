import { z } from 'zod';
import type { Hold, IsoDate, Library, Loan, Reminder } from '../model';
import { addDays, todayInTokyo } from '../model/dates';
import { deadlineAt } from './deadline';
import { renewalVerdict } from './renewal';

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

/** Stored under the settings table; times are Asia/Tokyo wall-clock times, whatever the patron's clock says. */
export const ReminderSettings = z.object({
  /** Days before the pickup deadline to remind; 0 is the morning of the deadline. */
  daysBefore: z.array(z.number().int().min(0).max(30)).default([3, 1, 0]),
  at: HHMM.default('08:00'),
  /** A reminder falling inside moves to `to`; from > to wraps over midnight. */
  quietHours: z.object({ from: HHMM, to: HHMM }).default({ from: '22:00', to: '07:00' }),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = ReminderSettings.parse({});

/** Loans: two days before the due date and its morning. */
const LOAN_DAYS_BEFORE = [2, 0];

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;
const TOKYO_OFFSET_MIN = 9 * 60; // Japan has no daylight saving time.

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Epoch ms of a wall-clock minute of an Asia/Tokyo day; Date.UTC keeps the machine's zone out of it. */
export function tokyoTime(date: IsoDate, minutes: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 0, minutes - TOKYO_OFFSET_MIN);
}

function tokyoMinuteOfDay(t: number): number {
  return (Math.floor(t / MINUTE_MS) + TOKYO_OFFSET_MIN) % DAY_MINUTES;
}

/** Moves an instant inside quiet hours to their end. */
export function outOfQuietHours(t: number, quiet: ReminderSettings['quietHours']): number {
  const [from, to, m] = [minutesOf(quiet.from), minutesOf(quiet.to), tokyoMinuteOfDay(t)];
  const day = todayInTokyo(new Date(t));
  if (from === to) return t;
  if (from < to) return m >= from && m < to ? tokyoTime(day, to) : t;
  if (m >= from) return tokyoTime(addDays(day, 1), to);
  return m < to ? tokyoTime(day, to) : t;
}

export interface DeriveInput {
  holds: readonly Hold[];
  loans: readonly Loan[];
  libraries: readonly Library[];
  settings: ReminderSettings;
  now: number;
  /** Keys of holds that reconcile just saw become ready: each gets a 'hold_ready' reminder now. */
  justReady?: ReadonlySet<string>;
  /** Reminders kept from before: their firedAt and snoozedUntil carry over, and an unfired 'hold_ready'
   *  survives a background restart while its hold is still ready. */
  previous?: readonly Reminder[];
  /** Series volumes the patron can reserve now (次の巻を予約できます), each with the day its plan began. */
  seriesNext?: ReadonlyArray<{ recordKey: string; since: IsoDate }>;
}

function reminder(recordKey: string, kind: Reminder['kind'], day: IsoDate, fireAt: number): Reminder {
  return { id: `${recordKey}|${kind}|${day}`, recordKey, kind, fireAt, firedAt: null, snoozedUntil: null };
}

/**
 * Reminders counting down to `last` (a deadline or due date). Of those already past only the latest is kept,
 * so a browser opened late says "today is the deadline" once instead of replaying every earlier warning;
 * nothing is kept once the day itself is over.
 */
function countdown(key: string, kind: Reminder['kind'], last: IsoDate, daysBefore: readonly number[], settings: ReminderSettings, now: number): Reminder[] {
  if (last < todayInTokyo(new Date(now))) return [];
  const all = daysBefore
    .map((n) => addDays(last, -n))
    .map((day) => reminder(key, kind, day, outOfQuietHours(tokyoTime(day, minutesOf(settings.at)), settings.quietHours)))
    .sort((a, b) => a.fireAt - b.fireAt);
  const past = all.filter((r) => r.fireAt <= now);
  return [...past.slice(-1), ...all.filter((r) => r.fireAt > now)];
}

/** Keeps what the patron and earlier runs did to a reminder; hold_ready and series_next keep their first time, not a later `now`. */
function withPrevious(r: Reminder, old: Reminder | undefined): Reminder {
  if (!old) return r;
  const keepsTime = r.kind === 'hold_ready' || r.kind === 'series_next';
  return { ...r, fireAt: keepsTime ? old.fireAt : r.fireAt, firedAt: old.firedAt, snoozedUntil: old.snoozedUntil };
}

/** Every reminder the mirror calls for right now; ids are `${recordKey}|${kind}|${day}`, each appearing once. */
export function deriveReminders(input: DeriveInput): Reminder[] {
  const { holds, loans, libraries, settings, now, justReady, previous = [], seriesNext = [] } = input;
  const today = todayInTokyo(new Date(now));
  const byId = new Map(libraries.map((l) => [l.id, l]));
  const ready = holds.filter((h) => h.state === 'ready' && h.goneAt === null);
  const readyKeys = new Set(ready.map((h) => h.key));
  const out: Reminder[] = [];
  for (const h of ready) {
    const { date } = deadlineAt(h, byId.get(h.libraryId), today);
    if (justReady?.has(h.key)) out.push(reminder(h.key, 'hold_ready', today, outOfQuietHours(now, settings.quietHours)));
    if (date) out.push(...countdown(h.key, 'pickup_deadline', date, settings.daysBefore, settings, now));
  }
  for (const l of loans) if (l.dueDate) out.push(...countdown(l.key, 'due_soon', l.dueDate, LOAN_DAYS_BEFORE, settings, now));
  for (const l of loans) {
    const rule = byId.get(l.libraryId)?.rules.renewal ?? null;
    // The due date is the last day a renewal is still possible (overdue loans are not renewed): remind on its morning.
    if (l.dueDate && rule && renewalVerdict(l, rule, today).renewable === true) out.push(...countdown(l.key, 'renew_last_day', l.dueDate, [0], settings, now));
  }
  // One notice per volume and turn: the id keeps the day the turn began, so it never repeats while the volume waits.
  for (const s of seriesNext) out.push(reminder(s.recordKey, 'series_next', s.since, outOfQuietHours(now, settings.quietHours)));
  out.push(...previous.filter((r) => r.kind === 'hold_ready' && r.firedAt === null && readyKeys.has(r.recordKey)));

  const before = new Map(previous.map((r) => [r.id, r]));
  const unique = new Map<string, Reminder>();
  for (const r of out) if (!unique.has(r.id)) unique.set(r.id, withPrevious(r, before.get(r.id)));
  return [...unique.values()].sort((a, b) => a.fireAt - b.fireAt || a.id.localeCompare(b.id));
}

const whenDue = (r: Reminder): number => Math.max(r.fireAt, r.snoozedUntil ?? 0);
const pending = (r: Reminder, firedIds: ReadonlySet<string>): boolean => r.firedAt === null && !firedIds.has(r.id);

/** The one alarm to set: the earliest moment a pending reminder is due, never before `now`; null when none. */
export function nextAlarm(reminders: readonly Reminder[], firedIds: ReadonlySet<string>, now: number): number | null {
  const times = reminders.filter((r) => pending(r, firedIds)).map(whenDue);
  return times.length > 0 ? Math.max(now, Math.min(...times)) : null;
}

/** Reminders to notify now: due, not fired before, not snoozed past now. */
export function dueNow(reminders: readonly Reminder[], firedIds: ReadonlySet<string>, now: number): Reminder[] {
  return reminders.filter((r) => pending(r, firedIds) && whenDue(r) <= now);
}

export function snooze(r: Reminder, until: number): Reminder {
  return { ...r, snoozedUntil: until };
}
