import { normalizeText } from '../../model/text';
import { familyForUrl } from '../../opac/registry';
import type { FamilyHooks } from '../../opac/types';
import { clearIntent, writeIntent, type CartIntent } from './intent';

/** What happened on the cart page (or a library page after it); the caller tells the patron. */
export type CartStep =
  | { kind: 'switching' }
  /** Uketori pressed the library's button towards its confirmation screen. */
  | { kind: 'submitted' }
  /** Uketori pressed the library's 次に進む on the way to its confirmation screen. */
  | { kind: 'proceeding' }
  /** The patron's click was the final one: Uketori pressed the library's 予約する on its confirmation screen. */
  | { kind: 'reserving' }
  /** At the library's last screen before the reservation (numbered in reading order when `numbered`): `button`, its
   *  words when Uketori recognises them, is the patron's to press. */
  | { kind: 'final'; button: string | null; numbered: boolean }
  /** `came_back`: the library showed its cart again after Uketori pressed its reserve button (its own message says why). */
  | { kind: 'ready'; reason: 'no_button' | 'button_disabled' | 'came_back' }
  | { kind: 'missing'; bibIds: string[] }
  | { kind: 'no_priority_boxes' };

/** A button's words: its text, or an input button's value (a <button>'s value is data, not what it says). */
const labelOf = (el: Element) => normalizeText((el.tagName.toUpperCase() === 'BUTTON' ? el.textContent : (el as HTMLInputElement).value) ?? '');
const RESERVE = /予約(?:する|申込|申し込|申請|確認)/;
const PROCEED = /^(?:次に進む|次へ(?:進む)?|確認画面へ(?:進む)?)$/;
/** Follow-on pages Uketori goes through for one click: the library's input and confirmation screens. */
const MAX_PRESSES = 4;
const notOurs = (el: Element) => !el.closest('[data-uketori]');

function buttonsIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('form button, form input[type=submit], form input[type=button]')).filter(notOurs);
}

/**
 * A title's row on the page: its checkbox where titles are chosen (the cart), or else, where the family has a screen
 * that only lists what was chosen (an ordering screen), the field naming it there.
 */
function markerOf(doc: Document, bibId: string, family: FamilyHooks | null): HTMLInputElement | null {
  const check = Array.from(doc.querySelectorAll<HTMLInputElement>('form input[type=checkbox]')).find((i) => i.value === bibId && notOurs(i) && i.closest('tr, li'));
  return check ?? family?.chosenTitleFields?.(doc, bibId).find(notOurs) ?? null;
}

/** The row's box for a title's place in the order: a text or number field, or a select. */
function priorityBox(marker: HTMLInputElement): HTMLInputElement | HTMLSelectElement | null {
  const row = marker.closest('tr, li');
  return row?.querySelector<HTMLInputElement | HTMLSelectElement>('input[type=text], input[type=number], input:not([type]), select') ?? null;
}

function setValue(box: HTMLInputElement | HTMLSelectElement, value: string): void {
  box.value = value;
  // Events of the page's own window, so the page's listeners see ordinary input events.
  const PageEvent = box.ownerDocument.defaultView?.Event ?? Event;
  box.dispatchEvent(new PageEvent('input', { bubbles: true }));
  box.dispatchEvent(new PageEvent('change', { bubbles: true }));
}

/** Tick exactly these titles among their form's checkboxes of the same name. */
function choose(checks: readonly HTMLInputElement[]): void {
  const [first] = checks;
  const boxes = Array.from(first!.form!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).filter((b) => b.name === first!.name && notOurs(b));
  for (const box of boxes) box.checked = checks.includes(box);
}

/** Press a library button, noting it in the intent when the next page is still Uketori's to continue. */
function press(doc: Document, intent: CartIntent, button: HTMLElement, goesOn: boolean): void {
  if (goesOn) writeIntent(doc, { ...intent, pressed: [...intent.pressed, labelOf(button)] });
  else clearIntent(doc);
  button.click();
}

/**
 * On the library's cart page: tick exactly the plan's titles; switch to its ordered reservation when asked (the
 * library reloads the cart with priority boxes, or opens an ordering screen); number the titles in reading order;
 * then press the cart's own reserve button, which leads on towards the library's confirmation screen, where Uketori
 * stops: the final click is the patron's. On an ordering screen that only lists the chosen titles its button reserves
 * at once, so Uketori stops there. Only when the patron's click was itself "reserve the next volume" does Uketori
 * press the confirmation's final 予約する too — and only on a screen that names every title of the intent.
 * Nothing is posted but the page's own forms with the page's own buttons.
 */
export function continueInCart(doc: Document, intent: CartIntent, orderedLabel: string | null, family: FamilyHooks | null = familyForUrl(new URL(doc.URL))): CartStep {
  const markers = intent.bibIds.map((id) => markerOf(doc, id, family));
  const missing = intent.bibIds.filter((_, i) => markers[i] === null);
  if (missing.length > 0) {
    // Past the cart the library's screens list the titles as text: its input screen, then its confirmation.
    if (intent.pressed.length > 0) return towardsConfirmation(doc, intent);
    clearIntent(doc);
    return { kind: 'missing', bibIds: missing };
  }
  const ours = markers as HTMLInputElement[];
  const form = ours[0]!.form!;
  const choosing = ours.every((m) => m.type === 'checkbox');
  if (choosing) choose(ours);
  const label = orderedLabel ? normalizeText(orderedLabel) : null;
  const isSwitch = (b: Element) => label !== null && labelOf(b).includes(label);
  if (intent.ordered && label) {
    const priorities = ours.map(priorityBox);
    if (priorities.some((p) => p === null)) {
      const toOrdered = buttonsIn(form).find(isSwitch);
      if (!toOrdered || intent.pressed.includes(labelOf(toOrdered))) {
        clearIntent(doc);
        return { kind: 'no_priority_boxes' };
      }
      press(doc, intent, toOrdered, true);
      return { kind: 'switching' };
    }
    priorities.forEach((box, i) => setValue(box!, String(i + 1)));
  }
  const reserve = buttonsIn(form).find((b) => RESERVE.test(labelOf(b)) && !isSwitch(b));
  if (!choosing) {
    clearIntent(doc);
    return { kind: 'final', button: reserve ? labelOf(reserve) : null, numbered: intent.ordered && label !== null };
  }
  if (!reserve || (reserve as HTMLButtonElement).disabled || intent.pressed.includes(labelOf(reserve))) {
    clearIntent(doc);
    return { kind: 'ready', reason: !reserve ? 'no_button' : intent.pressed.includes(labelOf(reserve)) ? 'came_back' : 'button_disabled' };
  }
  press(doc, intent, reserve, true);
  return { kind: 'submitted' };
}

/**
 * After the cart: 次に進む through the library's input screen (its preselected pickup and contact stand), and on the
 * confirmation screen stop for the patron's click, or, when the patron's click was the final one, press its 予約する
 * — only where the screen names every title of the intent.
 */
function towardsConfirmation(doc: Document, intent: CartIntent): CartStep {
  const buttons = buttonsIn(doc).filter((b) => !(b as HTMLButtonElement).disabled);
  const text = normalizeText(doc.body?.textContent ?? '');
  const reserve = buttons.find((b) => RESERVE.test(labelOf(b)));
  const proceed = buttons.find((b) => PROCEED.test(labelOf(b)));
  const namesAll = intent.titles.length > 0 && intent.titles.every((t) => text.includes(normalizeText(t)));
  if (reserve && namesAll && intent.finish) {
    press(doc, intent, reserve, false);
    return { kind: 'reserving' };
  }
  if (!reserve && proceed && intent.pressed.length < MAX_PRESSES) {
    press(doc, intent, proceed, true);
    return { kind: 'proceeding' };
  }
  clearIntent(doc);
  return { kind: 'final', button: reserve ? labelOf(reserve) : null, numbered: false };
}
