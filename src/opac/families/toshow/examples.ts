import type { ExampleUrl } from '../../types';

const base = 'https://www.library.example.jp/toshow/asp/';

/**
 * opac-census.csv: the address of every census system on this product (NDL links and library sites), with the page kind
 * its address says.
 */
const census: readonly ExampleUrl[] = [
  { url: 'https://www.lib.sagamihara.kanagawa.jp/TOSHOW/asp/WwShousaiKen.aspx?FCode=1176049', kind: 'detail' },
  { url: 'https://lib.city.suzuka.lg.jp/TOSHOW/asp/index.aspx', kind: 'other' },
  { url: 'https://www3.city.yawata.kyoto.jp/TOSHOW/index.asp', kind: 'other' },
  { url: 'https://kamimine.milib.jp/toshow/asp/index.aspx', kind: 'other' },
  { url: 'http://www.lib.city.asago.hyogo.jp/TOSHOW/index.asp', kind: 'other' },
  { url: 'https://www.ishikari-library-unet.ocn.ne.jp/TOSHOW/asp/index.aspx', kind: 'other' },
  { url: 'https://lib.city.iruma.saitama.jp/TOSHOW/html/access.html#seibu', kind: 'other' },
  { url: 'https://www.okegawa-library.jp/toshow/asp/index.aspx', kind: 'other' },
  { url: 'https://taketa.milib.jp/TOSHOW/asp/index.aspx', kind: 'other' },
  { url: 'http://www1.city.kawachinagano.lg.jp/toshow/', kind: 'other' },
  { url: 'https://www.kaizuka-library.osaka.jp/TOSHOW/asp/index.aspx', kind: 'other' },
  { url: 'http://www.library.koryo.nara.jp/toshow/', kind: 'other' },
  { url: 'https://www.yamatokoriyama-library.jp/toshow/index.asp', kind: 'other' },
  { url: 'http://nichinan.milib.jp/toshow/index.asp', kind: 'other' },
  { url: 'http://www-lib.city.fuchu.hiroshima.jp/toshow/', kind: 'other' },
  { url: 'https://www.kasugai-lib.jp/TOSHOW/html/access/access.html#a03', kind: 'other' },
  { url: 'https://www.lib.city.higashimurayama.tokyo.jp/TOSHOW/html/tyuuou_lib.html', kind: 'other' },
  { url: 'https://www.library.city.edogawa.tokyo.jp/toshow/introduction/html/edg_koiwa.php', kind: 'other' },
  { url: 'https://www.toride-toshokan.jp/toshow/asp/index.aspx', kind: 'other' },
  { url: 'https://lib.city.makinohara.shizuoka.jp/TOSHOW/asp/index.aspx', kind: 'other' },
  { url: 'https://lib.city.fujieda.shizuoka.jp/TOSHOW/shisetu/index04.html', kind: 'other' },
];

/** From opac-vendors.md §5 (Edogawa, Sagamihara, Sanda page names; the host is a placeholder). */
export const examples: readonly ExampleUrl[] = [
  { url: `${base}WwPortLogin.aspx`, kind: 'login' },
  { url: `${base}WwPortTop.aspx`, kind: 'other' },
  { url: `${base}WwJoukyou.aspx?KEY=0123456789`, kind: 'holds' },
  { url: `${base}Book_Kensaku_w.asp`, kind: 'other' },
  ...census,
];
