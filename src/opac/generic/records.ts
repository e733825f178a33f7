import type { CartRecordInput, HoldRecordInput, IsoDate, ItemRecordInput, LoanRecordInput } from '../../model';
import { parseDate, type YearPreference } from '../../model/dates';
import { isCancelColumn, readHoldStatus, renewBlockOf, renewBlocksOf, RENEW_BLOCK_ORDER, RENEW_BLOCK_LABELS, type Field, type RenewBlock } from '../lexicon';
import { normalizeText } from '../../model/text';
import { extractVolume } from '../volume';
import type { LabeledRecord } from './blocks';
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

export function text(r: LabeledRecord, field: Field): string | null {
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
export function titleOf(r: LabeledRecord): { title: string; volume: string | null; link: Element | null } | null {
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

/** Whether the page as a whole offers a control `pick` finds (for single-record pages and list footers). */
export function pageOffers(doc: Document, pick: (controls: Control[]) => Control[]): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  return pick(controlsIn(root)).some((c) => !c.disabled);
}

/** The page's 延長 buttons. */
export const renewControls = (controls: Control[]): Control[] => actionable(controls, RENEW);
