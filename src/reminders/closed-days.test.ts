import { describe, expect, it } from 'vitest';
import { ClosedDays, type ClosedDays as ClosedDaysType } from '../model';
import { HOLIDAY_YEARS, isClosed, isNationalHoliday, nthOpenDay } from './closed-days';

const cal = (input: Partial<ClosedDaysType>): ClosedDaysType => ClosedDays.parse(input);
const closedAmong = (dates: string[], closed: ClosedDaysType) => dates.filter((d) => isClosed(d, closed));

describe('isNationalHoliday', () => {
  it('knows 2026 振替休日 and 国民の休日', () => {
    expect(isNationalHoliday('2026-05-06')).toBe(true); // こどもの日 振替休日 (5/3 was a Sunday)
    expect(isNationalHoliday('2026-09-22')).toBe(true); // 国民の休日 between 敬老の日 and 秋分の日
    expect(isNationalHoliday('2026-09-21')).toBe(true);
    expect(isNationalHoliday('2026-09-23')).toBe(true);
    expect(isNationalHoliday('2026-05-07')).toBe(false);
    expect(isNationalHoliday('2027-01-11')).toBe(true); // 成人の日
  });

  it('covers the loaded years and no others', () => {
    expect(isNationalHoliday(`${HOLIDAY_YEARS.from}-01-01`)).toBe(true);
    expect(isNationalHoliday(`${HOLIDAY_YEARS.to}-01-01`)).toBe(true);
    expect(isNationalHoliday(`${HOLIDAY_YEARS.to + 1}-01-01`)).toBe(false);
  });
});

describe('isClosed', () => {
  it('closes regular weekdays', () => {
    expect(closedAmong(['2026-05-10', '2026-05-11', '2026-05-12'], cal({ weekdays: [1] }))).toEqual(['2026-05-11']);
  });

  it('closes national holidays when the library does', () => {
    const gw = ['2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07'];
    expect(closedAmong(gw, cal({ nationalHolidays: true }))).toEqual(['2026-05-03', '2026-05-04', '2026-05-05', '2026-05-06']);
    expect(closedAmong(gw, cal({}))).toEqual([]);
  });

  it('moves a Monday closure past a run of holidays (月曜、祝日の場合は翌平日)', () => {
    const osaka = cal({ weekdays: [1], holidayShiftsToNextDay: true });
    const gw = ['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08', '2026-05-11'];
    expect(closedAmong(gw, osaka)).toEqual(['2026-05-07', '2026-05-11']);
    const silverWeek = ['2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24', '2026-09-25'];
    expect(closedAmong(silverWeek, osaka)).toEqual(['2026-09-24']);
    expect(closedAmong(['2026-01-12', '2026-01-13', '2026-01-14'], osaka)).toEqual(['2026-01-13']);
  });

  it('closes both the holiday and the day after when holidays are closed too', () => {
    const both = cal({ weekdays: [1], nationalHolidays: true, holidayShiftsToNextDay: true });
    expect(closedAmong(['2026-01-12', '2026-01-13', '2026-01-14'], both)).toEqual(['2026-01-12', '2026-01-13']);
  });

  it('keeps the closure on the holiday itself without the shift rule', () => {
    expect(isClosed('2026-05-04', cal({ weekdays: [1] }))).toBe(true);
    expect(isClosed('2026-05-07', cal({ weekdays: [1] }))).toBe(false);
  });

  it('spans the year-end break across the new year', () => {
    const yearEnd = cal({ yearEnd: { from: '12-29', to: '01-03' } });
    const days = ['2026-12-28', '2026-12-29', '2026-12-31', '2027-01-01', '2027-01-03', '2027-01-04'];
    expect(closedAmong(days, yearEnd)).toEqual(['2026-12-29', '2026-12-31', '2027-01-01', '2027-01-03']);
    const summer = cal({ yearEnd: { from: '08-10', to: '08-12' } });
    expect(closedAmong(['2026-08-09', '2026-08-10', '2026-08-12', '2026-08-13', '2026-12-31'], summer)).toEqual(['2026-08-10', '2026-08-12']);
  });

  it('closes the nth weekday of each month', () => {
    const aisai = cal({ monthly: [{ nth: 2, weekday: 4 }] }); // 館内整理日 = 第2木曜
    expect(closedAmong(['2026-09-03', '2026-09-10', '2026-09-17', '2026-10-08'], aisai)).toEqual(['2026-09-10', '2026-10-08']);
    const fifth = cal({ monthly: [{ nth: 5, weekday: 4 }] });
    expect(closedAmong(['2026-10-22', '2026-10-29', '2026-11-26'], fifth)).toEqual(['2026-10-29']);
  });

  it('closes one-off dates', () => {
    expect(closedAmong(['2026-06-01', '2026-06-02'], cal({ dates: ['2026-06-02'] }))).toEqual(['2026-06-02']);
  });
});

describe('nthOpenDay', () => {
  it('counts opening days from the given day itself', () => {
    const mondays = cal({ weekdays: [1] });
    expect(nthOpenDay('2026-05-11', 1, mondays)).toBe('2026-05-12');
    expect(nthOpenDay('2026-05-10', 2, mondays)).toBe('2026-05-12');
  });

  it('gives up on a calendar that never opens', () => {
    expect(nthOpenDay('2026-05-11', 1, cal({ weekdays: [0, 1, 2, 3, 4, 5, 6] }))).toBeNull();
  });
});
