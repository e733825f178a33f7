import type { ExampleUrl } from '../../types';

const base = 'https://www.library.example.jp/opw/OPW/';

/**
 * opac-census.csv: the address of every census system on this product (NDL links and library sites), with the page kind
 * its address says.
 */
const census: readonly ExampleUrl[] = [
  { url: 'https://www.library.pref.kyoto.jp/bib/?B10693068', kind: 'detail' },
  { url: 'https://www.library.pref.osaka.jp/bibj/?B13688747', kind: 'detail' },
  { url: 'https://www2.hplibra.pref.hiroshima.jp/bib/?B12811406', kind: 'detail' },
];

/** From opac-vendors.md §4 (Otsu, Koto, Toda, Kawaguchi, Urayasu, Kani URL shapes; the host is a placeholder). */
export const examples: readonly ExampleUrl[] = [
  { url: `${base}OPWUSERCONF.CSP?DB=LIB&MODE=1&PID2=OPWSRCH1&PREPID=OPWSRCH1&NEXTPID=OPWSRCH1&HEADFLG=1`, kind: 'login' },
  { url: `${base}OPWUSER.CSP`, kind: 'login' },
  { url: 'https://www.library.example.jp/csp/opw/OPW/OPWUSER.CSP', kind: 'login' },
  { url: `${base}OPWUSERLOGIN.CSP`, kind: 'other' },
  { url: `${base}OPWUSERINFO.CSP?DB=LIB&MODE=1`, kind: 'holds' },
  { url: `${base}OPWSRCH1.CSP`, kind: 'other' },
  { url: 'https://www.library.example.jp/opw1/OPW/OPWSRCH1.CSP', kind: 'other' },
  {
    url: `${base}OPWSRCHLIST.CSP?DB=LIB&FLG=SEARCH&MODE=1&PID2=OPWSRCH2&SORT=-3&opr(1)=OR&qual(1)=MZTI|MZAU&WRTCOUNT=100&text(1)=%E5%9B%B3%E9%91%91`,
    kind: 'results',
  },
  { url: `${base}OPWSRCHTYPE.CSP`, kind: 'detail' },
  { url: `${base}OPWBOOK.CSP?DB=LIB&MODE=1&PID2=OPWSRCH1&SRCID=1&WRTCOUNT=10&LID=1&GBID=123456&DispDB=LIB`, kind: 'detail' },
  ...census,
];
