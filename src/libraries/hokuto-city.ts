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
};
