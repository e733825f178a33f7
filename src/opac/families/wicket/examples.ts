import type { ExampleUrl } from '../../types';

/**
 * opac-census.csv: the address of every census system on this product (NDL links and library sites), with the page kind
 * its address says.
 */
const census: readonly ExampleUrl[] = [
  { url: 'https://www.lib.city.saitama.jp/bookdetail?num=2823469&ctg=1', kind: 'detail' },
  { url: 'https://www.library.city.kawasaki.jp/bookdetail?num=422560&ctg=1', kind: 'detail' },
  { url: 'https://www.library.tama.tokyo.jp/contents;jsessionid=9C40C892477779A1C9DDF78A8B390787?0&pid=341', kind: 'other' },
  { url: 'https://www.lib.city.katsushika.lg.jp/contents;jsessionid=86BB43455E1731900345DA182FB4769B?0&pid=336', kind: 'other' },
];

/** From opac-vendors.md §6 (Hiratsuka's page names, Kawasaki's detail links; hosts are placeholders). */
export const examples: readonly ExampleUrl[] = [
  { url: 'https://www.library.example.jp/idcheck', kind: 'login' },
  { url: 'https://www.library.example.jp/reservelist', kind: 'holds' },
  { url: 'https://www.library.example.jp/rentallist', kind: 'loans' },
  { url: 'https://www.library.example.jp/bookdetail?num=1234567&ctg=1', kind: 'detail' },
  { url: 'https://www.library.example.jp/contents;jsessionid=0123456789ABCDEF?0&pid=123', kind: 'other' },
  ...census,
];
