import type { ExampleUrl } from '../../types';

const base = 'https://www.library.city.ichikawa.lg.jp/winj/opac/';

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
];
