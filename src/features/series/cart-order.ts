import { normalizeText } from '../../opac/text';
import { clearIntent, writeIntent, type CartIntent } from './intent';

/** What happened on the cart page; the caller tells the patron. */
export type CartStep =
  | { kind: 'switching' }
  | { kind: 'submitted' }
  | { kind: 'ready'; reason: 'no_button' | 'button_disabled' }
  | { kind: 'missing'; bibIds: string[] }
  | { kind: 'no_priority_boxes' };

/** A button's words: its text, or an input button's value (a <button>'s value is data, not what it says). */
const labelOf = (el: Element) => normalizeText((el.tagName.toUpperCase() === 'BUTTON' ? el.textContent : (el as HTMLInputElement).value) ?? '');
const RESERVE = /予約(?:する|申込|申し込|申請|確認)/;

function buttonsOf(form: HTMLFormElement): HTMLElement[] {
  return Array.from(form.querySelectorAll<HTMLElement>('button, input[type=submit], input[type=button]')).filter((b) => !b.closest('[data-uketori]'));
}

/** The row's box for a title's place in the order: a text or number field, or a select. */
function priorityBox(checkbox: HTMLInputElement): HTMLInputElement | HTMLSelectElement | null {
  const row = checkbox.closest('tr, li');
  return row?.querySelector<HTMLInputElement | HTMLSelectElement>('input[type=text], input[type=number], input:not([type]), select') ?? null;
}

function setValue(box: HTMLInputElement | HTMLSelectElement, value: string): void {
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * On the library's cart page: switch to its ordered reservation when asked (the page reloads once), number the
 * titles in reading order in its priority boxes, tick exactly those titles, and press its own reserve button, which
 * leads to the library's confirmation screen. The final click there is the patron's. Nothing is posted but the
 * page's own forms with the page's own buttons.
 */
export function continueInCart(doc: Document, intent: CartIntent, orderedLabel: string | null): CartStep {
  const boxes = Array.from(doc.querySelectorAll<HTMLInputElement>('form input[type=checkbox]')).filter((c) => !c.closest('[data-uketori]'));
  const ours = intent.bibIds.map((id) => boxes.find((c) => c.value === id) ?? null);
  const missing = intent.bibIds.filter((_, i) => ours[i] === null);
  if (missing.length > 0) {
    clearIntent(doc);
    return { kind: 'missing', bibIds: missing };
  }
  const checks = ours as HTMLInputElement[];
  const form = checks[0]!.form!;
  const label = orderedLabel ? normalizeText(orderedLabel) : null;
  if (intent.ordered && label) {
    const priorities = checks.map(priorityBox);
    if (priorities.some((p) => p === null)) {
      const toOrdered = buttonsOf(form).find((b) => labelOf(b).includes(label));
      clearIntent(doc);
      if (!toOrdered || intent.switched) return { kind: 'no_priority_boxes' };
      writeIntent(doc, { ...intent, switched: true });
      toOrdered.click();
      return { kind: 'switching' };
    }
    priorities.forEach((box, i) => setValue(box!, String(i + 1)));
  }
  for (const box of boxes.filter((b) => b.form === form && b.name === checks[0]!.name)) box.checked = checks.includes(box);
  clearIntent(doc);
  const reserve = buttonsOf(form).find((b) => RESERVE.test(labelOf(b)) && !(label && labelOf(b).includes(label)));
  if (!reserve) return { kind: 'ready', reason: 'no_button' };
  if ((reserve as HTMLButtonElement).disabled) return { kind: 'ready', reason: 'button_disabled' };
  reserve.click();
  return { kind: 'submitted' };
}
