import { fieldOfLabel, labelKey, type Field } from '../lexicon';
import { bibIdOf, isBlock, isSkipped, ownCells, ownRows, textLines, textOf } from './dom';
import { DETAIL_WORDS, linkPattern, notRecordLink } from './chrome';
import { tableModel, type TableModel } from './table';

/**
 * Finds labelled records on any page: tables by their header row, key/value tables, dt/dd lists, and
 * "label：value" text. Each record is a set of fields with the text and element they came from.
 */

export interface Entry {
  label: string;
  text: string;
  el: Element | null;
}

export interface LabeledRecord {
  fields: Map<Field, Entry>;
  /** The element holding the whole record (a table row, a list's container): where its buttons are. */
  root: Element;
  /** The element the title came from, for its link. */
  titleEl: Element | null;
}

export interface RecordSet {
  source: 'table' | 'pairs' | 'text';
  /** Every label the set was read by, known or not (for diagnostics). */
  labels: string[];
  records: LabeledRecord[];
  /** A table whose header row is its last row: nothing under the labels at all. */
  headerOnly?: boolean;
  /** The table a table set was read from. */
  table?: Element;
}

/** Labels the reader does not take as record content: they never make a header row on their own. */
const STRUCTURAL: ReadonlySet<Field> = new Set(['index', 'action', 'note']);

function knownFields(labels: string[]): Field[] {
  return labels.map(fieldOfLabel).filter((f): f is Field => f !== null);
}

function newRecord(root: Element): LabeledRecord {
  return { fields: new Map(), root, titleEl: null };
}

function addEntry(record: LabeledRecord, label: string, text: string, el: Element | null): void {
  const field = fieldOfLabel(label);
  if (field === null || record.fields.has(field)) return;
  record.fields.set(field, { label, text, el });
  if (field === 'title') record.titleEl = el;
}

/**
 * Whether a label read in a list starts the next record: its field is already filled. Two different labels of one
 * structural field (No. and 選択 are both a row's index) are one record's, the same label twice is two records'.
 */
function repeats(record: LabeledRecord, field: Field, label: string): boolean {
  const seen = record.fields.get(field);
  return seen !== undefined && (!STRUCTURAL.has(field) || labelKey(seen.label) === labelKey(label));
}

/** A record needs some content besides row numbers and buttons. */
function hasContent(record: LabeledRecord): boolean {
  return [...record.fields].some(([f, e]) => !STRUCTURAL.has(f) && e.text !== '');
}

/** A table with a header: one record per data row; a header cell stacked with <br>/<hr> names its cells' lines. */
function readHeaderTable(model: TableModel): RecordSet {
  const records: LabeledRecord[] = [];
  for (const row of model.rows) {
    const record = newRecord(row.tr);
    for (const { cell, col } of row.starts) {
      const labels = model.columns[col] ?? [];
      const lines = textLines(cell);
      if (labels.length > 1 && lines.length === labels.length) labels.forEach((l, i) => addEntry(record, l, lines[i]!, cell));
      else if (labels[0] !== undefined) addEntry(record, labels[0], lines.join(' '), cell);
    }
    if (hasContent(record)) records.push(record);
  }
  return { source: 'table', labels: model.columns.flat(), records, headerOnly: model.headerOnly };
}

/** A table of label/value rows (書誌詳細, 所蔵情報): one record. */
function readPairTable(table: Element, rows: Element[]): RecordSet | null {
  const pairs = rows.map(ownCells).filter((cells) => cells.length === 2 && !cells.some((c) => c.querySelector('table')));
  const labels = pairs.map(([label]) => textOf(label!));
  if (knownFields(labels).filter((f) => !STRUCTURAL.has(f)).length < 2) return null;
  const record = newRecord(table);
  for (const [label, value] of pairs) addEntry(record, textOf(label!), textOf(value!), value!);
  return { source: 'pairs', labels, records: hasContent(record) ? [record] : [] };
}

function readTable(table: Element): RecordSet | null {
  const model = tableModel(table);
  const set = model.headerRows.length > 0 ? readHeaderTable(model) : null;
  const read = set && set.records.length > 0 ? set : (readPairTable(table, ownRows(table)) ?? set);
  return read && { ...read, table };
}

const NAV_WORDS =
  /^(?:.*(?:照会|一覧)|(?:予約|貸出|利用)状況|ログイン|ログアウト|メニュー|トップ(?:ページ)?|マイ(?:ページ|ライブラリー?)|利用者ポータル|.*検索|次へ|前へ|戻る|ヘルプ|.*カート.*|予約かご)$/;

function commonAncestor(a: Element, b: Element): Element {
  let box: Element = a;
  while (!box.contains(b) && box.parentElement) box = box.parentElement;
  return box;
}

/** A link that names a record (a title linking to its detail page), not a menu or tab. */
function titleLink(el: Element): Element | null {
  const link = el.tagName.toUpperCase() === 'A' ? el : el.querySelector('a[href], a[onclick]');
  if (!link || !(link.hasAttribute('href') || link.hasAttribute('onclick'))) return null;
  const base = link.ownerDocument.baseURI && /^https?:/.test(link.ownerDocument.baseURI) ? link.ownerDocument.baseURI : 'https://opac.invalid/';
  if (notRecordLink(link, base) !== null || !(bibIdOf(link, base) || DETAIL_WORDS.test(linkPattern(link, base)))) return null;
  const text = textOf(link);
  return text.length >= 1 && text.length <= 200 && !NAV_WORDS.test(text) && fieldOfLabel(text) === null ? link : null;
}

/** A line that is a title link, perhaps after a short mark of the material's kind (「図書 三体」). */
function isTitleLine(line: string, link: Element): boolean {
  const title = textOf(link);
  return line.includes(title) && line.replace(title, '').trim().length <= 6;
}

/**
 * For a record without a title field: the title link or heading just before `anchor` inside the nearest
 * ancestor that holds only this record (Wicket lists: <h3><a>title</a></h3><dl>…</dl>).
 */
function titleBefore(anchor: Element, selector: string): Element | null {
  let box: Element | null = anchor.parentElement;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    if (box.querySelectorAll(selector).length > 1) return null;
    const candidates = Array.from(box.querySelectorAll('h2, h3, h4, h5, a[href]')).filter(
      (c) => !anchor.contains(c) && (c.compareDocumentPosition(anchor) & 4) !== 0,
    );
    for (const c of candidates.reverse()) {
      const link = titleLink(c);
      if (link) return link;
    }
  }
  return null;
}

/** Gives a record without a title field the title found around it; its root grows to hold both. */
function withFallbackTitle(record: LabeledRecord, el: Element | null): void {
  if (record.fields.has('title') || !el) return;
  record.fields.set('title', { label: '', text: textOf(el), el });
  record.titleEl = el;
  record.root = commonAncestor(record.root, el);
}

/** dt/dd lists; a repeated label starts the next record. */
function readDl(dl: Element): RecordSet | null {
  const labels: string[] = [];
  const records: LabeledRecord[] = [];
  let record = newRecord(dl);
  let label: string | null = null;
  for (const child of Array.from(dl.querySelectorAll('dt, dd'))) {
    if (child.closest('dl') !== dl) continue;
    if (child.tagName.toUpperCase() === 'DT') {
      label = textOf(child);
      labels.push(label);
      const field = fieldOfLabel(label);
      if (field && repeats(record, field, label)) {
        records.push(record);
        record = newRecord(dl);
      }
    } else if (label !== null) {
      addEntry(record, label, textOf(child), child);
      label = null;
    }
  }
  records.push(record);
  if (knownFields(labels).filter((f) => !STRUCTURAL.has(f)).length < 2) return null;
  const found = records.filter(hasContent);
  if (found.length === 1) withFallbackTitle(found[0]!, titleBefore(dl, 'dl'));
  return { source: 'pairs', labels, records: found };
}

interface Line {
  text: string;
  el: Element;
}

/** The page's text lines outside the elements already read, each with the block element it sits in. */
function linesOutside(body: Element, consumed: ReadonlySet<Element>): Line[] {
  const lines: Line[] = [];
  const walk = (el: Element) => {
    if (consumed.has(el) || isSkipped(el)) return;
    let text = '';
    const flush = () => {
      const t = text.replace(/[^\S\n]+/gu, ' ').trim();
      if (t) lines.push({ text: t, el });
      text = '';
    };
    for (const child of Array.from(el.childNodes)) {
      // Source newlines are spaces; only <br> inside inline elements (joined with \n below) breaks a line.
      if (child.nodeType === 3) text += (child.textContent ?? '').replace(/\s+/gu, ' ');
      else if (child.nodeType === 1) {
        const e = child as Element;
        if (isBlock(e) || consumed.has(e)) {
          flush();
          walk(e);
        } else if (!isSkipped(e)) {
          text += e.querySelector('br') ? textLines(e).join('\n') : textOf(e);
        }
      }
    }
    flush();
  };
  walk(body);
  return lines.flatMap((l) => l.text.split('\n').map((text) => ({ text, el: l.el })));
}

const LABEL_AT = /([^\s:：・、,|/()[\]]{1,12})\s*[:：]/g;

/** The known "label：value" pairs of one line; values run to the next known label. */
function pairsIn(line: string): { label: string; value: string }[] {
  const hits = [...line.matchAll(LABEL_AT)].filter((m) => fieldOfLabel(m[1]!) !== null);
  return hits.map((m, i) => ({
    label: m[1]!,
    value: line.slice(m.index + m[0].length, hits[i + 1]?.index ?? line.length).trim(),
  }));
}

/** "label：value" text blocks. A repeated label, or a title link after a record, starts the next record. */
function readTextBlocks(body: Element, consumed: ReadonlySet<Element>): RecordSet | null {
  const labels: string[] = [];
  const records: LabeledRecord[] = [];
  let record: LabeledRecord | null = null;
  // The title link standing above the record's lines, given to it when its own lines name no title.
  let heading: Element | null = null;
  let pendingTitle: Element | null = null;
  const close = () => {
    if (record) {
      withFallbackTitle(record, heading);
      records.push(record);
    }
    record = null;
    heading = null;
  };
  for (const line of linesOutside(body, consumed)) {
    const pairs = pairsIn(line.text);
    if (pairs.length === 0) {
      const link = titleLink(line.el);
      if (link && isTitleLine(line.text, link)) {
        close();
        pendingTitle = link;
      }
      continue;
    }
    for (const { label, value } of pairs) {
      labels.push(label);
      const field = fieldOfLabel(label)!;
      if (record && repeats(record, field, label)) close();
      if (!record) {
        record = newRecord(line.el);
        heading = pendingTitle;
        pendingTitle = null;
      }
      const current: LabeledRecord = record;
      addEntry(current, label, value, line.el);
      // The record's root grows to the element holding all its lines, so its buttons are found.
      current.root = commonAncestor(current.root, line.el);
    }
  }
  close();
  const found = records.filter(hasContent);
  return found.length > 0 ? { source: 'text', labels, records: found } : null;
}

/**
 * Lists and text records start at the element their labels sit in; their buttons are often beside it
 * (<li><div>…labels…</div><input value=予約取消></li>). Each root grows while it holds no other record.
 */
function widenRoots(sets: RecordSet[]): void {
  const roots = sets.flatMap((s) => s.records.map((r) => r.root));
  for (const set of sets) {
    if (set.source === 'table') continue;
    for (const record of set.records) {
      let parent = record.root.parentElement;
      while (parent && !roots.some((other) => other !== record.root && parent!.contains(other))) {
        record.root = parent;
        parent = parent.parentElement;
      }
    }
  }
}

/** Every labelled record set on the page, tables first, then lists, then free text. */
export function findRecordSets(doc: Document): RecordSet[] {
  const sets: RecordSet[] = [];
  const consumed = new Set<Element>();
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const set = readTable(table);
    if (!set) continue;
    sets.push(set);
    consumed.add(table);
  }
  for (const dl of Array.from(doc.querySelectorAll('dl'))) {
    const set = readDl(dl);
    if (!set) continue;
    sets.push(set);
    consumed.add(dl);
  }
  const body = doc.body ?? doc.documentElement;
  const text = body ? readTextBlocks(body, consumed) : null;
  if (text) sets.push(text);
  widenRoots(sets);
  return sets;
}
