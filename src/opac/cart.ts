import type { Library } from '../model';
import { genericCartAction } from './generic/cart';
import { familyForUrl } from './registry';
import type { FormRequest } from './action-types';
import type { CartAction, PageReading } from './types';
import { foldText } from '../model/text';
import { MESSAGE_SELECTOR } from './messages';

/** The cart request for one title on this page: the vendor family's own, else the label-driven one. */
export function cartActionFor(url: URL, doc: Document, bibId: string, library: Library | null): CartAction | null {
  const family = familyForUrl(url, library);
  return family?.cartAction?.(url, doc, bibId) ?? genericCartAction(url, doc, bibId);
}

export type { FormRequest } from './action-types';

/**
 * The full request of a CartAction: the form's own hidden and chosen values (its tokens), with the action's fields
 * set on top. Checkboxes and buttons count only when the action names them, so nothing else the patron ticked is
 * sent along. Null when the form is no longer on the page.
 */
export function formRequest(doc: Document, action: CartAction): FormRequest | null {
  const form = doc.querySelector<HTMLFormElement>(action.formSelector);
  if (!form) return null;
  const entries: Array<[string, string]> = [];
  for (const control of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'))) {
    const type = control.tagName.toUpperCase() === 'INPUT' ? (control as HTMLInputElement).type : '';
    if (!control.name || control.disabled || ['checkbox', 'radio', 'submit', 'button', 'image', 'reset', 'file', 'password'].includes(type)) continue;
    entries.push([control.name, control.value]);
  }
  for (const [name, value] of Object.entries(action.fields)) {
    const at = entries.findIndex(([n]) => n === name);
    if (at >= 0) entries[at] = [name, value];
    else entries.push([name, value]);
  }
  return { action: action.action, method: action.method, entries };
}

export type CartOutcome =
  | { kind: 'added' }
  | { kind: 'already_in_cart' }
  | { kind: 'already_yours'; message: string }
  | { kind: 'not_lendable'; message: string }
  | { kind: 'limit'; message: string }
  | { kind: 'needs_login'; loginUrl: string }
  | { kind: 'failed'; reason: string };

const ADDED = /(?:カート|かご)に(?:追加|入れ|登録|保存)(?:しました|ました)|追加しました|カートに入りました/;
const ALREADY_IN_CART = /(?:既に|すでに)[^。]{0,15}(?:カート|かご)/;
const ALREADY_YOURS = /(?:既に|すでに)[^。]{0,15}(?:予約|貸出|借り)|予約済の書誌|予約済です/;
const LIMIT = /上限|制限を[^。]*(?:越|超)え|超過|までです|点まで/;
const NOT_LENDABLE = /貸出(?:でき|出来)ません|予約(?:でき|出来)ません|禁帯出|館内(?:閲覧|利用)のみ/;

/**
 * What the library answered to a cart request, read from the page it returned: the words the guides quote for
 * success, duplicates, limits and titles that cannot be lent, or the login page when the session has ended.
 */
export function cartOutcome(response: { url: string; status: number; doc: Document }, reading: PageReading, limitMessage: string | null): CartOutcome {
  if (reading.page === 'login') return { kind: 'needs_login', loginUrl: response.url };
  if (response.status >= 400) return { kind: 'failed', reason: `HTTP ${response.status}` };
  const messages = Array.from(response.doc.querySelectorAll(MESSAGE_SELECTOR)).map((el) => foldText(el.textContent));
  const body = foldText(response.doc.body?.textContent);
  const said = messages.filter(Boolean).join(' ') || body;
  if (limitMessage && body.includes(limitMessage)) return { kind: 'limit', message: limitMessage };
  const first = (re: RegExp) => messages.find((m) => re.test(m)) ?? sentence(body, re);
  if (ALREADY_IN_CART.test(said)) return { kind: 'already_in_cart' };
  if (ALREADY_YOURS.test(said)) return { kind: 'already_yours', message: first(ALREADY_YOURS) };
  if (ADDED.test(said)) return { kind: 'added' };
  if (LIMIT.test(said) && messages.some((m) => LIMIT.test(m))) return { kind: 'limit', message: first(LIMIT) };
  if (NOT_LENDABLE.test(said) && messages.some((m) => NOT_LENDABLE.test(m))) return { kind: 'not_lendable', message: first(NOT_LENDABLE) };
  return { kind: 'failed', reason: messages.find(Boolean) ?? 'the library did not say whether the title was added' };
}


/** The sentence of a text that matches, for a message the page did not put in a message element. */
function sentence(text: string, re: RegExp): string {
  return text.split(/(?<=。)/).find((s) => re.test(s))?.trim() ?? text.slice(0, 80);
}
