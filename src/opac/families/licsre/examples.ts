import type { ExampleUrl } from '../../types';

/** From opac-vendors.md §3: on-premises hosts named there and the three SaaS hosts. */
export const examples: readonly ExampleUrl[] = [
  { url: 'https://www1.city.kawachinagano.lg.jp/WebOpac/webopac/login.do', kind: 'login' },
  { url: 'https://www1.city.kawachinagano.lg.jp/WebOpac/webopac/userlist.do?type=2&page=1', kind: 'loans' },
  { url: 'https://www1.city.kawachinagano.lg.jp/WebOpac/webopac/userlist.do?type=3&page=1', kind: 'holds' },
  { url: 'https://www1.city.kawachinagano.lg.jp/WebOpac/webopac/portal_lendlist.do', kind: 'loans' },
  { url: 'https://www.kn.licsre-saas.jp/tokyo-nakano/webopac/usermenu.do?target=adult', kind: 'other' },
  { url: 'https://www.ip.licsre-saas.jp/hadano/webopac/usermenu.do', kind: 'other' },
  { url: 'https://www.is.licsre-saas.jp/isehara/webopac/userlist.do?type=3&page=1', kind: 'holds' },
  { url: 'https://www.koge-lib.jp/WebOpac/webopac/searchdetail.do', kind: 'detail' },
  { url: 'https://www.koge-lib.jp/WebOpac/webopac/searchdetail.do?biblioid=1234567', kind: 'detail' },
  { url: 'https://www.koge-lib.jp/WebOpac/webopac/index.do?clear=1&target=adult', kind: 'other' },
  { url: 'https://www.koge-lib.jp/WebOpac/webopac/selectsearch.do?searchkbn=2&histnum=1', kind: 'other' },
  { url: 'https://www.koge-lib.jp/WebOpac/webopac/searchinput.do', kind: 'results' },
  { url: 'https://www.koge-lib.jp/WebOpac/webopac/searchlist.do?keyword=%E5%9B%B3%E9%91%91&page=1&count=20', kind: 'results' },
];
