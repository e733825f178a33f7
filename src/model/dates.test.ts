import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parseDate, todayInTokyo, weekdayOf } from './dates';

describe('parseDate: dates with a year', () => {
  it.each([
    ['2026/04/15', '2026-04-15'],
    ['2026-04-15', '2026-04-15'],
    ['2026/4/5', '2026-04-05'],
    ['2023.02.16', '2023-02-16'],
    ['2023.2.6', '2023-02-06'],
    ['20260415', '2026-04-15'],
    ['2026年4月15日', '2026-04-15'],
    ['2026年 11月 25日', '2026-11-25'],
    ['26/04/15', '2026-04-15'],
    ['２０２６／１１／２５', '2026-11-25'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('joins a date split over two adjacent elements (LICS-XP "26/" + "04/15")', () => {
    expect(parseDate('26/' + '04/15')).toBe('2026-04-15');
    expect(parseDate('26/\n  04/15')).toBe('2026-04-15');
  });

  it('reads dates inside surrounding text', () => {
    expect(parseDate('取置期限:2026/11/25')).toBe('2026-11-25');
    expect(parseDate('取置期限日：2026/11/25まで')).toBe('2026-11-25');
    expect(parseDate('2026年11月25日(火)')).toBe('2026-11-25');
    expect(parseDate('2026年11月25日（火）')).toBe('2026-11-25');
    expect(parseDate('利用可能 取置期限日:2023.02.16')).toBe('2023-02-16');
  });

});

describe('parseDate: 和暦', () => {
  it.each([
    ['令和7年3月15日', '2025-03-15'],
    ['令和元年5月1日', '2019-05-01'],
    ['R7.3.15', '2025-03-15'],
    ['R07/03/15', '2025-03-15'],
    ['H31.4.30', '2019-04-30'],
    ['平成31年4月30日', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['昭和64年1月7日', '1989-01-07'],
    ['㋿７年１２月１日', '2025-12-01'],
    ['令和８年１月５日（月）', '2026-01-05'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('rejects dates outside their era', () => {
    expect(parseDate('令和元年4月30日')).toBeNull();
    expect(parseDate('平成31年5月1日')).toBeNull();
    expect(parseDate('平成元年1月7日')).toBeNull();
  });
});

describe('parseDate: dates without a year', () => {
  it('needs a reference', () => {
    expect(parseDate('04/15')).toBeNull();
    expect(parseDate('4月15日')).toBeNull();
  });

  it('takes the reference year inside the year', () => {
    expect(parseDate('07/29', { reference: '2026-07-20' })).toBe('2026-07-29');
    expect(parseDate('7月29日', { reference: '2026-07-20' })).toBe('2026-07-29');
  });

  it('crosses the year end forwards', () => {
    expect(parseDate('01/08', { reference: '2026-12-28', prefer: 'future' })).toBe('2027-01-08');
    expect(parseDate('01/08', { reference: '2026-12-28', prefer: 'nearest' })).toBe('2027-01-08');
    expect(parseDate('01/08', { reference: '2026-12-28' })).toBe('2027-01-08');
    expect(parseDate('1月8日', { reference: '2026-12-28' })).toBe('2027-01-08');
  });

  it('crosses the year end backwards', () => {
    expect(parseDate('12/20', { reference: '2027-01-03', prefer: 'past' })).toBe('2026-12-20');
    expect(parseDate('12/20', { reference: '2027-01-03' })).toBe('2026-12-20');
    expect(parseDate('01/08', { reference: '2026-12-28', prefer: 'past' })).toBe('2026-01-08');
  });

  it("keeps a deadline that just passed in this year with prefer 'future'", () => {
    expect(parseDate('12/27', { reference: '2026-12-28', prefer: 'future' })).toBe('2026-12-27');
  });

  it('puts 02/29 only in a leap year', () => {
    expect(parseDate('02/29', { reference: '2028-02-01' })).toBe('2028-02-29');
    expect(parseDate('02/29', { reference: '2026-02-01' })).toBeNull();
  });
});

describe('parseDate: garbage and ambiguity give null, never a wrong date', () => {
  it.each([
    '', 'ー', '-', '　', '予約中', '2026/02/30', '2026/13/01', '2026/00/10', '2026/04/31', '99/99/99', '2015.3', '2026年3月',
    'ISBN 9784103534228', '2026/04/15 〜 2026/04/22', '26/04/1526/04/20', '12345678', '2026/4-15', 'R7.13.1', 'X7.3.15',
    '1Q84', '3/4/5/6', '令和年3月5日', '0000/01/01',
  ])('%j', (text) => {
    expect(parseDate(text, { reference: '2026-04-01' })).toBeNull();
  });

  it('accepts the same date written twice', () => {
    expect(parseDate('2026/04/15 (2026年4月15日)')).toBe('2026-04-15');
  });
});

describe('calendar helpers', () => {
  it('todayInTokyo uses Japan time whatever the machine zone', () => {
    expect(todayInTokyo(new Date('2026-12-31T14:59:59Z'))).toBe('2026-12-31');
    expect(todayInTokyo(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01');
    expect(todayInTokyo(new Date('2026-06-30T23:00:00-08:00'))).toBe('2026-07-01');
  });
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-28', '2027-01-04')).toBe(7);
    expect(daysBetween('2027-01-04', '2026-12-28')).toBe(-7);
  });
  it('knows the weekday', () => {
    expect(weekdayOf('2026-11-25')).toBe(3); // Wednesday
    expect(weekdayOf('2027-01-03')).toBe(0);
  });
});
