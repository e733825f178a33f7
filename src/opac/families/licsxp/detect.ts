import type { PageKind } from '../../../model';
import { detectWith, hasPasswordField, headingText, type UrlVerdict } from '../shared/detect';
import { pageName, queryParam } from '../shared/url';

/** Actions whose page kind is fixed (opac-vendors.md §2 URL map). */
const ACTIONS: Record<string, PageKind> = {
  'opacinitloginaction.do': 'login',
  'wopacinitloginactiontemp.do': 'login',
  'wopacesschcmpdexecaction.do': 'results',
  'wopactifschcmpdexecaction.do': 'results',
  'wopactiftillistdispaction.do': 'results',
  'wopaccommontoyoycartdispaction.do': 'cart',
  // 順番予約: a step of reserving from the cart (it lists only the chosen titles), not a list Uketori mirrors.
  'wopacusrtojunbanaction.do': 'other',
  'wopacusrrsvlistaction.do': 'holds',
  'wopacusrlendlistaction.do': 'loans',
  'wopacesschcmpddispaction.do': 'other',
  'wopactifschcmpddispaction.do': 'other',
  'wopacmnutopinitaction.do': 'other',
  'wopaccommontopwdlibraryaction.do': 'other',
  'wopacpwdlogoutaction.do': 'other',
};

/** `WOpacMnuTopToPwdLibraryAction.do?gamen=…` opens one my-library screen. */
const GAMEN: Record<string, PageKind> = { usrrsv: 'holds', usrlend: 'loans', mybooklist: 'other', usrread: 'other' };

/** Screen ids carried in the hidden `gamenid` field. */
const GAMENID: Record<string, PageKind> = {
  'tiles.wusrrsvlist': 'holds',
  'tiles.wusrlendlist': 'loans',
  'tiles.wtiftildetail': 'detail',
  'tiles.wtiftildetail2': 'detail',
  'tiles.wyoyconfirm': 'other',
};

function fromUrl(url: URL): UrlVerdict {
  const action = pageName(url);
  if (action === 'wopacmnutoptopwdlibraryaction.do') return GAMEN[queryParam(url, 'gamen')?.toLowerCase() ?? ''];
  // Every route into the detail screen is named …To(Tif)TilDetail…Action.do.
  if (/totiftildetail\w*action\.do$/.test(action)) return 'detail';
  return ACTIONS[action];
}

function fromDoc(doc: Document): UrlVerdict {
  if (hasPasswordField(doc) && doc.querySelector('input[name="j_password"]')) return 'login';
  const gamenid = doc.querySelector<HTMLInputElement>('input[name="gamenid"]')?.value.trim().toLowerCase() ?? '';
  const byId = GAMENID[gamenid];
  if (byId) return byId;
  const heading = headingText(doc);
  if (heading.includes('予約状況一覧')) return 'holds';
  if (heading.includes('貸出状況一覧')) return 'loans';
  if (heading.includes('書誌詳細')) return 'detail';
  if (doc.querySelector('div.doc div.doc-title')) return 'results';
  return undefined;
}

export function detect(url: URL, doc: Document): PageKind {
  return detectWith(url, doc, fromUrl, fromDoc);
}
