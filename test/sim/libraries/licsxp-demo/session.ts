import type { RequestContext } from '../../core/library';

export interface LicsxpSession {
  /** A title whose カートへ追加 sent a visitor to the login screen: added to the cart after login. */
  pendingCart: string | null;
}

export type Ctx = RequestContext<LicsxpSession>;

export const BASE = '/licsxp-opac/';

/** Real action names (opac-vendors.md §2), except those marked invented (the real ones are not known). */
export const ACTIONS = {
  searchForm: '/licsxp-opac/WOpacEsSchCmpdDispAction.do',
  searchExec: '/licsxp-opac/WOpacEsSchCmpdExecAction.do',
  detailFromList: '/licsxp-opac/WOpacEsTilListToTifTilDetailAction.do',
  detailPermalink: '/licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do',
  detailFromHolds: '/licsxp-opac/WOpacUsrRsvListToTifTilDetailAction.do',
  detailFromLoans: '/licsxp-opac/WOpacUsrLendListToTifTilDetailDispAction.do',
  cartAddDetail: '/licsxp-opac/WOpacTifTilDetailYoyCartDispAction.do',
  cartAddDetail2: '/licsxp-opac/WOpacTifTilDetailYoyCart2DispAction.do',
  cartAddEasyList: '/licsxp-opac/WOpacEsTilDetailYoyCartDispAction1.do',
  cart: '/licsxp-opac/WOpacCommonToYoyCartDispAction.do',
  /** invented */
  cartExec: '/licsxp-opac/WOpacYoyCartYoyExecAction.do',
  /** invented */
  cartDelete: '/licsxp-opac/WOpacYoyCartDeleteAction.do',
  junban: '/licsxp-opac/WOpacUsrToJunbanAction.do',
  /** invented */
  junbanExec: '/licsxp-opac/WOpacUsrJunbanExecAction.do',
  login: '/licsxp-opac/OpacInitLoginAction.do',
  securityCheck: '/licsxp-opac/j_security_check',
  logout: '/licsxp-opac/WOpacPwdLogoutAction.do',
  menu: '/licsxp-opac/WOpacMnuTopInitAction.do',
  myLibrary: '/licsxp-opac/WOpacCommonToPwdLibraryAction.do',
  userLists: '/licsxp-opac/WOpacMnuTopToPwdLibraryAction.do',
  cancel: '/licsxp-opac/WOpacUsrRsvCancelAction.do',
  modify: '/licsxp-opac/WOpacUsrRsvSyuseiAction.do',
  extend: '/licsxp-opac/WOpacUsrLendListExtendAction.do',
} as const;

/** Screen ids carried in `gamenid`; those not seen in the real pages are invented. */
export const SCREENS = {
  login: 'tiles.WMnuTop',
  menu: 'tiles.WMnuTop',
  searchForm: 'tiles.WEsSchCmpd',
  results: 'tiles.WEsTilList',
  detail: 'tiles.WTifTilDetail',
  detail2: 'tiles.WTifTilDetail2',
  cart: 'tiles.WYoyCart',
  junban: 'tiles.WUsrJunban',
  result: 'tiles.WYoyResult',
  myLibrary: 'tiles.WPwdLibrary',
  holds: 'tiles.WUsrRsvList',
  loans: 'tiles.WUsrLendList',
  extend: 'tiles.WUsrLendExtend',
} as const;

/** 13-digit タイトルコード of a catalogue record, and back. */
export function tilcodOf(recordId: string): string {
  return `1${recordId.padStart(12, '0')}`;
}

export function recordIdOf(tilcod: string | undefined): string {
  return /^1\d{12}$/.test(tilcod ?? '') ? String(Number(tilcod!.slice(1))) : '';
}
