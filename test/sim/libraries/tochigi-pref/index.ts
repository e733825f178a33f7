import { slashDate } from '../../core/dates';
import { html } from '../../core/html';
import type { LibraryDefinition } from '../../core/library';
import { winjDefinition, type WinjSession } from '../shared-winj';
import { CONTACTS, PICKUP_LOCATIONS, RENEW_FROM_LOAN_DAY, TARGETS, TOCHIGI_RULES } from './rules';

// The guide's vocabulary (予約かご, 認証, MYライブラリ, 確保待ち/貸出可能, 貸出状況一覧) is Fujitsu winj's
// (opac-vendors.md §9), so the pages use the winj kit; the paths are invented (no /winj/ URL is known for Tochigi).
const BASE = '/opac/';
export const TOCHIGI_PATHS = {
  top: '/opac/',
  results: '/opac/search-list',
  detail: '/opac/detail',
  login: '/opac/auth',
  logout: '/opac/logout',
  myLibrary: '/opac/mylibrary',
  basket: '/opac/basket',
  confirm: '/opac/reserve-confirm',
  holds: '/opac/reserve-list',
  cancel: '/opac/reserve-cancel',
  loans: '/opac/lend-list',
  renew: '/opac/lend-extension',
} as const;

/** 栃木県立図書館: 予約かご → 認証 → 予約連絡方法/予約受取場所/予約対象 → 予約 → 確認, 10 items, two-week hold shelf. */
export const tochigiPref: LibraryDefinition<WinjSession> = winjDefinition(
  {
    id: 'tochigi-pref',
    name: '栃木県立図書館',
    charset: 'UTF-8',
    sessionCookie: 'TPLSESSIONID',
    basePath: BASE,
    rules: TOCHIGI_RULES,
    holdings: { barcodePrefix: '090', shelves: ['一般開架', '書庫', '郷土資料室'] },
    pickupLocations: PICKUP_LOCATIONS,
    // The card number is 「利用券のバーコード下に記載してある…数字７桁」.
    patrons: [{ card: '9000001', password: 'tochigi', name: '県立 次郎' }],
  },
  {
    paths: TOCHIGI_PATHS,
    dispatchPrefix: null,
    words: {
      loginHeading: '認証',
      cardLabel: '利用券番号',
      myLibrary: 'MYライブラリ',
      basketButton: '予約かごへ',
      pickupLabel: '予約受取場所',
      pickupLine: '受取場所',
      reserveButton: '予約',
      confirmHeading: '予約確認',
      confirmButton: '確認',
      cancelButton: '予約取消',
      renewButton: '延長',
    },
    contact: { name: 'cmb_contact', label: '予約連絡方法', options: CONTACTS },
    extraSelects: [{ name: 'cmb_target', label: '予約対象', options: TARGETS }],
    holdStatus(_ctx, hold) {
      if (hold.state !== 'ready') return ['状態:確保待ち'];
      return ['状態:貸出可能', ...(hold.deadline ? [`取置期限日:${slashDate(hold.deadline)}`] : [])];
    },
    cartMax: null,
    cartFullMessage: '',
    blockLabels: {
      too_early: `延長は貸出日から${RENEW_FROM_LOAN_DAY}日目以降にできます`,
      reserved: '予約が入っています',
      renewed: '延長済みです',
      overdue_item: '返却期限を過ぎています',
      overdue_any: '延滞資料があります',
      other_library: '他の図書館からの借用資料です',
      pickup_elsewhere: '受取場所で延長できません',
    },
    holdActionWords: {
      // 「◇ 予約の取消し」, second point, in full.
      secured:
        '貸出準備ができた資料（「予約状況一覧」画面で状態が「貸出可能」のもの）については、インターネット上で予約取消しはできません。この場合はお手数ですが、利用券番号・取消を希望する資料のタイトルを、メール又は電話などで図書館までご連絡ください。',
      other: '該当する予約はありません。',
    },
    notes: {
      basket: html`<p>「予約連絡方法」「予約受取場所」「予約対象」を選択して、予約ボタンをクリックしてください。</p>`,
      holds: html`<ul class="notes"><li>資料が貸出中又は予約受付後準備ができていない場合は、「確保待ち」と表示されます。</li>
<li>貸出の準備ができた資料（カウンターで取り置きしたもの）は、「貸出可能」と表示されます。</li>
<li>「確保待ち」の資料は、「予約取消」ボタンで予約を取消すことができます。「貸出可能」の資料については、インターネット上で予約取消しはできません。お手数ですが、利用券番号・取消を希望する資料のタイトルを、メール又は電話などで図書館までご連絡ください。</li></ul>`,
      loans: html`<p>貸出日から${RENEW_FROM_LOAN_DAY}日目以降、「延長」ボタンで貸出期間を延長できます（1回のみ）。</p>`,
    },
  },
);
