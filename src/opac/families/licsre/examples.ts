import type { ExampleUrl } from '../../types';

/**
 * opac-census.csv: the address of every census system on this product (NDL links and library sites), with the page kind
 * its address says.
 */
const census: readonly ExampleUrl[] = [
  { url: 'https://www.lics-saas.nexs-service.jp/kakogawa/shisetsu/index.html', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/ono/', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/arida-city/', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/kamisato/', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/town-ina-saitama/', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/shiki/index.html', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/moriguchi/index.html', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/kashiwara/', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/kadoma/', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/uda/toppage.html', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/tawaramoto/', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/hashima/', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/ginan/', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/kaita/index.html', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/yasu/', kind: 'other' },
  { url: 'https://anamizu-lib.cous.jp/WebOpac/webopac/index.do', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/noshiro/', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/shirosato/', kind: 'other' },
  { url: 'http://lib.ojika.net/WebOpac/webopac/index.do', kind: 'other' },
  { url: 'http://203.141.205.145/iijima-lib/WebOpac/webopac/library.do', kind: 'other' },
  { url: 'https://www.lics-saas.nexs-service.jp/tosyokan.town.kannami/', kind: 'other' },
  { url: 'http://www.higashikagawa-library.jp/WebOpac/webopac/index.do', kind: 'other' },
];

/** From opac-vendors.md §3: on-premises hosts named there and the three SaaS hosts. */
export const examples: readonly ExampleUrl[] = [
  { url: 'https://www1.city.kawachinagano.lg.jp/WebOpac/webopac/login.do', kind: 'login' },
  { url: 'https://www1.city.kawachinagano.lg.jp/WebOpac/webopac/userlist.do?type=2&page=1', kind: 'loans' },
  { url: 'https://www1.city.kawachinagano.lg.jp/WebOpac/webopac/userlist.do?type=3&page=1', kind: 'holds' },
  { url: 'https://www1.city.kawachinagano.lg.jp/WebOpac/webopac/portal_lendlist.do', kind: 'loans' },
  { url: 'https://www.kn.licsre-saas.jp/tokyo-nakano/webopac/usermenu.do?target=adult', kind: 'other' },
  { url: 'https://www.ip.licsre-saas.jp/hadano/webopac/usermenu.do', kind: 'other' },
  { url: 'https://www.is.licsre-saas.jp/isehara/webopac/userlist.do?type=3&page=1', kind: 'holds' },
  // The older hosted service: each library's OPAC under `/<lib>/webopac/` (issue 18).
  { url: 'https://www.lics-saas.nexs-service.jp/ono/webopac/userlist.do?type=2&page=1', kind: 'loans' },
  { url: 'https://www.lics-saas.nexs-service.jp/ono/webopac/login.do', kind: 'login' },
  { url: 'https://www.koge-lib.jp/WebOpac/webopac/searchdetail.do', kind: 'detail' },
  { url: 'https://www.koge-lib.jp/WebOpac/webopac/searchdetail.do?biblioid=1234567', kind: 'detail' },
  { url: 'https://www.koge-lib.jp/WebOpac/webopac/index.do?clear=1&target=adult', kind: 'other' },
  { url: 'https://www.koge-lib.jp/WebOpac/webopac/selectsearch.do?searchkbn=2&histnum=1', kind: 'other' },
  { url: 'https://www.koge-lib.jp/WebOpac/webopac/searchinput.do', kind: 'results' },
  { url: 'https://www.koge-lib.jp/WebOpac/webopac/searchlist.do?keyword=%E5%9B%B3%E9%91%91&page=1&count=20', kind: 'results' },
  ...census,
];
