import type { LibraryRules } from '../../core/rules';

export const PICKUP_LOCATIONS = [
  '北海道立図書館',
  '議会図書室',
  '自宅受取',
  '江別市情報図書館',
  '札幌市中央図書館',
  '小樽市立図書館',
  '旭川市中央図書館',
  '函館市中央図書館',
];

/** From the guides; closed days are plausible, not the real calendar. */
export const HOKKAIDO_RULES: LibraryRules = {
  // 月曜休館 (祝日の場合は翌平日), 年末年始 — invented.
  closed: { weekdays: [1], nationalHolidays: false, holidayShiftsToNextDay: true, yearEnd: { from: '12-29', to: '01-03' } },
  // 「当館へ連絡なく10日間の取置期限を過ぎましたら予約を取り消します」; collection from the day after the e-mail.
  holdShelf: { days: 10, start: 'day_after_notification', extendToOpenDay: true },
  approval: 'immediate',
  orderedReservations: true,
  limit: { total: 10, av: null, message: '予約上限数を超過しています。' },
  duplicateMessage: 'すでに予約している資料です。',
  notLendableMessage: 'この資料は予約できません。',
  loanDays: 14,
  shortLoanDays: 7,
  // FAQ ⑧: 14 days from the click (期間短縮資料 7), once, and the five listed exclusions.
  renewal: {
    times: 1,
    days: 14,
    shortLoanDays: 7,
    from: 'request_day',
    blockedWhen: ['pickup_elsewhere', 'overdue_any', 'reserved', 'renewed', 'other_library'],
    pickupAllowed: ['北海道立図書館', '議会図書室', '自宅受取'],
  },
};
