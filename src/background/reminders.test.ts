import { beforeEach, describe, expect, it } from 'vitest';
import { libraryById } from '../libraries';
import { freshDb, hold, loan, snap } from '../../test/helpers/mirror';
import { reconcile } from '../mirror/reconcile';
import { writeSetting } from '../mirror/settings';
import type { MirrorDb } from '../mirror/db';
import { justReady, NOTICES_APART, noticeFor, reminderTarget, remindersOf, runReminders, snoozeReminder, together, type Notice, type ReminderEdges } from './reminders';

const jst = (s: string): number => Date.parse(`${s}+09:00`);
/** Message keys with their substitutions, so tests read what was said without a browser. */
const text = (key: string, ...subs: Array<string | number>) => (key === 'langCode' ? 'ja' : [key, ...subs].join(':'));

function clockEdges(start: number) {
  const shown: Notice[] = [];
  const alarms: Array<number | null> = [];
  let now = start;
  const edges: ReminderEdges = {
    now: () => now,
    setAlarm: async (at) => void alarms.push(at),
    notify: async (n) => void shown.push(n),
    text,
  };
  return { edges, shown, alarms, set: (t: number) => (now = t) };
}

const HOLDS_URL = 'https://www.library.pref.hokkaido.jp/wo/usr/rsv';
let db: MirrorDb;

beforeEach(async () => {
  db = freshDb();
  await db.libraries.put(libraryById('hokkaido-pref')!);
});

/** A holds page seen at `at` with the given holds (ready ones carry no deadline: 北海道立 shows it a day later). */
async function seen(at: number, holds: ReturnType<typeof hold>[]) {
  const today = new Date(at + 9 * 3600_000).toISOString().slice(0, 10);
  return reconcile(db, snap('holds', at, { url: HOLDS_URL, today, holds }));
}

describe('reminders in the background', () => {
  it('notifies "ready" once when a hold becomes ready, with the estimated deadline labelled, and sets one alarm', async () => {
    const t0 = jst('2026-11-23T10:00');
    const { edges, shown, alarms } = clockEdges(t0);
    const events = await seen(t0, [hold('ノルウェイの森', { state: 'ready', stateLabel: '貸出可能', rank: null })]);
    await runReminders(db, edges, justReady(events));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toBe('noticeReady');
    // 10 days from the day after the notice (11-24): 12-03, an estimate.
    expect(shown[0]!.message).toContain('noticePickupByEstimated:12/3(木)');
    // Next: 3 days before (11-30) at 08:00 JST.
    expect(alarms.at(-1)).toBe(jst('2026-11-30T08:00'));

    await runReminders(db, edges, justReady(events));
    await runReminders(db, edges);
    expect(shown).toHaveLength(1);
  });

  it('fires the deadline reminder once when its time comes, and only the latest one missed while asleep', async () => {
    const t0 = jst('2026-11-23T10:00');
    const { edges, shown, alarms, set } = clockEdges(t0);
    await runReminders(db, edges, justReady(await seen(t0, [hold('A', { state: 'ready', rank: null })])));
    set(jst('2026-12-02T09:00')); // the browser was closed over 11-30 and wakes the day before the deadline
    await runReminders(db, edges);
    expect(shown.map((n) => n.title)).toEqual(['noticeReady', 'noticePickupTomorrow']);
    expect(alarms.at(-1)).toBe(jst('2026-12-03T08:00'));
    await runReminders(db, edges);
    expect(shown).toHaveLength(2);
    set(jst('2026-12-03T08:00'));
    await runReminders(db, edges);
    expect(shown.map((n) => n.title).at(-1)).toBe('noticePickupToday');
    set(jst('2026-12-04T08:00'));
    await runReminders(db, edges);
    expect(shown).toHaveLength(3);
    expect(alarms.at(-1)).toBeNull();
  });

  it('rebuilds the same schedule on a fresh start, from the mirror alone', async () => {
    const t0 = jst('2026-11-23T10:00');
    const first = clockEdges(t0);
    await runReminders(db, first.edges, justReady(await seen(t0, [hold('A', { state: 'ready', rank: null })])));
    const restarted = clockEdges(t0 + 60_000);
    await runReminders(db, restarted.edges);
    expect(restarted.shown).toEqual([]);
    expect(restarted.alarms).toEqual([jst('2026-11-30T08:00')]);
  });

  it('snoozes a fired reminder for an hour, out of quiet hours', async () => {
    const t0 = jst('2026-11-23T21:30');
    const { edges, shown, alarms, set } = clockEdges(t0);
    await runReminders(db, edges, justReady(await seen(t0, [hold('A', { state: 'ready', rank: null })])));
    const [notice] = shown;
    await snoozeReminder(db, notice!.id, t0);
    await runReminders(db, edges);
    // 22:30 is inside the default quiet hours (22:00–07:00): the next morning at 07:00.
    expect(alarms.at(-1)).toBe(jst('2026-11-24T07:00'));
    set(jst('2026-11-24T07:00'));
    await runReminders(db, edges);
    expect(shown.map((n) => n.id)).toEqual([notice!.id, notice!.id]);
  });

  it('reminds of loans due soon and follows the patron\'s reminder settings', async () => {
    const t0 = jst('2026-11-23T10:00');
    const { edges, shown, alarms, set } = clockEdges(t0);
    await writeSetting(db, 'reminders', { daysBefore: [1], at: '19:30', quietHours: { from: '22:00', to: '07:00' } });
    await reconcile(db, snap('loans', t0, { loans: [loan('L', { dueDate: '2026-11-26' })] }));
    await seen(t0, [hold('A', { state: 'ready', rank: null, pickupDeadline: '2026-11-28' })]);
    await runReminders(db, edges);
    // Loans: two days before the due date, at the patron's time.
    expect(alarms.at(-1)).toBe(jst('2026-11-24T19:30'));
    set(jst('2026-11-24T19:30'));
    await runReminders(db, edges);
    expect(shown.map((n) => n.title)).toEqual(['noticeDueIn:2']);
    expect(alarms.at(-1)).toBe(jst('2026-11-26T19:30'));
    set(jst('2026-11-27T19:30'));
    await runReminders(db, edges);
    // The hold's one reminder (the day before its 11-28 deadline); the loan's day passed while asleep and is over.
    expect(shown.map((n) => n.title)).toEqual(['noticeDueIn:2', 'noticePickupTomorrow']);
  });
});

describe('many notices at once (a first visit to a long holds list)', () => {
  const ready = (titles: string[]) => titles.map((title) => hold(title, { state: 'ready', rank: null }));

  it(`shows up to ${NOTICES_APART} on their own, and more as one notification that counts and names them`, async () => {
    const t0 = jst('2026-11-23T10:00');
    const few = clockEdges(t0);
    await runReminders(db, few.edges, justReady(await seen(t0, ready(['A', 'B', 'C']))));
    expect(few.shown.map((n) => n.title)).toEqual(['noticeReady', 'noticeReady', 'noticeReady']);

    db = freshDb();
    await db.libraries.put(libraryById('hokkaido-pref')!);
    const many = clockEdges(t0);
    await runReminders(db, many.edges, justReady(await seen(t0, ready(['A', 'B', 'C', 'D', 'E']))));
    expect(many.shown).toHaveLength(1);
    const [notice] = many.shown;
    expect(notice!.title).toBe('noticeMany:noticeReady:5');
    expect(notice!.message.split('\n')).toEqual(['A', 'B', 'C', 'noticeMore:2']);
    // Every reminder it stands for was fired, once: the next run shows nothing again.
    const fired = (await db.reminders.toArray()).filter((r) => r.firedAt !== null).map((r) => r.id);
    expect([...remindersOf(notice!.id)].sort()).toEqual([...fired].sort());
    expect(fired).toHaveLength(5);
    await runReminders(db, many.edges);
    expect(many.shown).toHaveLength(1);
  });

  it('leads its click to the page of the first it names, and snoozes each of them', async () => {
    const t0 = jst('2026-11-23T10:00');
    const { edges, shown, set } = clockEdges(t0);
    await runReminders(db, edges, justReady(await seen(t0, ready(['A', 'B', 'C', 'D']))));
    await writeSetting(db, 'pages', { 'hokkaido-pref': { holds: HOLDS_URL, loans: null } });
    const ids = remindersOf(shown[0]!.id);
    expect(ids).toHaveLength(4);
    expect(await reminderTarget(db, ids[0]!)).toBe(HOLDS_URL);
    for (const id of ids) await snoozeReminder(db, id, t0);
    set(t0 + 3600_000);
    await runReminders(db, edges);
    expect(shown.map((n) => n.title)).toEqual(['noticeMany:noticeReady:4', 'noticeMany:noticeReady:4']);
    expect(remindersOf(shown[1]!.id).sort()).toEqual([...ids].sort());
  });

  it('counts notices of different kinds under a title of their own; one notice\'s id names itself', () => {
    const notices = ['noticeReady', 'noticeDueIn:2', 'noticeReady', 'noticePickupTomorrow'].map((title, i) => ({ id: `r${i}`, title, message: `本${i}\n北海道立図書館` }));
    const [one] = together(notices, text);
    expect(one).toEqual({ id: expect.any(String), title: 'noticeMany:noticeMixed:4', message: '本0\n本1\n本2\nnoticeMore:1' });
    expect(remindersOf(one!.id)).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(remindersOf('r0')).toEqual(['r0']);
    expect(together(notices.slice(0, 2), text)).toEqual(notices.slice(0, 2));
  });
});

describe('notification words and targets', () => {
  it('says where a hold waits and until when; a shown date is not labelled as an estimate', async () => {
    const t0 = jst('2026-11-23T10:00');
    // The volume split off the title (LICS-XP) is named with it, as the popup does.
    await seen(t0, [hold('三体', { volume: 'Ⅱ 上', state: 'ready', rank: null, pickupDeadline: '2026-11-25' })]);
    const h = (await db.holds.toArray())[0]!;
    const r = { id: `${h.key}|pickup_deadline|2026-11-22`, recordKey: h.key, kind: 'pickup_deadline' as const, fireAt: t0, firedAt: null, snoozedUntil: null };
    const notice = noticeFor(r, { holds: [h], loans: [], libraries: [libraryById('hokkaido-pref')!] }, '2026-11-23', text);
    expect(notice).toEqual({ id: r.id, title: 'noticePickupIn:2', message: '三体 II 上\n北海道立図書館 · noticePickupBy:11/25(水)' });
  });

  it('leads a click to the holds page remembered for the library', async () => {
    const t0 = jst('2026-11-23T10:00');
    const { edges, shown } = clockEdges(t0);
    await runReminders(db, edges, justReady(await seen(t0, [hold('A', { state: 'ready', rank: null })])));
    await writeSetting(db, 'pages', { 'hokkaido-pref': { holds: HOLDS_URL, loans: null } });
    expect(await reminderTarget(db, shown[0]!.id)).toBe(HOLDS_URL);
    expect(await reminderTarget(db, 'nothing')).toBeNull();
  });
});
