import type { CartAction } from '../../types';
import { formSelector } from '../../generic/dom';
import { pageName } from '../shared/url';
import { entries } from './list';
import { basketButton } from './results';

/**
 * From a result list: POST search-list.do with the session echo `hid_session`, the row's `chk_check` index and
 * `submit_btn_rsv_basket=予約かご` (opac-vendors.md §1, step 3). No evidence for other pages.
 */
export function cartAction(url: URL, doc: Document, bibId: string): CartAction | null {
  if (pageName(url) !== 'search-list.do' || basketButton(doc) === null) return null;
  const entry = entries(doc, url).find((e) => e.bibId === bibId);
  const check = entry?.li.querySelector<HTMLInputElement>('input[name="chk_check"]');
  const form = check?.form ?? check?.closest('form') ?? null;
  const session = form?.querySelector<HTMLInputElement>('input[name="hid_session"]')?.value;
  const selector = form ? formSelector(form) : null;
  if (!check || !form || !session || !selector) return null;
  return {
    formSelector: selector,
    action: new URL(form.getAttribute('action') || 'search-list.do', url).href,
    method: 'POST',
    fields: { hid_session: session, chk_check: check.value, submit_btn_rsv_basket: '予約かご' },
  };
}
