import type { Field } from '../../lexicon';
import { readHoldStatus, RENEW_BLOCK_LABELS, RENEW_BLOCK_ORDER, renewBlockOf, renewBlocksOf, type RenewBlock } from '../../lexicon';
import { parseDate } from '../../../model/dates';
import { extractVolume } from '../../volume';
import type { HoldRecordInput, IsoDate, LoanRecordInput } from '../../../model';
import type { ReadContext } from '../../types';
import { clean, integerIn } from './dom';

/** Texts of one record by lexicon field, as read from a table row, a dl or "label: value" lines. */
export type FieldTexts = Partial<Record<Field, string | null>>;

/**
 * A title as shown, whole (a subtitle after the volume designator is the title's too), and the volume recognised in
 * it, as the generic reader reads them; an explicit volume (巻次 column) wins.
 */
export function titleAndVolume(shown: string, volumeText?: string | null): { title: string; volume: string | null } {
  const explicit = clean(volumeText);
  if (explicit) return { title: shown, volume: explicit };
  return { title: clean(shown) ?? shown, volume: extractVolume(shown).volume };
}

/** `text` when it is nothing but a volume of `title` ("[1]", "巻１", "上"), else null. */
export function volumeOnly(title: string, text: string | null | undefined): string | null {
  const shown = clean(text);
  if (!shown) return null;
  const { work, volume } = extractVolume(`${title} ${shown}`);
  return work === title && volume === shown ? shown : null;
}

const past = (text: string | null | undefined, today: IsoDate): IsoDate | null =>
  text ? parseDate(text, { reference: today, prefer: 'past' }) : null;

/**
 * A hold from its field texts. A deadline shown without a year (LICS-XP 取置期限 "07/29") takes its year from the
 * day the item was secured (割当日), else the day it was reserved, else today.
 */
export function holdFrom(t: FieldTexts, ctx: ReadContext, extra: Partial<HoldRecordInput> = {}): HoldRecordInput | null {
  const shown = clean(t.title);
  // A title with nothing of a hold beside it (a ranking's 順位 and 予約数) is no hold.
  if (!shown || ![t.state, t.reservedOn, t.readyOn, t.pickupDeadline, t.pickupLocation].some((x) => clean(x))) return null;
  const status = readHoldStatus(t.state ?? '');
  const reservedOn = past(t.reservedOn, ctx.today);
  const readyOn = past(t.readyOn, ctx.today);
  const anchor = readyOn ?? reservedOn;
  const pickupDeadline = t.pickupDeadline
    ? parseDate(t.pickupDeadline, anchor ? { reference: anchor, prefer: 'future' } : { reference: ctx.today })
    : null;
  const rank = integerIn(t.rank) ?? status.rank;
  return {
    ...titleAndVolume(shown, t.volume),
    state: status.state,
    stateLabel: status.label,
    rank: rank !== null && rank > 0 ? rank : null,
    pickupLocation: clean(t.pickupLocation),
    reservedOn,
    pickupDeadline,
    readyOn,
    ...extra,
  };
}

/**
 * Whether a renewal cell offers renewal: a 延長 button or a checkbox to tick for renewal, or words saying yes or
 * no; false for an empty cell in a renewal column, null when there is no such column.
 */
function renewableIn(cell: Element | undefined, text: string | null | undefined): boolean | null {
  if (!cell) return null;
  const control = [...cell.querySelectorAll('input, button, a')].some(
    (c) => c.getAttribute('type') === 'checkbox' || /延長/.test(c.getAttribute('value') ?? c.textContent ?? ''),
  );
  if (control) return true;
  if (text && (/不可|できません|済|×/.test(text) || renewBlockOf(text) !== null)) return false;
  if (text && /可|できます|○/.test(text)) return true;
  return text ? null : false;
}

/**
 * Why a loan cannot be renewed, from every cell that may say so (延長, 状態, 備考), a count of others' reservations, or
 * a due date already past; the reason shown first is the one the patron must act on first.
 */
function renewBlock(t: FieldTexts, reservedByOthers: boolean | null, dueDate: IsoDate | null, today: IsoDate): RenewBlock | null {
  const blocks = new Set([t.renew, t.state, t.note].flatMap((text) => renewBlocksOf(text ?? '')));
  if (reservedByOthers) blocks.add('reserved');
  if (dueDate !== null && dueDate < today) blocks.add('overdue');
  return RENEW_BLOCK_ORDER.find((b) => blocks.has(b)) ?? null;
}

/**
 * A loan from its field texts; `renewable` from the renewal cell unless the family knows better. A reason the page
 * gives for not renewing (予約有, 延長済, 延長不可 …) makes the loan not renewable even where no renewal cell is shown;
 * a past due date alone decides nothing (the library may still renew it).
 */
export function loanFrom(
  t: FieldTexts,
  cells: Partial<Record<Field, Element>>,
  ctx: ReadContext,
  extra: Partial<LoanRecordInput> = {},
): LoanRecordInput | null {
  const shown = clean(t.title);
  // A title with no date of a loan beside it is no loan.
  if (!shown || ![t.dueDate, t.loanedOn].some((x) => clean(x))) return null;
  const dueDate = t.dueDate ? parseDate(t.dueDate, { reference: ctx.today }) : null;
  const reservations = integerIn(t.reservationsOnItem);
  const reservedByOthers = reservations === null ? reservedIn(t.reservationsOnItem) : reservations > 0;
  const stated = [t.renew, t.state, t.note].some((text) => renewBlockOf(text ?? '') !== null) || reservedByOthers === true;
  const renewable = extra.renewable !== undefined ? extra.renewable : stated ? false : renewableIn(cells.renew, t.renew);
  const block = renewBlock(t, reservedByOthers, dueDate, ctx.today);
  return {
    ...titleAndVolume(shown, t.volume),
    dueDate,
    renewable,
    renewBlockedReason: renewable === false && block ? RENEW_BLOCK_LABELS[block] : null,
    loanedOn: past(t.loanedOn, ctx.today),
    renewCount: integerIn(t.renewCount),
    reservedByOthers,
    ...extra,
  };
}

/** A 予約 column without a count: 有/あり/無/なし (北杜's guide). */
function reservedIn(text: string | null | undefined): boolean | null {
  const t = clean(text);
  if (t === null) return null;
  if (/^(?:無|なし|ナシ|-)$/.test(t)) return false;
  return /有|あり|アリ/.test(t) ? true : null;
}
