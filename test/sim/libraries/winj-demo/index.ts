import { slashDate } from '../../core/dates';
import { html } from '../../core/html';
import type { LibraryDefinition } from '../../core/library';
import { winjDefinition, type WinjCtx, type WinjSession } from '../shared-winj';
import type { Hold } from '../../core/state/types';
import { BRANCHES, WINJ_RULES } from './rules';

export const WINJ_PATHS = {
  top: '/winj/opac/top.do',
  results: '/winj/opac/search-list.do',
  detail: '/winj/opac/switch-detail.do',
  login: '/winj/opac/login.do',
  logout: '/winj/opac/logout.do',
  myLibrary: '/winj/opac/mylibrary.do',
  basket: '/winj/opac/reserve-basket.do',
  confirm: '/winj/opac/reserve-confirm.do',
  holds: '/winj/opac/reserve-list.do',
  cancel: '/winj/opac/reserve-cancel.do',
  loans: '/winj/opac/lend-list.do',
  renew: '/winj/opac/lend-extension-confirm.do',
} as const;

/** 確保待ち while a copy waits on the shelf to be pulled (closed days), else 返却待ち with the queue position. */
function holdStatus(ctx: WinjCtx, hold: Hold): string[] {
  if (hold.state === 'ready') return ['予約状態:利用可能', ...(hold.deadline ? [`取置期限日:${slashDate(hold.deadline)}`] : [])];
  const onShelf = ctx.state.copiesOf(hold.recordId).some((c) => c.status === 'shelf' && c.restriction === null);
  if (hold.state === 'pending' || onShelf) return ['予約状態:確保待ち'];
  return [`予約状態:返却待ち 順番：${ctx.state.rank(hold) ?? ''}`];
}

/** A Fujitsu WebiLis/iLisfiera ("winj") OPAC: URL map, form fields and list markup of opac-vendors.md §1. */
export const winjDemo: LibraryDefinition<WinjSession> = winjDefinition(
  {
    id: 'winj-demo',
    name: 'かえで市立図書館（模擬）',
    charset: 'UTF-8',
    sessionCookie: 'JSESSIONID_WINJ',
    basePath: '/winj/',
    rules: WINJ_RULES,
    holdings: { barcodePrefix: '106', shelves: BRANCHES },
    pickupLocations: BRANCHES,
    patrons: [{ card: '1060000001', password: 'winj', name: '模擬 楓' }],
  },
  {
    paths: WINJ_PATHS,
    dispatchPrefix: '/winj',
    words: {
      loginHeading: 'ログイン',
      cardLabel: '利用者番号',
      myLibrary: 'Myライブラリ',
      basketButton: '予約かご',
      pickupLabel: '受取館',
      pickupLine: '受取館',
      reserveButton: '通常予約する',
      confirmHeading: '予約確認',
      confirmButton: '予約する',
      cancelButton: '取消',
      renewButton: '貸出延長',
    },
    contact: null,
    extraSelects: [],
    holdStatus,
    cartMax: null,
    cartFullMessage: '',
    blockLabels: {
      too_early: '延長できる期間ではありません',
      reserved: '予約があります',
      renewed: '延長済です',
      overdue_item: '返却期限を過ぎています',
      overdue_any: '返却期限を過ぎた資料があります',
      other_library: '他館からの借用資料です',
      pickup_elsewhere: '延長できない受取館です',
    },
    holdActionWords: { other: 'この予約は取消できません。受取館へお問い合わせください。' },
    notes: {
      basket: html`<p>予約する資料を選び、受取館を選択して「通常予約する」ボタンを押してください。</p>`,
      holds: html`<p>「利用可能」の資料は取置期限日までに受取館でお受け取りください。</p>`,
      loans: html`<p>貸出延長は1回、返却予定日から2週間です。予約のある資料、返却期限を過ぎた資料がある場合は延長できません。</p>`,
    },
  },
);
