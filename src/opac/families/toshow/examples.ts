import type { ExampleUrl } from '../../types';

const base = 'https://www.library.example.jp/toshow/asp/';

/** From opac-vendors.md §5 (Edogawa, Sagamihara, Sanda page names; the host is a placeholder). */
export const examples: readonly ExampleUrl[] = [
  { url: `${base}WwPortLogin.aspx`, kind: 'login' },
  { url: `${base}WwPortTop.aspx`, kind: 'other' },
  { url: `${base}WwJoukyou.aspx?KEY=0123456789`, kind: 'holds' },
  { url: `${base}Book_Kensaku_w.asp`, kind: 'other' },
];
