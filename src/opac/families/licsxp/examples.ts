import type { ExampleUrl } from '../../types';

const base = 'https://tosho.nishi.or.jp/licsxp-opac/';

/**
 * opac-census.csv: the address of every census system on this product (NDL links and library sites), with the page kind
 * its address says.
 */
const census: readonly ExampleUrl[] = [
  { url: 'https://www.library.city.sapporo.jp/licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1008001294527', kind: 'detail' },
  { url: 'https://www.library.city.chiba.jp/licsxp-opac/WOpacTifSchCmpdDispAction.do', kind: 'other' },
  { url: 'https://www.library.pref.chiba.lg.jp//licsxp-iopac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1000100466972', kind: 'detail' },
  { url: 'https://www.lib-sakai.jp/licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1007000249508', kind: 'detail' },
  { url: 'https://lib2.lib.pref.toyama.jp/opac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1000000732758', kind: 'detail' },
  { url: 'https://www.lib.pref.yamanashi.jp/licsxp-opac/WOpacMnuTopInitAction.do', kind: 'other' },
  { url: 'https://opac.libnet.pref.okayama.jp/licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1009812235176', kind: 'detail' },
  { url: 'https://www.library.city.nagoya.jp/licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1009915031772', kind: 'detail' },
  { url: 'https://opac.toshokan.city.fukuoka.lg.jp/licsxp-opac/WOpacTifSchCmpdDispAction.do', kind: 'other' },
  { url: 'https://www.apl.pref.akita.jp/licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1009920602630', kind: 'detail' },
  { url: 'https://www.lib.pref.ibaraki.jp/licsxp-kopac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1001001240292', kind: 'detail' },
  { url: 'https://opac.miraionlibrary.jp/licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1000002679457', kind: 'detail' },
  { url: 'https://www.library.pref.nagano.jp/licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1001100264162', kind: 'detail' },
  { url: 'https://www.toshokan.city.shizuoka.jp/licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=3001303003589', kind: 'detail' },
  { url: 'https://www.tosyokan.pref.shizuoka.jp/licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1006000313026', kind: 'detail' },
];

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
  // The same actions under other context paths (the host is a placeholder).
  { url: 'https://opac.example.jp/licsxp-kopac/WOpacUsrRsvListAction.do?mngFlg2_handan=1', kind: 'holds' },
  { url: 'https://opac.example.jp/licsxp-iopac/OpacInitLoginAction.do?subSystemFlag=0', kind: 'login' },
  { url: 'https://opac.example.jp/opac/WOpacCommonToYoyCartDispAction.do', kind: 'cart' },
  { url: 'https://opac.example.jp/opac/WOpacUsrLendListAction.do?mngFlg1_handan=1', kind: 'loans' },
  ...census,
];
