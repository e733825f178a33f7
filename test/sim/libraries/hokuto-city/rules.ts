import type { LibraryRules } from '../../core/rules';
import type { HoldActionWords } from '../shared-hold-actions';

/** The eight libraries of the guide's contact list, each a 受取館. */
export const BRANCHES = [
  '明野図書館',
  'すたま森の図書館',
  'たかね図書館',
  'ながさか図書館',
  '金田一春彦記念図書館',
  '小淵沢図書館',
  'ライブラリーはくしゅう',
  'むかわ図書館',
];

const LIMIT_MESSAGE = 'インターネット予約サービスで予約できる資料は、1人につき7点までです。※内視聴覚資料は3点まで';

/** From the guide; closed days are plausible, not the real calendar. */
export const HOKUTO_RULES: LibraryRules = {
  // 月曜・祝日休館, 年末年始 — invented.
  closed: { weekdays: [1], nationalHolidays: true, holidayShiftsToNextDay: false, yearEnd: { from: '12-28', to: '01-04' } },
  // 「取り置き期間は取置き通知メールの送信日の翌日から1週間以内」, taken literally (no move past closed days).
  holdShelf: { days: 7, start: 'day_after_notification', extendToOpenDay: false },
  // 予約申請中 until the 予約承認処理 on the next opening day.
  approval: 'next_open_day',
  // 「上・下巻等の資料を予約する場合は、それぞれに予約を行ってください」: no ordered reservations.
  orderedReservations: false,
  limit: { total: 7, av: 3, message: LIMIT_MESSAGE },
  duplicateMessage: '既に予約されている資料です。',
  notLendableMessage: '館内閲覧のみの資料は予約できません。',
  loanDays: 14,
  shortLoanDays: 7,
  // The guide offers no renewal on the web.
  renewal: null,
  // 「インターネットから予約した場合は、インターネットから取消ができます」「カウンター窓口で受付した予約は、インターネットでの
  // 予約取消はできません」「予約決定通知メール送信後は取消ができません」 (the notice goes out when the item is put aside).
  cancel: { blockedWhen: ['secured', 'counter'] },
  // 「「予約中」の場合は、受取館を変更することはできません」; 「予約申請中」 holds are cancelled and placed again instead.
  change: null,
};

/** Why 予約取消 was refused: the guide's own notes under 予約状況確認. */
export const HOLD_ACTION_WORDS: HoldActionWords = {
  secured: '予約決定通知メール送信後は取消ができません。ご面倒でも図書館にご連絡ください。',
  counter: 'カウンター窓口で受付した予約は、インターネットでの予約取消はできません。',
  gone: '該当する予約はありません。',
  other: 'インターネットでの予約取消はできません。',
};
