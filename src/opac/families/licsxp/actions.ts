import type { CartAction } from '../../types';
import { formSelector } from '../../generic/dom';
import { pageName } from '../shared/url';
import { detailTilcod } from './detail';
import { cartButtonFor } from './results';

/**
 * The cart action the page's own toyoycart() would post LBForm to, by screen (opac-vendors.md §2 "add to cart").
 * The two list screens' gamenid values are not documented, so a list is told apart by the search that produced it.
 */
function cartActionFor(gamenid: string, url: URL): string | null {
  if (gamenid === 'tiles.WTifTilDetail') return 'WOpacTifTilDetailYoyCartDispAction.do';
  if (gamenid === 'tiles.WTifTilDetail2') return 'WOpacTifTilDetailYoyCart2DispAction.do';
  const action = pageName(url);
  if (action === 'wopacesschcmpdexecaction.do') return 'WOpacEsTilDetailYoyCartDispAction1.do';
  if (action === 'wopactifschcmpdexecaction.do' || action === 'wopactiftillistdispaction.do') {
    return 'WOpacTifTilDetailYoyCartDispAction1.do';
  }
  return null;
}

/**
 * Submit the page's LBForm (its `hash` token and `gamenid` must match the screen) with the item's tilcod. Logged
 * out (islogin=0), the page sends the patron to the login screen with `yoycartflg`, which resumes the cart action.
 */
export function cartAction(url: URL, doc: Document, bibId: string): CartAction | null {
  const form = doc.querySelector<HTMLFormElement>('form[name="LBForm"]');
  const gamenid = form?.querySelector<HTMLInputElement>('input[name="gamenid"]')?.value.trim() ?? '';
  const selector = form ? formSelector(form) : null;
  if (!form || !selector || !gamenid || cartButtonFor(doc, bibId) === null) return null;
  const isDetail = gamenid.startsWith('tiles.WTifTilDetail');
  if (isDetail && detailTilcod(url, doc) !== bibId) return null;
  const fields = {
    hash: form.querySelector<HTMLInputElement>('input[name="hash"]')?.value ?? '',
    gamenid,
    tilcod: bibId,
  };
  if (form.querySelector<HTMLInputElement>('input[name="islogin"]')?.value === '0') {
    const resume = new URL(`OpacInitLoginAction.do?subSystemFlag=0&yoycartflg=${gamenid.replace(/^tiles\./, '')}`, url);
    return { formSelector: selector, action: resume.href, method: 'POST', fields };
  }
  const action = cartActionFor(gamenid, url);
  return action ? { formSelector: selector, action: new URL(action, url).href, method: 'POST', fields } : null;
}
