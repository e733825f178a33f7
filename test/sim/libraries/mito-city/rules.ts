import type { LibraryRules } from '../../core/rules';
import type { HoldActionWords } from '../shared-hold-actions';

/** The six libraries of the guide's contact list, each a 受取場所. */
export const BRANCHES = ['中央図書館', '東部図書館', '西部図書館', '見和図書館', '常澄図書館', '内原図書館'];

/** ご連絡方法: 「①「メール」を選んだ方」「②「連絡不要」を選んだ方」. */
export const CONTACTS = ['メール', '連絡不要'];

export const LIMIT_MESSAGE = '予約の受付点数は、ひとり15点までです。';

/** From the guide; closed days are plausible, not the library's real calendar. */
export const MITO_RULES: LibraryRules = {
  // 月曜休館 (祝日の場合は翌平日), 年末年始 — invented.
  closed: { weekdays: [1], nationalHolidays: false, holidayShiftsToNextDay: true, yearEnd: { from: '12-28', to: '01-04' } },
  // 「予約資料が用意できた次の開館日に…送信」「取置期間は、おおむね1週間」: about a week after the mail, which goes out
  // the day after the copy is secured; the engine counts 8 days from the day after it was secured.
  holdShelf: { days: 8, start: 'day_after_notification', extendToOpenDay: true },
  approval: 'immediate',
  // 「上下本、シリーズ本の予約の場合、借りる順番の指定はできません」
  orderedReservations: false,
  limit: { total: 15, av: null, message: LIMIT_MESSAGE },
  duplicateMessage: '既に予約している資料、または現在借りている資料は予約できません。',
  notLendableMessage: '図書館内での閲覧のみ利用可能な資料は予約できません。',
  loanDays: 15,
  shortLoanDays: 8,
  // 「延長を申し込んだ日から15日間」「1回のみ」; not when reserved, borrowed from another library, or overdue.
  renewal: {
    times: 1,
    days: 15,
    shortLoanDays: 15,
    from: 'request_day',
    blockedWhen: ['reserved', 'other_library', 'overdue_item', 'renewed'],
    pickupAllowed: [],
    fromLoanDay: null,
  },
  // 「予約の取消は、ログイン後、利用照会メニューの予約一覧から行えます。画面に取消ボタンが表示されないものは、受取場所の図書館に
  // 電話連絡してください。」 The guide does not say which rows lack the button: here, items put aside and counter holds.
  cancel: { blockedWhen: ['secured', 'counter'] },
  // The guide describes no change of the pickup place.
  change: null,
};

/** Why 取消 was refused: the guide's 「受取場所の図書館に電話連絡してください」 behind our own first sentence. */
export const HOLD_ACTION_WORDS: HoldActionWords = {
  gone: '該当する予約はありません。',
  other: 'この予約は取消できません。受取場所の図書館に電話連絡してください。',
};
