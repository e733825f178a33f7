import type { LibraryInput } from '../model';

/** 栃木県立図書館. Evidence: seeds/tochigi-pref-internet-reservation-guide.txt (host printed in the guide). */
export const tochigiPref: LibraryInput = {
  id: 'tochigi-pref',
  name: '栃木県立図書館',
  nameEn: 'Tochigi Prefectural Library',
  origins: ['https://www.lib.pref.tochigi.lg.jp', 'http://www.lib.pref.tochigi.lg.jp'],
  family: 'generic',
  rules: {
    // "メールでお知らせした日から２週間です。２週間後の日が休館日の場合は、その翌日まで" (連絡不要: from the ready day).
    hold: { days: 14, unit: 'calendar_days', start: 'day_after_notification', nextOpenDayIfClosed: true },
    closed: {},
    // "図書・雑誌・視聴覚資料（ＣＤ・ビデオなど）合わせて１０点まで"
    limit: { total: 10 },
    // The guide does not describe renewal (opac-vendors.md §9 cites a help page: button from day 10, no length).
    renewal: null,
    orderedReservation: null,
  },
  // No contacts: for a 貸出可能 hold the guide says 「メール又は電話などで図書館までご連絡ください」 but prints no number.
};
