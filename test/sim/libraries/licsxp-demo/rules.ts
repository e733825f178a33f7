import type { LibraryRules } from '../../core/rules';

/** 受取館 with their codes (`receivename`, `dropwatspt`): 001, 002 … as the real selects number them. */
export const BRANCHES = ['中央図書館', '北口図書館', '浜手図書館', '山手分室'];

/** 連絡方法 codes of the real selects: 4 = Ｅｍａｉｌ, 9 = 連絡不要. */
export const CONTACTS: Record<string, string> = { '4': 'Ｅｍａｉｌ', '9': '連絡不要' };

export const CART_MAX = 10;

export const DUPLICATE_MESSAGE = '予約済の書誌があります。予約できません。';

/** The real message names one book; the pages put in how many the request goes over. */
export function limitMessage(over: number): string {
  return `図書・雑誌は予約制限を${over}冊越えています。`;
}

/** Invented rules for an invented library; messages are those quoted in opac-vendors.md §2. */
export const LICSXP_RULES: LibraryRules = {
  // Closed every Monday, holidays included, and nothing else — invented, and kept this simple on purpose: with
  // exactly one closed day a week, "8 days from the day after the notice, moved past a closed day" is exactly
  // "7 opening days from the day after the notice", which the engine cannot count yet.
  closed: { weekdays: [1], nationalHolidays: false, holidayShiftsToNextDay: false, yearEnd: null },
  holdShelf: { days: 8, start: 'day_after_notification', extendToOpenDay: true },
  approval: 'immediate',
  orderedReservations: true,
  limit: { total: 15, av: null, message: limitMessage(1) },
  duplicateMessage: DUPLICATE_MESSAGE,
  notLendableMessage: 'この資料は予約できません。',
  loanDays: 14,
  shortLoanDays: 7,
  // The loan list's notes: two weeks from the day of the extension; not when already extended, reserved, overdue
  // or borrowed from another library.
  renewal: {
    times: 1,
    days: 14,
    shortLoanDays: 7,
    from: 'request_day',
    blockedWhen: ['renewed', 'reserved', 'overdue_item', 'other_library'],
    pickupAllowed: [],
    fromLoanDay: null,
  },
  // The real hold list: 取消 button and editable 受取館/連絡方法 selects on 予約中 rows, plain text and no button once
  // 提供可能 (opac-samples/licsxp/nishinomiya-usrrsv-reservation-list.excerpt.html, rows 1, 7 and 19).
  cancel: { blockedWhen: ['secured'] },
  change: { blockedWhen: ['secured'] },
};
