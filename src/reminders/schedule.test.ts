import { describe, expect, it } from 'vitest';
import { Library, type Hold, type Loan, type Reminder } from '../model';
import {
  DEFAULT_REMINDER_SETTINGS, ReminderSettings, deriveReminders, dueNow, nextAlarm, outOfQuietHours, snooze, tokyoTime,
  type DeriveInput,
} from './schedule';

/** An instant written as Asia/Tokyo wall time. */
const jst = (s: string): number => Date.parse(`${s}+09:00`);
const at = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

const library = Library.parse({
  id: 'nishinomiya', name: '西宮市立図書館', nameEn: 'Nishinomiya', origins: [], family: 'licsxp',
  rules: {
    hold: { days: 7, unit: 'open_days', start: 'day_after_notification' },
    closed: { weekdays: [1], nationalHolidays: true },
    limit: null, renewal: null, orderedReservation: null,
  },
});

function hold(key: string, h: Partial<Hold> = {}): Hold {
  return {
    key, cardId: 'c1', libraryId: 'nishinomiya', titleKey: key, title: key, volume: null, state: 'ready', stateLabel: '取置済',
    rank: null, pickupLocation: null, reservedOn: null, pickupDeadline: null, readyOn: null, bibId: null, holdId: null,
    canCancel: null, libraryNote: null, firstSeenAt: 0, updatedAt: 0, firstSeenReadyOn: null, goneAt: null, outcome: null, ...h,
  };
}

function loan(key: string, dueDate: string | null): Loan {
  return {
    key, cardId: 'c1', libraryId: 'nishinomiya', titleKey: key, title: key, volume: null, dueDate, renewable: null,
    renewBlockedReason: null, loanedOn: null, bibId: null, loanId: null, renewCount: null, reservedByOthers: null,
    firstSeenAt: 0, updatedAt: 0,
  };
}

const derive = (input: Partial<DeriveInput>) =>
  deriveReminders({ holds: [], loans: [], libraries: [library], settings: DEFAULT_REMINDER_SETTINGS, now: jst('2026-05-01T12:00'), ...input });
const brief = (rs: Reminder[]) => rs.map((r) => [r.id, new Date(r.fireAt).toISOString()]);

describe('Tokyo wall time', () => {
  it('converts without the machine zone', () => {
    expect(new Date(tokyoTime('2026-05-10', at('08:00'))).toISOString()).toBe('2026-05-09T23:00:00.000Z');
    expect(new Date(tokyoTime('2027-01-01', at('00:30'))).toISOString()).toBe('2026-12-31T15:30:00.000Z');
  });

  it('moves instants out of quiet hours to their end', () => {
    const night = { from: '22:00', to: '07:00' };
    expect(outOfQuietHours(jst('2026-05-01T23:30'), night)).toBe(jst('2026-05-02T07:00'));
    expect(outOfQuietHours(jst('2026-12-31T22:00'), night)).toBe(jst('2027-01-01T07:00'));
    expect(outOfQuietHours(jst('2026-05-02T03:00'), night)).toBe(jst('2026-05-02T07:00'));
    expect(outOfQuietHours(jst('2026-05-02T07:00'), night)).toBe(jst('2026-05-02T07:00'));
    expect(outOfQuietHours(jst('2026-05-02T21:59'), night)).toBe(jst('2026-05-02T21:59'));
    const lunch = { from: '12:00', to: '13:00' };
    expect(outOfQuietHours(jst('2026-05-02T12:30'), lunch)).toBe(jst('2026-05-02T13:00'));
    expect(outOfQuietHours(jst('2026-05-02T13:30'), lunch)).toBe(jst('2026-05-02T13:30'));
    expect(outOfQuietHours(jst('2026-05-02T12:30'), { from: '12:00', to: '12:00' })).toBe(jst('2026-05-02T12:30'));
  });
});

describe('ReminderSettings', () => {
  it('defaults to 3 days before, the day before and the morning, at 08:00', () => {
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({ daysBefore: [3, 1, 0], at: '08:00', quietHours: { from: '22:00', to: '07:00' } });
    expect(ReminderSettings.safeParse({ at: '8:00' }).success).toBe(false);
  });
});

describe('deriveReminders', () => {
  it('counts down to the deadline the page shows', () => {
    expect(brief(derive({ holds: [hold('h1', { pickupDeadline: '2026-05-10' })] }))).toEqual([
      ['h1|pickup_deadline|2026-05-07', '2026-05-06T23:00:00.000Z'],
      ['h1|pickup_deadline|2026-05-09', '2026-05-08T23:00:00.000Z'],
      ['h1|pickup_deadline|2026-05-10', '2026-05-09T23:00:00.000Z'],
    ]);
  });

  it('counts down to an estimated deadline too', () => {
    // Notice 4/30; 7 opening days from 5/1 with Mondays and holidays closed: 5/1, 5/2, 5/7–5/10, 5/12.
    const ids = derive({ holds: [hold('h1', { readyOn: '2026-04-30' })] }).map((r) => r.id);
    expect(ids).toEqual(['h1|pickup_deadline|2026-05-09', 'h1|pickup_deadline|2026-05-11', 'h1|pickup_deadline|2026-05-12']);
  });

  it('uses the settings, moving a reminder out of quiet hours but keeping its day in the id', () => {
    const settings = { daysBefore: [2], at: '06:00', quietHours: { from: '22:00', to: '07:00' } };
    expect(brief(derive({ settings, holds: [hold('h1', { pickupDeadline: '2026-05-10' })] }))).toEqual([
      ['h1|pickup_deadline|2026-05-08', new Date(jst('2026-05-08T07:00')).toISOString()],
    ]);
  });

  it('announces a hold that just became ready, at once or after quiet hours', () => {
    const h = hold('h1', { libraryId: 'not-configured' }); // no rule, so no deadline reminders beside it
    expect(brief(derive({ holds: [h], justReady: new Set(['h1']) }))).toEqual([
      ['h1|hold_ready|2026-05-01', new Date(jst('2026-05-01T12:00')).toISOString()],
    ]);
    const late = derive({ holds: [h], justReady: new Set(['h1']), now: jst('2026-05-01T23:30') });
    expect(brief(late)).toEqual([['h1|hold_ready|2026-05-01', new Date(jst('2026-05-02T07:00')).toISOString()]]);
  });

  it('reminds of loans two days before the due date and on its morning', () => {
    expect(brief(derive({ loans: [loan('l1', '2026-05-05'), loan('l2', null)] }))).toEqual([
      ['l1|due_soon|2026-05-03', '2026-05-02T23:00:00.000Z'],
      ['l1|due_soon|2026-05-05', '2026-05-04T23:00:00.000Z'],
    ]);
  });

  it('keeps only the latest of the reminders already past, and none after the last day', () => {
    const h = hold('h1', { pickupDeadline: '2026-05-10' });
    expect(derive({ holds: [h], now: jst('2026-05-09T12:00') }).map((r) => r.id)).toEqual([
      'h1|pickup_deadline|2026-05-09', 'h1|pickup_deadline|2026-05-10',
    ]);
    // Just after midnight on the deadline day (15:30 UTC the day before): the morning reminder is still to come.
    expect(derive({ holds: [h], now: jst('2026-05-10T00:30') }).map((r) => r.id)).toEqual([
      'h1|pickup_deadline|2026-05-09', 'h1|pickup_deadline|2026-05-10',
    ]);
    expect(derive({ holds: [h], now: jst('2026-05-10T21:00') }).map((r) => r.id)).toEqual(['h1|pickup_deadline|2026-05-10']);
    expect(derive({ holds: [h], now: jst('2026-05-11T00:00') })).toEqual([]);
  });

  it('ignores holds that are not ready or are gone', () => {
    const holds = [hold('w', { state: 'waiting', pickupDeadline: '2026-05-10' }), hold('g', { pickupDeadline: '2026-05-10', goneAt: 1 })];
    expect(derive({ holds, justReady: new Set(['w', 'g']) })).toEqual([]);
  });

  it('yields each id once, and the same ids on every derivation', () => {
    const h = hold('h1', { pickupDeadline: '2026-05-10' });
    const input = { holds: [h, h], loans: [loan('l1', '2026-05-05')], justReady: new Set(['h1']), settings: { ...DEFAULT_REMINDER_SETTINGS, daysBefore: [3, 1, 1, 0] } };
    const first = derive(input);
    const ids = first.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(6); // hold_ready, three countdown days, two loan days
    expect(derive({ ...input, previous: first })).toEqual(first);
    expect(derive({ ...input, now: jst('2026-05-01T12:05'), previous: first }).map((r) => r.id)).toEqual(ids);
  });

  it('carries fired and snoozed state over, and an unfired hold_ready across a restart', () => {
    const h = hold('h1', { pickupDeadline: '2026-05-10' });
    const first = derive({ holds: [h], justReady: new Set(['h1']), now: jst('2026-05-01T23:30') });
    const [ready, threeDays] = first as [Reminder, Reminder];
    const previous = [ready, { ...threeDays, firedAt: 123 }, snooze(first[2]!, jst('2026-05-09T12:00'))];
    const again = derive({ holds: [h], previous, now: jst('2026-05-02T06:00') });
    expect(again.find((r) => r.id === ready.id)).toEqual(ready);
    expect(again.find((r) => r.id === threeDays.id)?.firedAt).toBe(123);
    expect(again.find((r) => r.id === first[2]!.id)?.snoozedUntil).toBe(jst('2026-05-09T12:00'));
    expect(derive({ holds: [{ ...h, goneAt: 5 }], previous }).some((r) => r.kind === 'hold_ready')).toBe(false);
  });
});

describe('alarms', () => {
  const r = (id: string, fireAt: number, extra: Partial<Reminder> = {}): Reminder =>
    ({ id, recordKey: id, kind: 'pickup_deadline', fireAt, firedAt: null, snoozedUntil: null, ...extra });
  const now = jst('2026-05-01T12:00');
  const reminders = [
    r('a', jst('2026-05-01T08:00')),
    r('b', jst('2026-05-01T09:00'), { firedAt: 1 }),
    r('c', jst('2026-05-01T10:00'), { snoozedUntil: jst('2026-05-01T13:00') }),
    r('d', jst('2026-05-02T08:00')),
  ];

  it('fires what is due, skipping fired and snoozed reminders', () => {
    expect(dueNow(reminders, new Set(), now).map((x) => x.id)).toEqual(['a']);
    expect(dueNow(reminders, new Set(['a']), now)).toEqual([]);
    expect(dueNow(reminders, new Set(), jst('2026-05-01T13:00')).map((x) => x.id)).toEqual(['a', 'c']);
  });

  it('sets one alarm: the earliest pending moment, never in the past', () => {
    expect(nextAlarm(reminders, new Set(), now)).toBe(now);
    expect(nextAlarm(reminders, new Set(['a']), now)).toBe(jst('2026-05-01T13:00'));
    expect(nextAlarm(reminders, new Set(['a', 'c', 'd']), now)).toBeNull();
  });

  it('snoozes without touching the original', () => {
    const a = reminders[0]!;
    expect(snooze(a, 99)).toEqual({ ...a, snoozedUntil: 99 });
    expect(a.snoozedUntil).toBeNull();
  });
});

describe('the last day a renewal is still possible', () => {
  const renewing = Library.parse({
    ...library,
    rules: { ...library.rules, renewal: { times: 1, lengthDays: 14, from: 'request_day', blockedWhen: ['reserved', 'renewed', 'overdue'] } },
  });
  const lent = (l: Partial<Loan>): Loan => ({ ...loan('L1', '2026-05-10'), ...l });

  it('reminds on the due date’s morning when the loan can still be renewed', () => {
    const out = derive({ libraries: [renewing], loans: [lent({ renewable: true })] }).filter((r) => r.kind === 'renew_last_day');
    expect(brief(out)).toEqual([['L1|renew_last_day|2026-05-10', '2026-05-09T23:00:00.000Z']]);
  });

  it('says nothing for a loan that cannot be renewed, or where the library renews nothing on the web', () => {
    const blocked = derive({ libraries: [renewing], loans: [lent({ renewable: false, renewBlockedReason: '予約あり' }), lent({ key: 'L2', renewCount: 1, reservedByOthers: false })] });
    expect(blocked.filter((r) => r.kind === 'renew_last_day')).toEqual([]);
    expect(derive({ loans: [lent({ renewable: true })] }).filter((r) => r.kind === 'renew_last_day')).toEqual([]);
  });
});
