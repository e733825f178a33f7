import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ClosedDays, HoldRule } from '../model';
import { pickupDeadline, type DeadlineHold } from './deadline';

const rule = (r: z.input<typeof HoldRule>) => HoldRule.parse(r);
const NONE = ClosedDays.parse({});
/** Closed on Mondays, national holidays and 12/29–1/3: a common Japanese pattern. */
const MON_HOLIDAYS_YEAREND = ClosedDays.parse({ weekdays: [1], nationalHolidays: true, yearEnd: { from: '12-29', to: '01-03' } });
const ready = (h: Partial<DeadlineHold> = {}): DeadlineHold => ({ state: 'ready', pickupDeadline: null, readyOn: null, ...h });

describe('pickupDeadline', () => {
  const sevenOpenDays = rule({ days: 7, unit: 'open_days', start: 'day_after_notification' });

  it('takes the date the page shows over any rule', () => {
    expect(pickupDeadline(ready({ pickupDeadline: '2026-05-10', readyOn: '2026-04-30' }), sevenOpenDays, NONE)).toEqual({
      date: '2026-05-10', estimated: false, basis: 'page',
    });
    expect(pickupDeadline(ready({ pickupDeadline: '2026-05-10' }), null, NONE)).toEqual({ date: '2026-05-10', estimated: false, basis: 'page' });
  });

  it('has no date without a rule, without a start day, or before the hold is ready', () => {
    const empty = { date: null, estimated: false, basis: null };
    expect(pickupDeadline(ready({ readyOn: '2026-04-30' }), null, NONE)).toEqual(empty);
    expect(pickupDeadline(ready(), sevenOpenDays, NONE)).toEqual(empty);
    expect(pickupDeadline(ready({ state: 'in_transit', readyOn: '2026-04-30' }), sevenOpenDays, NONE)).toEqual(empty);
  });

  it('labels estimates and says what they count from', () => {
    const calendar = (start: HoldRule['start']) => rule({ days: 7, unit: 'calendar_days', start });
    expect(pickupDeadline(ready({ readyOn: '2026-04-30' }), calendar('notification_day'), NONE)).toEqual({
      date: '2026-05-06', estimated: true, basis: 'notice',
    });
    expect(pickupDeadline(ready({ readyOn: '2026-04-30' }), calendar('day_after_ready'), NONE)).toEqual({
      date: '2026-05-07', estimated: true, basis: 'ready',
    });
    const seen = ready({ firstSeenReadyOn: '2026-04-30' });
    expect(pickupDeadline(seen, calendar('ready_day'), NONE, '2026-05-02')).toEqual({ date: '2026-05-06', estimated: true, basis: 'first_seen' });
    // A hold seen ready before the mirror recorded the day: today stands in for it.
    expect(pickupDeadline(ready(), calendar('ready_day'), NONE, '2026-05-02')).toEqual({ date: '2026-05-08', estimated: true, basis: 'first_seen' });
  });

  it('counts opening days and calendar days without closed days alike, across Golden Week 2026', () => {
    const from = ready({ readyOn: '2026-04-30' }); // Thursday; 5/3–5/6 are holidays, 5/4 and 5/11 Mondays
    expect(pickupDeadline(from, sevenOpenDays, MON_HOLIDAYS_YEAREND).date).toBe('2026-05-12');
    const excluding = rule({ days: 7, unit: 'calendar_days_excluding_closed', start: 'day_after_notification' });
    expect(pickupDeadline(from, excluding, MON_HOLIDAYS_YEAREND).date).toBe('2026-05-12');
    expect(pickupDeadline(from, sevenOpenDays, NONE).date).toBe('2026-05-07');
  });

  it('counts past 国民の休日 2026-09-22', () => {
    // Ready Saturday 9/19 (day 1), Sunday is day 2; 9/21 (Mon, 敬老の日), 9/22 (国民の休日), 9/23 (秋分の日) are closed.
    const threeOpen = rule({ days: 3, unit: 'open_days', start: 'ready_day' });
    expect(pickupDeadline(ready({ readyOn: '2026-09-19' }), threeOpen, MON_HOLIDAYS_YEAREND).date).toBe('2026-09-24');
  });

  describe('over the year-end break (closed 12/29–1/3, Mondays, holidays)', () => {
    const hold = ready({ readyOn: '2026-12-26' }); // Saturday

    it('counts opening days into the new year', () => {
      // 12/27 Sun is day 1; 12/28 Mon, 12/29–1/3 and Monday 1/4 are closed; 1/5–1/10 are days 2–7.
      expect(pickupDeadline(hold, sevenOpenDays, MON_HOLIDAYS_YEAREND).date).toBe('2027-01-10');
    });

    it('lets a calendar-day deadline land on a closed day unless the rule moves it', () => {
      const calendar = rule({ days: 7, unit: 'calendar_days', start: 'day_after_notification' });
      expect(pickupDeadline(hold, calendar, MON_HOLIDAYS_YEAREND).date).toBe('2027-01-02');
      expect(pickupDeadline(hold, { ...calendar, nextOpenDayIfClosed: true }, MON_HOLIDAYS_YEAREND).date).toBe('2027-01-05');
    });
  });

  it('gives no date when the calendar never opens', () => {
    const never = ClosedDays.parse({ weekdays: [0, 1, 2, 3, 4, 5, 6] });
    expect(pickupDeadline(ready({ readyOn: '2026-04-30' }), sevenOpenDays, never).date).toBeNull();
  });
});

/** The seed guides in ../shared/seeds, their hold periods read by hand. */
describe('seed libraries', () => {
  it('北杜市: one week from the day after the notification mail', () => {
    const hokuto = rule({ days: 7, unit: 'calendar_days', start: 'day_after_notification' });
    expect(pickupDeadline(ready({ readyOn: '2026-04-30' }), hokuto, NONE).date).toBe('2026-05-07');
  });

  it('栃木県立: two weeks from the notice, the next opening day when that day is closed', () => {
    // "お知らせした日から２週間…２週間後の日が休館日の場合は、その翌日まで": the deadline is notice + 14.
    const tochigi = rule({ days: 14, unit: 'calendar_days', start: 'day_after_notification', nextOpenDayIfClosed: true });
    expect(pickupDeadline(ready({ readyOn: '2026-04-16' }), tochigi, MON_HOLIDAYS_YEAREND).date).toBe('2026-04-30');
    // 4/20 + 14 = 5/4, a Monday and a holiday; 5/5 and 5/6 are holidays too, so it moves to 5/7.
    expect(pickupDeadline(ready({ readyOn: '2026-04-20' }), tochigi, MON_HOLIDAYS_YEAREND).date).toBe('2026-05-07');
  });

  it('北海道立 and 水戸市 show the deadline on the holds page (取置期限日, 引取期限日): it is used as is', () => {
    // 北海道: "10日間の取置期限" with no start stated; 水戸: "おおむね1週間". Neither is a rule to compute from.
    expect(pickupDeadline(ready({ pickupDeadline: '2026-05-12' }), null, NONE)).toEqual({ date: '2026-05-12', estimated: false, basis: 'page' });
  });
});
