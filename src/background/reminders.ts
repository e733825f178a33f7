import type { Hold, Library, Loan, MirrorEvent, Reminder, SeriesPlan } from '../model';
import type { MirrorDb } from '../mirror/db';
import { readSetting } from '../mirror/settings';
import { addDays, daysBetween, todayInTokyo } from '../model/dates';
import { displayTitle } from '../model/text';
import { deadlineAt } from '../reminders/deadline';
import { deriveReminders, dueNow, nextAlarm, outOfQuietHours, snooze } from '../reminders/schedule';
import { seriesRecordKey, seriesTurnDay, seriesVolumeOf } from '../series/notice';
import { shortDate } from '../model/format';
import { planStates } from '../mirror/series';

/** A notification to show; its id is the reminder's, so a click can find what it was about. */
export interface Notice {
  id: string;
  title: string;
  message: string;
}

/** A UI string in the patron's language (t() in the extension, a stub in tests). */
export type Text = (key: string, ...substitutions: Array<string | number>) => string;

export interface ReminderEdges {
  now(): number;
  /** Set the one reminder alarm for this instant of `now()`'s clock, or clear it. */
  setAlarm(at: number | null): Promise<void>;
  notify(notice: Notice): Promise<void>;
  text: Text;
}

/** Fired reminders no longer derived are kept this long, so one that comes back is never shown twice. */
const KEEP_FIRED_MS = 60 * 24 * 3600_000;
export const SNOOZE_MS = 3600_000;

/** Keys of holds that a reconcile saw become ready: each gets a "ready" notification. */
export function justReady(events: readonly MirrorEvent[]): Set<string> {
  return new Set(events.filter((e) => e.kind === 'hold_ready').map((e) => e.recordKey));
}

/**
 * Derive the reminders from the mirror, mark the due ones fired (before showing them: a crash in between loses a
 * notification rather than repeating it), show them, and set the alarm for the next. Safe to run any time: on
 * every background start, after every reconcile, when the alarm rings and when settings change.
 */
export async function runReminders(db: MirrorDb, edges: ReminderEdges, ready: ReadonlySet<string> = new Set()): Promise<void> {
  const now = edges.now();
  const { due, next, holds, loans, libraries, series } = await db.transaction('rw', [db.reminders, db.holds, db.loans, db.cart, db.libraries, db.settings, db.series], async () => {
    const [holds, loans, libraries, previous, settings, plans] = await Promise.all([
      db.holds.toArray(), db.loans.toArray(), db.libraries.toArray(), db.reminders.toArray(), readSetting(db, 'reminders'), planStates(db),
    ]);
    const seriesNext = plans.flatMap(({ plan, step }) => (step.kind === 'reserve'
      ? [{ recordKey: seriesRecordKey(plan, plan.volumes[step.index]!), since: seriesTurnDay(plan, plan.volumes[step.index]!, holds) }]
      : []));
    const derived = deriveReminders({ holds, loans, libraries, settings, now, justReady: ready, previous, seriesNext });
    const ids = new Set(derived.map((r) => r.id));
    const kept = previous.filter((r) => !ids.has(r.id) && r.firedAt !== null && r.fireAt > now - KEEP_FIRED_MS);
    const due = dueNow(derived, new Set(), now).map((r) => ({ ...r, firedAt: now }));
    const all = [...derived.map((r) => due.find((d) => d.id === r.id) ?? r), ...kept];
    // Only what changed is written: a long holds page derives hundreds of reminders, mostly as they were.
    const stored = new Map(previous.map((r) => [r.id, JSON.stringify(r)]));
    const current = new Set(all.map((r) => r.id));
    await db.reminders.bulkDelete(previous.filter((r) => !current.has(r.id)).map((r) => r.id));
    await db.reminders.bulkPut(all.filter((r) => stored.get(r.id) !== JSON.stringify(r)));
    return { due, next: nextAlarm(all, new Set(), now), holds, loans, libraries, series: plans.map((p) => p.plan) };
  });
  const today = todayInTokyo(new Date(now));
  const notices = due.flatMap((r) => noticeFor(r, { holds, loans, libraries, series }, today, edges.text) ?? []);
  for (const notice of together(notices, edges.text)) await edges.notify(notice);
  await edges.setAlarm(next);
}

/** At most this many notifications at once; more due together (a first visit to a long list) are shown as one. */
export const NOTICES_APART = 3;
/** How a notification of several reminders names them in its id, which its click and its snooze read back. */
const GROUP = 'uketori-group\n';

/**
 * The notifications for the notices due together: each of its own, or, past NOTICES_APART, one that counts them
 * (with their common title when they share one), names the first few titles and says how many more.
 */
export function together(notices: Notice[], text: Text): Notice[] {
  if (notices.length <= NOTICES_APART) return notices;
  const [first] = notices;
  const same = notices.every((n) => n.title === first!.title);
  const named = notices.slice(0, NOTICES_APART).map((n) => n.message.split('\n')[0]!);
  return [{
    id: GROUP + notices.map((n) => n.id).join('\n'),
    title: text('noticeMany', same ? first!.title : text('noticeMixed'), notices.length),
    message: [...named, text('noticeMore', notices.length - named.length)].join('\n'),
  }];
}

/** The reminders a notification is about: its own, or every one a notification of several names. */
export function remindersOf(noticeId: string): string[] {
  return noticeId.startsWith(GROUP) ? noticeId.slice(GROUP.length).split('\n') : [noticeId];
}

/** Show a fired reminder again later: it becomes pending with its time moved out of quiet hours. */
export async function snoozeReminder(db: MirrorDb, id: string, now: number): Promise<void> {
  await db.transaction('rw', [db.reminders, db.settings], async () => {
    const r = await db.reminders.get(id);
    if (!r) return;
    const { quietHours } = await readSetting(db, 'reminders');
    await db.reminders.put({ ...snooze(r, outOfQuietHours(now + SNOOZE_MS, quietHours)), firedAt: null });
  });
}

/** The OPAC page a notification leads to: the library's holds page (loans page for a due date), else its site. */
export async function reminderTarget(db: MirrorDb, id: string): Promise<string | null> {
  const r = await db.reminders.get(id);
  if (!r) return null;
  // 次の巻を予約できます opens the holds page, where the next volume's one-click button waits.
  const libraryId = r.kind === 'series_next' ? seriesVolumeOf(await db.series.toArray(), r.recordKey)?.plan.libraryId : null;
  if (libraryId) {
    const pages = (await readSetting(db, 'pages'))[libraryId];
    return pages?.holds ?? (await db.libraries.get(libraryId))?.origins[0] ?? null;
  }
  const onLoan = r.kind === 'due_soon' || r.kind === 'renew_last_day';
  const record = onLoan ? await db.loans.get(r.recordKey) : await db.holds.get(r.recordKey);
  if (!record) return null;
  const pages = (await readSetting(db, 'pages'))[record.libraryId];
  const library = await db.libraries.get(record.libraryId);
  return (onLoan ? pages?.loans : pages?.holds) ?? pages?.holds ?? library?.origins[0] ?? null;
}

interface Records {
  holds: readonly Hold[];
  loans: readonly Loan[];
  libraries: readonly Library[];
  series?: readonly SeriesPlan[];
}

/** The words of one notification; estimates say so. Null when its record is gone (nothing left to remind of). */
export function noticeFor(r: Reminder, { holds, loans, libraries, series = [] }: Records, today: string, text: Text): Notice | null {
  const libraryName = (id: string) => {
    const l = libraries.find((x) => x.id === id);
    return l ? (text('langCode') === 'ja' ? l.name : l.nameEn) : id;
  };
  if (r.kind === 'series_next') {
    const found = seriesVolumeOf(series, r.recordKey);
    if (!found) return null;
    return { id: r.id, title: text('noticeSeriesNext'), message: `${displayTitle(found.volume)}\n${libraryName(found.plan.libraryId)}` };
  }
  if (r.kind === 'renew_last_day') {
    const loan = loans.find((l) => l.key === r.recordKey);
    if (!loan?.dueDate) return null;
    return { id: r.id, title: text('noticeRenewLastDay'), message: `${displayTitle(loan)}\n${libraryName(loan.libraryId)} · ${text('noticeDueDate', shortDate(loan.dueDate))}` };
  }
  if (r.kind === 'due_soon') {
    const loan = loans.find((l) => l.key === r.recordKey);
    if (!loan?.dueDate) return null;
    const days = daysBetween(today, loan.dueDate);
    return {
      id: r.id,
      title: days <= 0 ? text('noticeDueToday') : text('noticeDueIn', days),
      message: `${displayTitle(loan)}\n${libraryName(loan.libraryId)} · ${text('noticeDueDate', shortDate(loan.dueDate))}`,
    };
  }
  const hold = holds.find((h) => h.key === r.recordKey);
  if (!hold) return null;
  const library = libraries.find((l) => l.id === hold.libraryId);
  const deadline = deadlineAt(hold, library, today);
  const when = deadline.date ? text(deadline.estimated ? 'noticePickupByEstimated' : 'noticePickupBy', shortDate(deadline.date)) : null;
  const title = r.kind === 'hold_ready' || !deadline.date ? text('noticeReady')
    : deadline.date <= today ? text('noticePickupToday')
    : deadline.date === addDays(today, 1) ? text('noticePickupTomorrow')
    : text('noticePickupIn', daysBetween(today, deadline.date));
  return { id: r.id, title, message: [displayTitle(hold), [libraryName(hold.libraryId), when].filter(Boolean).join(' · ')].join('\n') };
}
