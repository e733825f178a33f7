import { fieldOfLabel, type Field } from '../lexicon';
import type { NotUnderstood } from '../types';
import { findRecordSets, type RecordSet } from './blocks';
import { ownCells, ownRows, textOf } from './dom';
import type { LinkReading } from './link-items';

/** Whether an empty list is the truth, and when it is not, what the reader saw: for every list kind alike. */

export type ListKind = 'holds' | 'loans' | 'cart' | 'results';

/**
 * What OPACs print when a list is truly empty ("予約はありません", "該当するリストが存在しません。", "0件"): the thing is
 * not there (…は/が ありません), never a sentence that merely ends in a negation (順位は確定ではありません).
 */
const EMPTY_LIST = /(?:予約|貸出|借り|該当|資料|データ|リスト|件数|本|カート|かご|結果)[^。\n]{0,20}?(?<!で)(?:は|が)(?:ありません|存在しません|ございません|見つかりません)/;
/** A count of nought said of the list itself ("予約している資料は 0 件", "貸出中 0件"), not of something beside it. */
const ZERO_COUNT: Record<ListKind, RegExp> = {
  holds: /(?<!カート\s?)予約(?:中|している(?:資料|本)?|件数|数|状況)?(?:は|が|:)?\s*(?<![\d,])0\s*件/,
  loans: /(?:貸出(?:中|している(?:資料|本)?|件数|数)?|借りている(?:資料|本)?)(?:は|が|:)?\s*(?<![\d,])0\s*件/,
  cart: /(?:カート|かご)(?:\s?\([^)]{0,8}\))?(?:の中|に|には)?(?:は|が|:)?\s*(?<![\d,])0\s*件/,
  results: /(?:検索結果|該当|ヒット)[^。、\n]{0,12}?(?<![\d,])0\s*件|(?<![\d,])0\s*件(?:中|が|見つかり|ヒット)/,
};

/** Whether the page says in words that the list is empty. */
function saysEmpty(doc: Document, kind: ListKind): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const text = textOf(root).normalize('NFKC');
  return EMPTY_LIST.test(text) || ZERO_COUNT[kind].test(text);
}

/** A table of label/value rows (a form's 受取館 and 連絡方法, a record's 書誌情報): no list of records. */
function pairRows(rows: Element[]): boolean {
  return rows.every((tr) => {
    const [label, value, ...more] = ownCells(tr);
    if (!label || !value || more.length > 0) return false;
    return label.tagName.toUpperCase() === 'TH' ? value.tagName.toUpperCase() === 'TD' : fieldOfLabel(textOf(label)) !== null || /[:：]$/.test(textOf(label));
  });
}

/**
 * The first-row texts of data-like tables (two rows or more, no nested tables, not label/value rows) whatever their
 * labels, leaving out the tables already read.
 */
function unknownTableHeaders(doc: Document, known: ReadonlySet<Element> = new Set()): string[] {
  return Array.from(doc.querySelectorAll('table')).flatMap((table) => {
    const rows = ownRows(table);
    const first = rows[0] ? ownCells(rows[0]) : [];
    return rows.length >= 2 && first.length >= 2 && !table.querySelector('table') && !known.has(table) && !pairRows(rows) ? first.map(textOf) : [];
  });
}

/** Fields only a list of this kind has beside the title: a header naming them is this list's header. */
const KIND_FIELDS: Record<ListKind, readonly Field[]> = {
  holds: ['state', 'rank', 'pickupDeadline', 'reservedOn', 'readyOn', 'pickupLocation'],
  loans: ['dueDate', 'loanedOn', 'renewCount', 'renew', 'lendingLibrary'],
  cart: ['author', 'publisher', 'kind', 'reservationsOnItem', 'state'],
  results: ['author', 'publisher', 'kind', 'reservationsOnItem', 'state'],
};

function namesKind(labels: string[], kind: ListKind): boolean {
  const fields = labels.map(fieldOfLabel);
  return fields.includes('title') && fields.some((f) => f !== null && KIND_FIELDS[kind].includes(f));
}

/**
 * Positive evidence that a list of this kind is empty: the page says so in words, or its list table stands with the
 * header and not one row under it while no other data table could hold the rows (some OPACs print the header and
 * nothing else). Never when a labelled table has rows: a table the reader failed on is not an empty list.
 */
export function emptyListEvidence(doc: Document, kind: ListKind, sets: RecordSet[] = findRecordSets(doc)): string | null {
  const tables = sets.filter((s) => s.source === 'table');
  // This list's own tables; tables of another list (an OPAC showing holds and loans together) do not speak for it.
  const mine = tables.filter((s) => namesKind(s.labels, kind));
  if (mine.some((s) => s.records.length > 0)) return null;
  if (saysEmpty(doc, kind)) return 'the page says the list is empty';
  const read = new Set(tables.flatMap((s) => (s.table ? [s.table] : [])));
  if (mine.length > 0 && mine.every((s) => s.headerOnly) && unknownTableHeaders(doc, read).length === 0) {
    return `the list table (${mine[0]!.labels.filter(Boolean).join(' / ')}) has no rows`;
  }
  return null;
}

/** What a list of each kind holds, in the diagnostics. */
export const LIST_WHAT: Record<ListKind, string> = { holds: 'holds', loans: 'loans', cart: 'cart entries', results: 'result records' };

function rejectedNote(rejected: LinkReading['rejected'] | undefined): string {
  const parts = Object.entries(rejected ?? {}).map(([why, n]) => `${n} ${why === 'weak' ? 'without evidence of a record' : `${why} link(s)`}`);
  return parts.length ? ` (links set aside: ${parts.join(', ')})` : '';
}

/** Why a list page gave no records, or null when "no records" is the truth. */
export function notUnderstood(sets: RecordSet[], doc: Document, kind: ListKind, rejected?: LinkReading['rejected']): NotUnderstood | null {
  if (emptyListEvidence(doc, kind, sets) !== null) return null;
  const tables = sets.filter((s) => s.source === 'table');
  const labels = [...new Set([...sets.flatMap((s) => s.labels), ...unknownTableHeaders(doc)])].filter(Boolean);
  const what = LIST_WHAT[kind];
  const note = rejectedNote(rejected);
  if (tables.length > 0) return { reason: `a table headed ${tables[0]!.labels.join(' / ')} gave no ${what}${note}`, labels };
  if (labels.length > 0) return { reason: `no ${what} among the tables and labels on the page${note}`, labels };
  return { reason: `no ${what} list was found on the page, and it does not say the list is empty${note}`, labels };
}

