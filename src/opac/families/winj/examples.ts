import type { ExampleUrl } from '../../types';

const base = 'https://www.library.city.ichikawa.lg.jp/winj/opac/';

/**
 * opac-census.csv: the address of every census system on this product (NDL links and library sites), with the page kind
 * its address says.
 */
const census: readonly ExampleUrl[] = [
  { url: 'http://opac1.library.pref.mie.lg.jp/winj/opac/switch-detail-iccap.do?bibid=1110339160', kind: 'detail' },
  { url: 'https://www2.tosyo-saga.jp/kentosyo2/opac/switch-detail-iccap.do?bibid=1100748820', kind: 'detail' },
  { url: 'https://www.library.pref.hyogo.lg.jp/winj/opac/search-detail.do?lang=ja', kind: 'other' },
  { url: 'http://www.lib.wakayama-c.ed.jp/winj/opac/switch-detail-iccap.do?bibid=1103070607', kind: 'detail' },
  { url: 'https://www.lib.pref.saitama.jp//winj/opac/switch-detail-iccap.do?bibid=1101493632', kind: 'detail' },
  { url: 'https://library.pref.oita.jp/winj/opac/switch-detail-iccap.do?bibid=1110343548', kind: 'detail' },
  { url: 'https://www.lib.pref.miyazaki.lg.jp/winj/opac/switch-detail-iccap.do?bibid=1101887722', kind: 'detail' },
  { url: 'https://opac.lib.pref.yamagata.jp/winj/opac/switch-detail-iccap.do?bibid=1100359391', kind: 'detail' },
  { url: 'http://www.library.pref.gifu.lg.jp/winj/opac/switch-detail-iccap.do?bibid=1190330915', kind: 'detail' },
  { url: 'https://www2.library.pref.shimane.lg.jp/opac/switch-detail-iccap.do?bibid=1130296339', kind: 'detail' },
  { url: 'http://www.library.city.hiroshima.jp/winj/opac/switch-detail-iccap.do?bibid=1102707539', kind: 'detail' },
  { url: 'https://alislibopac.bunmori.tokushima.jp/winj/opac/switch-detail-iccap.do?bibid=1102096605', kind: 'detail' },
  { url: 'https://www.ehimetosyokan.jp/winj/opac/switch-detail-iccap.do?bibid=1100576929', kind: 'detail' },
  { url: 'http://websv.aichi-pref-library.jp/winj/opac/switch-detail-iccap.do?bibid=1191319682', kind: 'detail' },
  { url: 'https://opac.pref-lib.niigata.niigata.jp/winj/opac/switch-detail-iccap.do?bibid=1106308893', kind: 'detail' },
  { url: 'https://catalog.library.metro.tokyo.lg.jp/winj/opac/switch-detail-iccap.do?bibid=1153220680', kind: 'detail' },
  { url: 'http://kensaku.lib.pref.tochigi.lg.jp/winj/opac/switch-detail-iccap.do?bibid=1102279588', kind: 'detail' },
  { url: 'https://www.library.pref.okinawa.jp/winj/opac/switch-detail-iccap.do?bibid=1101545953', kind: 'detail' },
  { url: 'https://www.library.pref.kumamoto.jp/winj/opac/switch-detail-iccap.do?bibid=1150038142', kind: 'detail' },
  { url: 'https://opac.lib.city.yokohama.lg.jp/winj/opac/switch-detail-iccap.do?bibid=1113610247', kind: 'detail' },
  { url: 'https://www.klnet.pref.kanagawa.jp/winj/opac/switch-detail-iccap.do?bibid=1103775402', kind: 'detail' },
  { url: 'http://www.lib.pref.fukuoka.jp/winj/opac/switch-detail-iccap.do?bibid=1111580972', kind: 'detail' },
  { url: 'https://opac.library.fcs.ed.jp/winj/opac/switch-detail-iccap.do?bibid=1103648576', kind: 'detail' },
  { url: 'https://www1.library.pref.gunma.jp/winj/opac/switch-detail-iccap.do?bibid=1100456684', kind: 'detail' },
  { url: 'https://www.plib.pref.aomori.lg.jp/winj/opac/switch-detail-iccap.do?bibid=1102657573', kind: 'detail' },
  { url: 'https://www.library.pref.kagawa.lg.jp/winj/opac/switch-detail-iccap.do?bibid=1108087740', kind: 'detail' },
  { url: 'https://opac.library.kochi.jp/winj/opac/switch-detail-iccap.do?bibid=1120307229', kind: 'detail' },
  { url: 'http://www.library.pref.tottori.jp/winj/opac/switch-detail-iccap.do?bibid=1101256745', kind: 'detail' },
  { url: 'https://www2.library.pref.kagoshima.jp/kento/opac/switch-detail-iccap.do?bibid=1111670821', kind: 'detail' },
];

/** From the winj URL map in opac-vendors.md §1 (Ichikawa's base URL; Kochi's detail link; the smartphone UI path seen at Kobe). */
export const examples: readonly ExampleUrl[] = [
  { url: `${base}top.do`, kind: 'other' },
  { url: `${base}login.do`, kind: 'login' },
  { url: `${base}login.do?dispatch=/opac/reserve-list.do`, kind: 'login' },
  { url: `${base}login.do?lang=ja&dispatch=/opac/mylibrary.do`, kind: 'login' },
  { url: `${base}mylibrary.do`, kind: 'other' },
  { url: `${base}search-detail.do`, kind: 'other' },
  { url: `${base}search-list.do`, kind: 'results' },
  { url: `${base}switch-detail.do?lang=ja&bibid=1101897016`, kind: 'detail' },
  { url: 'https://opac.library.kochi.jp/winj/opac/switch-detail-iccap.do?bibid=1101897016', kind: 'detail' },
  { url: `${base}lend-list.do`, kind: 'loans' },
  { url: `${base}lend-detail.do?idx=0`, kind: 'other' },
  { url: `${base}reserve-list.do`, kind: 'holds' },
  { url: `${base}reserve-detail.do?idx=0`, kind: 'other' },
  { url: `${base}reserve-basket.do`, kind: 'cart' },
  { url: `${base}reserve-confirm.do`, kind: 'other' },
  { url: `${base}lend-extension-confirm.do`, kind: 'other' },
  { url: `${base}logout.do`, kind: 'other' },
  { url: 'https://www.library.city.ichikawa.lg.jp/winj/sp/top.do?lang=ja', kind: 'other' },
  // The same pages under another context path (the host is a placeholder).
  { url: 'https://opac.example.jp/kento/opac/reserve-list.do', kind: 'holds' },
  { url: 'https://opac.example.jp/opac/lend-list.do', kind: 'loans' },
  { url: 'https://opac.example.jp/kentosyo2/opac/reserve-basket.do', kind: 'cart' },
  { url: 'https://opac.example.jp/kento/sp/search-list.do', kind: 'results' },
  ...census,
];
