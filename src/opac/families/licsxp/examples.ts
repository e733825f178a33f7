import type { ExampleUrl } from '../../types';

const base = 'https://tosho.nishi.or.jp/licsxp-opac/';

/** From the LICS-XP URL map in opac-vendors.md §2 (Nishinomiya's base URL). */
export const examples: readonly ExampleUrl[] = [
  { url: `${base}WOpacEsSchCmpdDispAction.do`, kind: 'other' },
  { url: `${base}WOpacEsSchCmpdExecAction.do`, kind: 'results' },
  { url: `${base}WOpacTifSchCmpdDispAction.do`, kind: 'other' },
  { url: `${base}WOpacTifSchCmpdExecAction.do?tifschcmpd=1`, kind: 'results' },
  { url: `${base}WOpacTifTilListDispAction.do?sortKey=1`, kind: 'results' },
  { url: `${base}WOpacTifTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod=1000000961766`, kind: 'detail' },
  { url: `${base}WOpacEsTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod=1000001646872`, kind: 'detail' },
  { url: `${base}WOpacMsgNewListToTifTilDetailAction.do?tilcod=1000000961766`, kind: 'detail' },
  { url: `${base}WOpacUsrRsvListToTifTilDetailAction.do?hTilcod=1000001898886`, kind: 'detail' },
  { url: `${base}WOpacUsrLendListToTifTilDetailDispAction.do?para=1000000817183`, kind: 'detail' },
  { url: `${base}OpacInitLoginAction.do?subSystemFlag=0`, kind: 'login' },
  { url: `${base}OpacInitLoginAction.do?subSystemFlag=0&yoycartflg=WTifTilDetail`, kind: 'login' },
  { url: `${base}WOpacInitLoginActiontemp.do`, kind: 'login' },
  { url: `${base}WOpacMnuTopInitAction.do?WebLinkFlag=1`, kind: 'other' },
  { url: `${base}WOpacCommonToPwdLibraryAction.do`, kind: 'other' },
  { url: `${base}WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend`, kind: 'loans' },
  { url: `${base}WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv`, kind: 'holds' },
  { url: `${base}WOpacMnuTopToPwdLibraryAction.do?gamen=mybooklist`, kind: 'other' },
  { url: `${base}WOpacMnuTopToPwdLibraryAction.do?gamen=usrread&initFlag=0`, kind: 'other' },
  { url: `${base}WOpacUsrRsvListAction.do?mngFlg2_handan=1&kbnchgflag=1`, kind: 'holds' },
  { url: `${base}WOpacUsrLendListAction.do?mngFlg1_handan=1&handanflag=2`, kind: 'loans' },
  { url: `${base}WOpacCommonToYoyCartDispAction.do?yoyCmtknjFlg=1`, kind: 'cart' },
  { url: `${base}WOpacPwdLogoutAction.do`, kind: 'other' },
];
