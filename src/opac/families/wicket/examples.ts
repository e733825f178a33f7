import type { ExampleUrl } from '../../types';

/** From opac-vendors.md §6 (Hiratsuka's page names, Kawasaki's detail links; hosts are placeholders). */
export const examples: readonly ExampleUrl[] = [
  { url: 'https://www.library.example.jp/idcheck', kind: 'login' },
  { url: 'https://www.library.example.jp/reservelist', kind: 'holds' },
  { url: 'https://www.library.example.jp/rentallist', kind: 'loans' },
  { url: 'https://www.library.example.jp/bookdetail?num=1234567&ctg=1', kind: 'detail' },
  { url: 'https://www.library.example.jp/contents;jsessionid=0123456789ABCDEF?0&pid=123', kind: 'other' },
];
