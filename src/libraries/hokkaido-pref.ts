import type { LibraryInput } from '../model';

/**
 * 北海道立図書館. Evidence: seeds/hokkaido-pref-internet-reservation-guide.txt and -cancel-change-guide.txt;
 * host from the NDL seeAlso link http://www.library.pref.hokkaido.jp/wo/opc/srh/ (opac-vendors.md §9,
 * opac-census.csv): the `/wo/` OPAC it shares with five prefectural libraries (src/opac/families/wo).
 */
export const hokkaidoPref: LibraryInput = {
  id: 'hokkaido-pref',
  name: '北海道立図書館',
  nameEn: 'Hokkaido Prefectural Library',
  origins: ['https://www.library.pref.hokkaido.jp', 'http://www.library.pref.hokkaido.jp'],
  family: 'wo',
  rules: {
    // "10日間の取置期限"; the ready mail goes out at 20:00 and pickup starts the day after it.
    hold: { days: 10, unit: 'calendar_days', start: 'day_after_notification' },
    closed: {},
    // "既に10件の予約を申し込んでいる場合 … 「予約上限数を超過しています。」と表示されます"
    limit: { total: 10, message: '予約上限数を超過しています。' },
    // FAQ ⑧: 14 days from the click (期間短縮資料 7), once; not when reserved, overdue, renewed, from another library.
    renewal: { times: 1, lengthDays: 14, from: 'request_day', blockedWhen: ['reserved', 'renewed', 'overdue', 'other_library'] },
    orderedReservation: '読みたい順予約',
  },
  // The cancel guide: once 貸出可能 「ポータル上での変更・取消はできません。お手数ですが、道立図書館までご連絡ください。
  // 道立図書館一般資料サービス課 電話 011-386-8521」 (FAQ ⑦ the same); the holds screen sends 取置期限の延長 to the library;
  // お問い合わせ: 一般資料サービス課 電話：011-386-8521 (its ファックス 011-386-6906 is no phone).
  contacts: [
    { branch: '道立図書館一般資料サービス課', phone: '011-386-8521', handles: ['cancel_hold', 'change_pickup', 'hold_shelf', 'inquiries'], scope: 'library' },
  ],
};
