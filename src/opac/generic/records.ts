import type { CartRecordInput, HoldRecordInput, IsoDate, ItemRecordInput, LoanRecordInput } from '../../model';
import { parseDate, type YearPreference } from '../../model/dates';
import { isCancelColumn, readHoldStatus, renewBlockOf, renewBlocksOf, RENEW_BLOCK_ORDER, RENEW_BLOCK_LABELS, type Field, type RenewBlock } from '../lexicon';
import { normalizeText } from '../../model/text';
import { extractVolume } from '../volume';
import type { LabeledRecord } from './blocks';
import { inChrome } from './chrome';
import { bibIdOf, controlsIn, textOf, type Control } from './dom';

/** Turns labelled records into the model's records. Missing values are null, never empty strings. */

/** Fields only a hold has: a rank alone is also on rankings (予約ベスト), a state alone on result lists (在架). */
const HOLD_FIELDS: readonly Field[] = ['pickupDeadline', 'reservedOn', 'readyOn', 'pickupLocation'];
const LOAN_FIELDS: readonly Field[] = ['dueDate', 'loanedOn', 'renewCount', 'renew', 'lendingLibrary'];

/** A hold: a title with a field only holds have, or with a state the lexicon knows as a hold's. */
export const isHoldRecord = (r: LabeledRecord) =>
  r.fields.has('title') && (HOLD_FIELDS.some((f) => r.fields.has(f)) || readHoldStatus(r.fields.get('state')?.text ?? '').state !== 'unknown');
export const isLoanRecord = (r: LabeledRecord) => r.fields.has('title') && LOAN_FIELDS.some((f) => r.fields.has(f));

/** Placeholders OPACs print in empty cells. */
const EMPTY = /^[-ー－―‐・*＊/／]*$/;

function text(r: LabeledRecord, field: Field): string | null {
  const t = normalizeText(r.fields.get(field)?.text ?? '');
  return EMPTY.test(t) ? null : t;
}

function date(r: LabeledRecord, field: Field, today: IsoDate, prefer: YearPreference): IsoDate | null {
  const t = text(r, field);
  return t === null ? null : parseDate(t, { reference: today, prefer });
}

function count(r: LabeledRecord, field: Field): number | null {
  const m = /\d+/.exec(text(r, field) ?? '');
  return m ? Number(m[0]) : null;
}

/** The title as shown (link text first), normalised for display, and its volume read from the raw text. */
function titleOf(r: LabeledRecord): { title: string; volume: string | null; link: Element | null } | null {
  const el = r.titleEl;
  const link = el ? (el.tagName.toUpperCase() === 'A' ? el : el.querySelector('a[href], a[onclick]')) : null;
  const linkText = link ? textOf(link) : '';
  const raw = normalizeText(linkText) ? linkText : (r.fields.get('title')?.text ?? '');
  const title = normalizeText(raw);
  return EMPTY.test(title) ? null : { title, volume: extractVolume(raw).volume, link };
}

const CANCEL = /取消|取り消|キャンセル/;
const RENEW = /延長/;
export const CART = /カート|予約かご|かごに|予約する|予約申込|いますぐ予約|^予約$/;

export function actionable(controls: Control[], label: RegExp): Control[] {
  return controls.filter((c) => c.kind !== 'checkbox' && label.test(c.label));
}

/** A link puts a title in the cart only when its words say so; a link named 予約カート opens the cart page. */
const CART_LINK = /(?:カート|かご|バスケット)(?:に|へ)|予約する|予約申込|いますぐ予約|^予約$/;

/** The controls that put a title in the cart or reserve it: buttons so labelled, links that say they add, never menus. */
export function cartControls(controls: Control[]): Control[] {
  return controls.filter((c) => (c.kind === 'button' ? CART.test(c.label) : c.kind === 'link' && CART_LINK.test(c.label) && !inChrome(c.el)));
}

/** Names of fields that carry a title's id in forms and row checkboxes (LiCS-Re biblioid, LICS-XP tilcod, winj bibid). */
const ID_FIELD = /^(?:biblioid|bibid|biblid|bib_?id|hid_bibid|bib|tilcod|htilcod|titleid|tilcode|gbid|bookid|book_?id|recordid|editnocheck)$/i;

/**
 * The id of the page's own title, from its forms: a detail page answering a POST carries no id in its address, but its
 * cart, reservation and review forms do (LiCS-Re `form[name=rsvcartadd] input[name=biblioid]`). A form that puts the
 * title in the cart or reserves it is believed first; otherwise every id field on the page must agree.
 */
export function idInForms(doc: Document): string | null {
  const fields = Array.from(doc.querySelectorAll('form input')).flatMap((input) => {
    const value = input.getAttribute('value')?.trim() ?? '';
    if (!ID_FIELD.test(input.getAttribute('name') ?? '') || !/^[\w-]{1,40}$/.test(value)) return [];
    const form = input.closest('form')!;
    const acts = /cart|rsv|yoy|reserve|basket|kago/i.test(`${form.getAttribute('action') ?? ''} ${form.getAttribute('name') ?? ''} ${form.getAttribute('id') ?? ''}`);
    return [{ value, acts }];
  });
  const acting = new Set(fields.filter((f) => f.acts).map((f) => f.value));
  if (acting.size === 1) return [...acting][0]!;
  const all = new Set(fields.map((f) => f.value));
  return acting.size === 0 && all.size === 1 ? [...all][0]! : null;
}

/** A title's id carried by a field of its block (a row checkbox, a hidden field), when its link carries none. */
export function idInBlock(block: Element): string | null {
  for (const input of Array.from(block.querySelectorAll('input'))) {
    const value = input.getAttribute('value')?.trim() ?? '';
    if (ID_FIELD.test(input.getAttribute('name') ?? '') && /^[\w-]{1,40}$/.test(value)) return value;
  }
  return null;
}

/**
 * Reads the holds of one record set. `canCancel` is false on a row without the cancel button that other rows have, or
 * whose 取消 column is empty; null when the list shows no sign of cancelling at all.
 */
export function toHolds(records: LabeledRecord[], today: IsoDate, base: string): HoldRecordInput[] {
  const cancellable = records.map((r) => actionable(controlsIn(r.root), CANCEL).some((c) => !c.disabled));
  const anyCancel = cancellable.some(Boolean) || records.some((r) => isCancelColumn(r.fields.get('action')?.label ?? ''));
  return records.flatMap((r, i): HoldRecordInput[] => {
    const t = titleOf(r);
    if (!t) return [];
    const status = readHoldStatus(r.fields.get('state')?.text ?? '');
    return [{
      title: t.title,
      volume: t.volume,
      state: status.state,
      stateLabel: status.label,
      rank: count(r, 'rank') || status.rank,
      pickupLocation: text(r, 'pickupLocation'),
      reservedOn: date(r, 'reservedOn', today, 'past'),
      pickupDeadline: date(r, 'pickupDeadline', today, 'nearest'),
      readyOn: date(r, 'readyOn', today, 'past'),
      bibId: bibIdOf(t.link, base),
      canCancel: cancellable[i] ? true : anyCancel ? false : null,
    }];
  });
}

const OVERDUE_MARK = /(?:^|[\s_-])(?:delay|overdue|entai|late)(?:$|[\s_-])/i;

/** Whether others have reserved the item: 予約 有/無, a count, or a word in the status. */
function reservedByOthers(r: LabeledRecord): boolean | null {
  if (r.fields.has('reservationsOnItem')) {
    const t = text(r, 'reservationsOnItem');
    if (t === null || /^(?:無|なし|0+件?|0+人)$/.test(t)) return false;
    if (/有|あり|[1-9]/.test(t)) return true;
    return null;
  }
  return renewBlockOf(text(r, 'state') ?? '') === 'reserved' ? true : null;
}

function renewal(r: LabeledRecord, dueDate: IsoDate | null, reserved: boolean | null, today: IsoDate) {
  const blocks = new Set<RenewBlock>();
  for (const f of ['state', 'renew', 'note', 'dueDate'] as const) for (const b of renewBlocksOf(text(r, f) ?? '')) blocks.add(b);
  if (reserved) blocks.add('reserved');
  const marked = [r.root, ...Array.from(r.root.querySelectorAll('[class]'))].some((e) => OVERDUE_MARK.test(e.getAttribute('class') ?? ''));
  if ((dueDate !== null && dueDate < today) || marked) blocks.add('overdue');
  const block = RENEW_BLOCK_ORDER.find((b) => blocks.has(b));
  if (block) return { renewable: false, renewBlockedReason: RENEW_BLOCK_LABELS[block] };

  const renewText = text(r, 'renew') ?? '';
  if (/不可|できません|×/.test(renewText)) return { renewable: false, renewBlockedReason: null };
  const controls = controlsIn(r.root);
  const buttons = actionable(controls, RENEW);
  if (buttons.some((c) => !c.disabled) || /^(?:可|○|延長可)$/.test(renewText)) return { renewable: true, renewBlockedReason: null };
  if (buttons.length > 0) return { renewable: false, renewBlockedReason: null };
  return { renewable: null, renewBlockedReason: null };
}

/**
 * Reads loans. A row checkbox counts as a renewal control only when the page has a 延長 button to submit it
 * (水戸: tick the item, then 貸出延長).
 */
export function toLoans(records: LabeledRecord[], today: IsoDate, base: string, pageRenews: boolean): LoanRecordInput[] {
  return records.flatMap((r): LoanRecordInput[] => {
    const t = titleOf(r);
    if (!t) return [];
    const dueDate = date(r, 'dueDate', today, 'nearest');
    const reserved = reservedByOthers(r);
    let decided = renewal(r, dueDate, reserved, today);
    if (decided.renewable === null && pageRenews) {
      const boxes = controlsIn(r.root).filter((c) => c.kind === 'checkbox');
      if (boxes.length > 0) decided = { renewable: boxes.some((c) => !c.disabled), renewBlockedReason: null };
    }
    return [{
      title: t.title,
      volume: t.volume,
      dueDate,
      ...decided,
      loanedOn: date(r, 'loanedOn', today, 'past'),
      bibId: bibIdOf(t.link, base),
      renewCount: count(r, 'renewCount'),
      reservedByOthers: reserved,
    }];
  });
}

/**
 * Reads result or detail items. An item can go to the cart when it has its own cart button, or when the page
 * has one and the item is the page's only record or has a ticked-to-add checkbox (北杜: tick, then 予約カートに追加).
 * On a list (`listed`), a title is a record only with evidence: its id, a control of its own, or an author or
 * publisher beside it; a bare list of titles (a ranking, a reading list) is none.
 */
export function toItems(records: LabeledRecord[], base: string, pageCart: boolean, listed = false): ItemRecordInput[] {
  return records.flatMap((r): ItemRecordInput[] => {
    const t = titleOf(r);
    if (!t) return [];
    const controls = controlsIn(r.root);
    const own = cartControls(controls).some((c) => !c.disabled);
    const ticked = controls.some((c) => c.kind === 'checkbox' && !c.disabled);
    const bibId = bibIdOf(t.link, base) ?? (r.root.tagName.toUpperCase() === 'TABLE' ? null : idInBlock(r.root));
    if (listed && !bibId && !own && !ticked && !text(r, 'author') && !text(r, 'publisher')) return [];
    return [{
      title: t.title,
      volume: t.volume,
      bibId,
      canAddToCart: own || (pageCart && (records.length === 1 || ticked)),
      author: text(r, 'author'),
      publisher: text(r, 'publisher'),
    }];
  });
}

/** Reads cart entries; as on a result list, a title is an entry only with its id, a control, or an author beside it. */
export function toCart(records: LabeledRecord[], base: string): CartRecordInput[] {
  return records.flatMap((r): CartRecordInput[] => {
    const t = titleOf(r);
    if (!t) return [];
    const bibId = bibIdOf(t.link, base) ?? (r.root.tagName.toUpperCase() === 'TABLE' ? null : idInBlock(r.root));
    const controls = controlsIn(r.root).some((c) => !c.disabled);
    return bibId || controls || text(r, 'author') || text(r, 'publisher') ? [{ title: t.title, volume: t.volume, bibId }] : [];
  });
}

/** Whether the page as a whole offers a button with this meaning (for single-record pages and list footers). */
export function pageOffers(doc: Document, what: 'cart' | 'renew'): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const controls = controlsIn(root);
  return (what === 'cart' ? cartControls(controls) : actionable(controls, RENEW)).some((c) => !c.disabled);
}
