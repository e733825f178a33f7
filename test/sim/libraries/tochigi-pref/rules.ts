import type { LibraryRules } from '../../core/rules';

/** 受取場所 are the 貸出カウンター; the guide excludes the 3階 counter from registration, so it is no pickup either. */
export const PICKUP_LOCATIONS = ['1階貸出カウンター', '2階貸出カウンター'];

/** 予約連絡方法: 「連絡方法：メールを選択した方」「連絡方法：不要を選択した方」. */
export const CONTACTS = ['メール', '不要'];

/** 予約対象: named by the guide without its options; one choice, which does not change the reservation. */
export const TARGETS = ['この資料'];

export const LIMIT_MESSAGE = '当館ホームページから予約ができるのは、図書・雑誌・視聴覚資料（ＣＤ・ビデオなど）合わせて１０点までです。';

/** The 延長 button shows from this day of the loan (help page ?page_id=444, opac-vendors.md §9). */
export const RENEW_FROM_LOAN_DAY = 10;

/** From the guide; closed days, loan and renewal lengths are plausible, not the library's real ones. */
export const TOCHIGI_RULES: LibraryRules = {
  // 月曜休館 (祝日の場合は翌平日), 年末年始 — invented.
  closed: { weekdays: [1], nationalHolidays: false, holidayShiftsToNextDay: true, yearEnd: { from: '12-28', to: '01-04' } },
  // 「取り置き期間は、メールでお知らせした日から２週間です。２週間後の日が休館日の場合は、その翌日までとなります。」
  holdShelf: { days: 14, start: 'day_after_notification', extendToOpenDay: true },
  approval: 'immediate',
  // The help page says there is no 上下巻揃え reservation.
  orderedReservations: false,
  limit: { total: 10, av: null, message: LIMIT_MESSAGE },
  duplicateMessage: '既に予約済です。',
  notLendableMessage: '貸出禁止資料は、ホームページからの予約ができません。',
  loanDays: 14,
  shortLoanDays: 7,
  // Invented beyond "button from day 10": once, two weeks from the request, not when reserved or overdue.
  renewal: {
    times: 1,
    days: 14,
    shortLoanDays: 7,
    from: 'request_day',
    blockedWhen: ['reserved', 'renewed', 'overdue_item', 'other_library', 'too_early'],
    pickupAllowed: [],
    fromLoanDay: RENEW_FROM_LOAN_DAY,
  },
  // 「貸出準備ができる前の資料（…「確保待ち」のもの）は、インターネット上で予約を取消すことができます」; 「貸出可能」のもの
  // 「については、インターネット上で予約取消しはできません」.
  cancel: { blockedWhen: ['secured'] },
  // The guide describes no change of the pickup place.
  change: null,
};
