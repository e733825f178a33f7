import type { LibraryRules } from '../../core/rules';

/** 受取館 of the invented library; `cmb_area` posts their codes 01, 02 … */
export const BRANCHES = ['中央図書館', '北図書館', '南図書館', '駅前分室'];

/** Invented rules for an invented library (statuses and pages follow opac-vendors.md §1). */
export const WINJ_RULES: LibraryRules = {
  // 月曜・祝日休館, 年末年始 — invented.
  closed: { weekdays: [1], nationalHolidays: true, holidayShiftsToNextDay: false, yearEnd: { from: '12-29', to: '01-03' } },
  holdShelf: { days: 7, start: 'day_after_notification', extendToOpenDay: true },
  approval: 'immediate',
  orderedReservations: false,
  limit: { total: 10, av: 3, message: '予約できる点数の上限を超えています。' },
  duplicateMessage: '既に予約済です。',
  notLendableMessage: '予約できない資料です。',
  loanDays: 14,
  shortLoanDays: 7,
  renewal: {
    times: 1,
    days: 14,
    shortLoanDays: 7,
    from: 'due_date',
    blockedWhen: ['reserved', 'renewed', 'overdue_any'],
    pickupAllowed: [],
    fromLoanDay: null,
  },
  // 取消 until the item is put aside (winj guides: 「確保待ち」 cancellable, 「貸出可能」 not). No source shows a web change of
  // the pickup place on winj.
  cancel: { blockedWhen: ['secured'] },
  change: null,
};
