import type { LibraryRules } from '../../core/rules';
import type { HoldActionWords } from '../shared-hold-actions';

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
    fromLoanDay: null,
  },
  // 「「変更取消」ボタンが表示されている状態であれば…予約取消しや受取場所の変更ができます」, shown only while 予約中 (FAQ ⑦);
  // 「状態が「貸出可能」の時は…ポータル上での変更・取消はできません」; 「他の図書館から取り寄せる資料については、Web上で
  // 予約の変更・取消はできません。」
  cancel: { blockedWhen: ['secured', 'other_library'] },
  change: { blockedWhen: ['secured', 'other_library'] },
};

/** 自宅受取 is a place of its own kind; every other pickup place is a 図書館 (「現在、【受取場所】 図書館 北海道立図書館」). */
export const HOME_PICKUP = '自宅受取';

/**
 * Why 変更/取消 is refused, in the cancel guide's words: the callout beside the 予約状況照会 screenshot (with the desk
 * and number it gives) and the screen's own note on items from other libraries. `gone` is our own wording.
 */
export const HOLD_ACTION_WORDS: HoldActionWords = {
  secured:
    '状態が「貸出可能」の時は、すでに資料確保が終了しているためポータル上での変更・取消はできません。お手数ですが、道立図書館までご連絡ください。道立図書館一般資料サービス課 電話 011-386-8521',
  other_library: '※他の図書館から取り寄せる資料については、Web上で予約の変更・取消はできません。',
  gone: '該当する予約はありません。',
  other: 'ポータル上での変更・取消はできません。',
};
