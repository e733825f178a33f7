import type { ExampleUrl } from '../../types';

/** opac-census.csv (NDL links), and 千代田's record link from calil's reserveurl (reference/library-data.md). */
export const examples: readonly ExampleUrl[] = [
  { url: 'http://www.library.pref.hokkaido.jp/wo/opc/srh/', kind: 'other' },
  { url: 'https://www.library.pref.miyagi.jp/wo/opc_srh/srh_detail/1101178139/', kind: 'detail' },
  { url: 'https://library.pref.yamaguchi.lg.jp//wo/opc_srh/srh_detail/1000246021/', kind: 'detail' },
  { url: 'https://www.shiga-pref-library.jp/wo/opc_srh/srh_detail/4592562/', kind: 'detail' },
  { url: 'https://www.library.pref.ishikawa.lg.jp/wo/opc_srh/srh_detail/1000001153605/', kind: 'detail' },
  { url: 'https://www.library-archives.pref.fukui.lg.jp/wo/opc_srh/srh_detail/1104767092/', kind: 'detail' },
  { url: 'http://www.library.chiyoda.tokyo.jp/wo/opc_srh/srh_detail?detail[sid]=151345917', kind: 'detail' },
];
