import type { LibraryInput } from '../model';

/** 北杜市図書館. Evidence: seeds/hokuto-city-internet-reservation-guide.txt (host printed in the guide). */
export const hokutoCity: LibraryInput = {
  id: 'hokuto-city',
  name: '北杜市図書館',
  nameEn: 'Hokuto City Library',
  origins: ['https://www.lib.city-hokuto.ed.jp', 'http://www.lib.city-hokuto.ed.jp'],
  family: 'generic',
  rules: {
    // "取り置き期間は取置き通知メールの送信日の翌日から1週間以内"
    hold: { days: 7, unit: 'calendar_days', start: 'day_after_notification' },
    closed: {},
    // "1人につき7点まで … 内視聴覚資料は3点まで"; the guide quotes no limit message.
    limit: { total: 7, av: 3 },
    // The guide only says reserved items cannot be renewed; times and length are not stated.
    renewal: null,
    orderedReservation: null,
  },
  // 「お申込み・お問い合わせは、北杜市図書館まで」 and its eight libraries; 「「予約中」の場合は、受取館を変更することはできません。
  // ご面倒でも受取指定の図書館にご連絡ください」; 「予約決定通知メール送信後は取消ができません。ご面倒でも図書館にご連絡ください」.
  contacts: (
    [
      ['明野図書館', '0551-25-3285'],
      ['すたま森の図書館', '0551-20-6112'],
      ['たかね図書館', '0551-47-4784'],
      ['ながさか図書館', '0551-32-8228'],
      ['金田一春彦記念図書館', '0551-38-1211'],
      ['小淵沢図書館', '0551-42-1203'],
      ['ライブラリーはくしゅう', '0551-35-5070'],
      ['むかわ図書館', '0551-20-3019'],
    ] as const
  ).map(([branch, phone]) => ({ branch, phone, handles: ['cancel_hold', 'change_pickup', 'inquiries'], scope: 'own_pickups' })),
};
