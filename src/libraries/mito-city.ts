import type { LibraryInput } from '../model';

/** 水戸市立図書館. Evidence: seeds/mito-city-renewal-reservation-guide.txt (host printed in the guide). */
export const mitoCity: LibraryInput = {
  id: 'mito-city',
  name: '水戸市立図書館',
  nameEn: 'Mito City Library',
  origins: ['https://www.library-mito.jp'],
  family: 'generic',
  rules: {
    // "取置期間は、おおむね1週間"; the mail goes out the next opening day and the list shows 引取期限日.
    hold: { days: 7, unit: 'calendar_days', start: 'notification_day' },
    closed: {},
    // "予約の受付点数は、ひとり15点まで"
    limit: { total: 15 },
    // "延長を申し込んだ日から15日間", "1回のみ"; not when reserved, borrowed from another library, or overdue.
    renewal: { times: 1, lengthDays: 15, from: 'request_day', blockedWhen: ['reserved', 'renewed', 'other_library', 'overdue'] },
    // "上下本、シリーズ本の予約の場合、借りる順番の指定はできません"
    orderedReservation: null,
  },
  // 「画面に取消ボタンが表示されないものは、受取場所の図書館に電話連絡してください」 and the guide's お問い合わせ list.
  contacts: (
    [
      ['水戸市立中央図書館', '029-226-3951'],
      ['東部図書館', '029-248-4051'],
      ['西部図書館', '029-255-5651'],
      ['見和図書館', '029-350-2051'],
      ['常澄図書館', '029-269-1751'],
      ['内原図書館', '029-291-6451'],
    ] as const
  ).map(([branch, phone]) => ({ branch, phone, handles: ['cancel_hold', 'inquiries'], scope: 'own_pickups' })),
};
