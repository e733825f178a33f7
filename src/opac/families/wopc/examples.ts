import type { ExampleUrl } from '../../types';

/**
 * opac-census.csv: every system whose address shows this interface (the `/wopc/` path, or the hosted service's first
 * host), with the page kind its address says; then pages seen in public code (栗野's results, 伊勢's record link).
 */
export const examples: readonly ExampleUrl[] = [
  { url: 'http://lib.town.toin.lg.jp/opac/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/yosano-lib/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/miyazu-lib/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'http://www.library.ide.kyoto.jp/opac/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/maizuru-lib/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/lib-shimokawa/sp/', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/furano-library/sp/', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/rumoi/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/namegawa/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/lib-city-ishinomaki/wopc/pc/pages/Information.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/misaki-lib/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/fudai-library/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/tanohata-library/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/karumai_library/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/noda-vill-library/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/yahaba-lib/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'http://misatolib.town.misato.shimane.jp/opac/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://library.city-miyoshi.jp/opac/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'http://www.minami-toshokan.jp/opac/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/mima_library/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'http://weblib.city.tamura.lg.jp/opac/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/nishiaizu-library/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'http://book.city.nikaho.akita.jp/opac/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/ami-lib/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'http://library.vill.minamiaiki.nagano.jp/opac/wopc/pc/pages/TopPage.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/kurino-lib/wopc/pc/pages/SearchResultList.jsp', kind: 'results' },
  { url: 'https://www.library-matsudo.jp/opac/wopc/pc/pages/SearchDetail.jsp', kind: 'other' },
  { url: 'https://ilisod001.apsel.jp/ise-library/wopc/pc/OpacServlet?disp=searchResultDetail&id=1827875', kind: 'detail' },
];
