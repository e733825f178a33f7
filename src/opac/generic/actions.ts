import { normalizeText, titleKey } from '../../model/text';
import type { ActionStep, ActionTarget, FormRequest, RecordAction } from '../action-types';

/**
 * The words of the buttons and links that take each action a step further on the seed libraries' screens (their
 * guides), the library's final confirmation first: on any screen the furthest step it offers is the one taken.
 */
const WORDS: Record<RecordAction, readonly string[]> = {
  renew: ['確認', '延長する', '貸出延長', '延長'],
  cancel: ['確認', '取消する', '予約取消', '取消'],
  change_pickup: ['確認', '変更する', '変更'],
};

/** The words a label-driven step may press for an action (the family hooks use their own). */
export function actionWords(action: RecordAction): readonly string[] {
  return WORDS[action];
}

/**
 * The next press of an action on a screen read by its labels: the one control with the step's word that belongs to
 * the record — in a row or screen that names its title, with the record's own box ticked where the list has boxes.
 * A word already pressed is not pressed again; two candidates for one word are ambiguous, so nothing is pressed.
 */
export function genericActionStep(url: URL, doc: Document, target: ActionTarget, pressed: readonly string[]): ActionStep | null {
  for (const word of WORDS[target.action]) {
    if (pressed.includes(word)) continue;
    let found: ActionStep | null = null;
    for (const control of candidates(doc, word, target)) {
      const step = stepOf(control, url, doc, target, word);
      if (!step) continue;
      // A second one is enough to know it is ambiguous (the rows of 250 holds of one title need not all be tried).
      if (found) return null;
      found = step;
    }
    if (found) return found;
  }
  return null;
}

function labelOf(el: Element): string {
  const tag = el.tagName.toUpperCase();
  const text = tag === 'INPUT' ? (el.getAttribute('value') ?? '') : (el.textContent ?? '');
  return normalizeText(text);
}

const CONTROLS = 'a[href], button, input[type=submit], input[type=button], input[type=image]';

/**
 * What is known of one state of a page, kept until the page changes: a list of 1,000 holds asks for every record, and
 * labelling, keying and searching every row again for each would be quadratic.
 */
interface PageState {
  /** The page's controls by label, each with the list row it sits in and that row's comparison key; built when asked. */
  byLabel?: Map<string, Labelled>;
  /** Comparison keys of element texts (each computed once: a list's table holds every row's text). */
  keys: WeakMap<Element, string>;
  /** For a row, the keys of its elements' own texts (see wholeFirst). */
  wholes: WeakMap<Element, Set<string>>;
}

/** The controls with one label: in page order, with the rows' texts indexed by their pieces once asked (see rowsNaming). */
interface Labelled {
  controls: Array<{ el: Element; rowKey: string | null }>;
  /** Positions (in `controls`) of those outside any row. */
  outside: number[];
  pieces?: Map<string, number[]>;
}
const states = new WeakMap<Document, PageState>();

function pageState(doc: Document): PageState {
  const known = states.get(doc);
  if (known) return known;
  const state: PageState = { keys: new WeakMap(), wholes: new WeakMap() };
  states.set(doc, state);
  // A live page that changes is known afresh on the next question (a parsed page has no window and never changes).
  // Uketori's own controls change no text of the page: they are in shadow roots.
  const Observer = doc.defaultView?.MutationObserver;
  if (Observer) {
    const observer = new Observer(() => {
      states.delete(doc);
      observer.disconnect();
    });
    observer.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true });
  }
  return state;
}

function pageIndex(doc: Document): Map<string, Labelled> {
  const state = pageState(doc);
  if (state.byLabel) return state.byLabel;
  const byLabel = new Map<string, Labelled>();
  for (const el of Array.from(doc.querySelectorAll(CONTROLS))) {
    if (el.closest('[data-uketori]') !== null) continue;
    const label = labelOf(el);
    const row = el.closest(ROWS);
    const labelled = byLabel.get(label) ?? { controls: [], outside: [] };
    if (!row) labelled.outside.push(labelled.controls.length);
    labelled.controls.push({ el, rowKey: row ? textKeyOf(row) : null });
    byLabel.set(label, labelled);
  }
  return (state.byLabel = byLabel);
}

function controlsLabelled(doc: Document, word: string): Element[] {
  return (pageIndex(doc).get(word)?.controls ?? []).map((c) => c.el).filter((el) => el.isConnected && !el.hasAttribute('disabled'));
}

/** The controls with a word that may be the record's: those outside any row, and those in a row naming it. */
function candidates(doc: Document, word: string, target: Pick<ActionTarget, 'title' | 'volume'>): Element[] {
  const labelled = pageIndex(doc).get(word);
  if (!labelled) return [];
  const key = recordKey(target);
  const at = [...labelled.outside, ...wholeFirst(labelled, rowsNaming(labelled, key), key)].sort((a, b) => a - b);
  return at.map((i) => labelled.controls[i]!.el).filter((el) => el.isConnected && !el.hasAttribute('disabled'));
}

/** Rows' texts are indexed by pieces of this many characters. */
const PIECE = 3;

/**
 * Positions of the controls whose row's text contains `key`. Every record of a long list asks, so its rows are not
 * compared with each: the rows' texts are indexed once by their pieces, and only the rows holding the key's rarest
 * piece are compared (linear in the page, not in rows × records).
 */
function rowsNaming(labelled: Labelled, key: string): number[] {
  const inRow = (i: number) => labelled.controls[i]!.rowKey?.includes(key) === true;
  if (key.length < PIECE) return labelled.controls.flatMap((_, i) => (inRow(i) ? [i] : []));
  const pieces = (labelled.pieces ??= piecesOf(labelled.controls));
  let fewest: number[] | null = null;
  for (let i = 0; i + PIECE <= key.length && fewest?.length !== 0; i++) {
    const holding = pieces.get(key.slice(i, i + PIECE)) ?? [];
    if (!fewest || holding.length < fewest.length) fewest = holding;
  }
  return (fewest ?? []).filter(inRow);
}

/**
 * Of several rows naming the record, those that show it as a whole text of its own (a cell or link that is the record,
 * nothing more): `1Q84 BOOK2〈7月-9月〉` is named by its 前編's row too, but is a cell only of its own row. Rows that all
 * or none show it so are left as they are (two such rows stay ambiguous).
 */
function wholeFirst(labelled: Labelled, rows: number[], key: string): number[] {
  if (rows.length < 2) return rows;
  const whole = rows.filter((i) => {
    const row = labelled.controls[i]!.el.closest(ROWS);
    return row !== null && wholeKeys(row).has(key);
  });
  return whole.length > 0 ? whole : rows;
}

function piecesOf(controls: Labelled['controls']): Map<string, number[]> {
  const pieces = new Map<string, number[]>();
  controls.forEach(({ rowKey }, at) => {
    if (rowKey === null) return;
    for (const piece of new Set(Array.from({ length: Math.max(0, rowKey.length - PIECE + 1) }, (_, i) => rowKey.slice(i, i + PIECE)))) {
      const holding = pieces.get(piece);
      if (holding) holding.push(at);
      else pieces.set(piece, [at]);
    }
  });
  return pieces;
}

function textKeyOf(el: Element): string {
  const { keys } = pageState(el.ownerDocument);
  let key = keys.get(el);
  if (key === undefined) keys.set(el, (key = titleKey(el.textContent ?? '')));
  return key;
}

/** The keys of a row's elements' texts, each a text of its own in that row. */
function wholeKeys(row: Element): Set<string> {
  const { wholes } = pageState(row.ownerDocument);
  let keys = wholes.get(row);
  if (!keys) wholes.set(row, (keys = new Set(Array.from(row.querySelectorAll('*'), textKeyOf))));
  return keys;
}

/** Whether an element's text names the record (title and volume, as one run of text). */
export function elementNames(el: Element, target: Pick<ActionTarget, 'title' | 'volume'>): boolean {
  const key = recordKey(target);
  return key !== '' && textKeyOf(el).includes(key);
}

/**
 * The record's text as its row shows it: a title read whole already carries its volume, its designators perhaps apart
 * (1Q84 BOOK2〈7月-9月〉前編, volume "BOOK2 前編"); a volume read from a column of its own follows the title.
 */
function recordKey(target: Pick<ActionTarget, 'title' | 'volume'>): string {
  const title = titleKey(target.title);
  const carried = !target.volume || target.volume.split(/\s+/).every((part) => title.includes(titleKey(part)));
  return carried ? title : titleKey(`${target.title}${target.volume}`);
}

const ROWS = 'tr, li';

function stepOf(control: Element, url: URL, doc: Document, target: ActionTarget, word: string): ActionStep | null {
  // A control in a row of a list belongs to that row's record: another record's row is not ours.
  const row = control.closest(ROWS);
  if (row && !elementNames(row, target)) return null;
  let scope: Element | null = row ?? control.parentElement;
  while (scope && !elementNames(scope, target)) scope = scope.parentElement;
  if (!scope) return null;
  // A container naming the record but holding this word's control for other rows too is a list, not the record's row.
  const others = scope === row ? Array.from(row.querySelectorAll(CONTROLS)).filter((c) => labelOf(c) === word) : controlsLabelled(doc, word).filter((c) => scope!.contains(c));
  if (others.length > 1) return null;
  if (control.tagName.toUpperCase() === 'A') return linkStep(control as HTMLAnchorElement, url, word);
  const form = (control as HTMLInputElement | HTMLButtonElement).form;
  if (!form) return null;
  const entries = formEntries(form, target);
  if (!entries) return null;
  const name = control.getAttribute('name');
  if (name) entries.push([name, control.getAttribute('value') ?? (control.textContent ?? '')]);
  const action = new URL(form.getAttribute('action') || url.href, url).href;
  return { request: { action, method: (form.getAttribute('method') ?? 'get').toUpperCase() === 'POST' ? 'POST' : 'GET', entries }, label: word };
}

function linkStep(link: HTMLAnchorElement, url: URL, word: string): ActionStep | null {
  const href = link.getAttribute('href') ?? '';
  if (/^\s*(javascript:|#)/i.test(href)) return null;
  // The link as the library wrote it, its query included (percent-encoded in the library's charset).
  return { request: { action: new URL(href, url).href, method: 'GET', entries: [] }, label: word };
}

/**
 * The form's fields as a browser would send them, with only the record's own box ticked (none other) and, for a
 * change of pickup place, the choice set to the new place. Null when the form has boxes and none is the record's,
 * or a choice of place that does not offer the new one.
 */
function formEntries(form: HTMLFormElement, target: ActionTarget): FormRequest['entries'] | null {
  const entries: FormRequest['entries'] = [];
  const choosing = target.action === 'change_pickup' && target.pickup !== null && form.querySelector('select') !== null;
  let chose = false;
  const boxes = Array.from(form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).filter((box) => box.name && box.value !== '0');
  const ownBoxes = boxes.filter((box) => {
    const row = box.closest(ROWS);
    return row !== null && elementNames(row, target);
  });
  if (boxes.length > 0 && ownBoxes.length !== 1) return null;
  for (const control of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'))) {
    const type = control.tagName.toUpperCase() === 'INPUT' ? (control as HTMLInputElement).type : '';
    if (!control.name || control.disabled || ['submit', 'button', 'image', 'reset', 'file', 'password', 'radio'].includes(type)) continue;
    if (type === 'checkbox') {
      if (control === ownBoxes[0]) entries.push([control.name, control.value]);
      continue;
    }
    const option = choosing && control.tagName.toUpperCase() === 'SELECT' ? placeOption(control as HTMLSelectElement, target.pickup!) : null;
    if (option) chose = true;
    entries.push([control.name, option ? option.value : control.value]);
  }
  return choosing && !chose ? null : entries;
}

function placeOption(select: HTMLSelectElement, place: string): HTMLOptionElement | null {
  return Array.from(select.options).find((o) => normalizeText(o.textContent ?? '') === normalizeText(place)) ?? null;
}
