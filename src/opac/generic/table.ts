import { fieldOfLabel, labelKey, type Field } from '../lexicon';
import { colSpan, ownCells, ownRows, textLines } from './dom';

/**
 * A list table as a grid: its header (one row, or two rows joined by row and column spans, in `th` or `td`), and its
 * data rows with their cells by column. Caption rows (one cell across the table) and note rows between records are
 * neither header nor data. Used by the generic reader and by the families' table readers alike.
 */
export interface TableModel {
  /** Per grid column: the label, or the labels of a cell stacked with <br>/<hr> (LICS-XP 受取館<hr>連絡方法). */
  columns: string[][];
  rows: DataRow[];
  /** The header's rows (empty when the header came from elsewhere). */
  headerRows: Element[];
  /** A header was found and not one row of any kind stands under it: nothing under the labels at all. */
  headerOnly: boolean;
}

export interface DataRow {
  tr: Element;
  /** The cell occupying each grid column (a cell spanning columns or rows appears once per position it covers). */
  cells: Array<Element | null>;
  /** Each cell once, with the first grid column it starts at. */
  starts: Array<{ cell: Element; col: number }>;
}

/** Labels the reader does not take as record content: they never make a header row on their own. */
const STRUCTURAL: ReadonlySet<Field> = new Set(['index', 'action', 'note']);
/** Footnote marks and ruby are not part of a label. */
const LABEL_SKIP: ReadonlySet<string> = new Set(['SUP']);

/** A cell's lines as a label is read from them (footnote marks left out). */
type LabelLines = (cell: Element) => string[];
const labelLines: LabelLines = (cell) => textLines(cell, LABEL_SKIP);

/**
 * The same, each cell walked once per table read: every data row is asked whether it is a header repeated (is each
 * cell label-like, and what labels does it make), which would walk each cell twice more.
 */
function labelLinesOnce(): LabelLines {
  const read = new Map<Element, string[]>();
  return (cell) => {
    let lines = read.get(cell);
    if (!lines) read.set(cell, (lines = labelLines(cell)));
    return lines;
  };
}

function rowSpan(cell: Element): number {
  const n = Number(cell.getAttribute('rowspan') ?? '1');
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : 1;
}

/**
 * The labels of a header cell. A label wrapped over lines (取置<br>期限日, 貸出<br>可能, 予約<br>状態) is one label; a cell
 * whose lines are labels of their own (受取館<hr>連絡方法, 予約日<br>割当日, even wrapped: 予<br>約日<br>状態) stacks them,
 * and its data cells are split the same way.
 */
export function cellLabels(cell: Element, linesOf: LabelLines = labelLines): string[] {
  const lines = linesOf(cell).filter((l) => labelKey(l) !== '');
  if (lines.length <= 1) return lines.length ? [lines[0]!] : [''];
  const joined = lines.join('');
  if (fieldOfLabel(joined) !== null) return [joined];
  const stacked = segment(lines);
  if (stacked && stacked.length >= 2) return stacked;
  const known = lines.filter((l) => fieldOfLabel(l) !== null);
  return known.length === 0 ? [joined] : [known[0]!];
}

/**
 * Lines cut into labels the lexicon knows, each of one or more lines joined (予<br>約日<br>状態: 予約日 and 状態), or
 * null when no such cut exists.
 */
function segment(lines: string[]): string[] | null {
  const best: Array<string[] | null> = [[]];
  for (let end = 1; end <= lines.length; end++) {
    best[end] = null;
    for (let start = end - 1; start >= 0; start--) {
      const label = lines.slice(start, end).join('');
      if (best[start] && fieldOfLabel(label) !== null && (!best[end] || best[start]!.length + 1 > best[end]!.length)) best[end] = [...best[start]!, label];
    }
  }
  return best[lines.length] ?? null;
}

function knownFields(labels: string[]): Field[] {
  return labels.map(fieldOfLabel).filter((f): f is Field => f !== null);
}

/** Labels that make a header: two known fields, one of them record content. */
function namesRecordFields(labels: string[]): boolean {
  const fields = knownFields(labels);
  return new Set(fields).size >= 2 && fields.some((f) => !STRUCTURAL.has(f));
}

interface Placed {
  cell: Element;
  col: number;
  /** The row the cell is written in (a row-spanning cell is placed in later rows too). */
  origin: number;
}

/** Every row's cells placed on the grid, with row and column spans. */
function grid(rows: Element[]): Placed[][] {
  const out: Placed[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let col = 0;
    for (const cell of ownCells(tr)) {
      while (taken[r]![col]) col++;
      const span = colSpan(cell);
      const down = Math.min(rowSpan(cell), rows.length - r);
      for (let dr = 0; dr < down; dr++) {
        for (let dc = 0; dc < span; dc++) taken[r + dr]![col + dc] = true;
        out[r + dr]!.push({ cell, col, origin: r });
      }
      col += span;
    }
  });
  for (const row of out) row.sort((a, b) => a.col - b.col);
  return out;
}

/** A row that is one cell across (a caption, a note between records, a "no records" line). */
function isSingleCell(placed: Placed[]): boolean {
  return new Set(placed.map((p) => p.cell)).size <= 1;
}

function hasNestedTable(placed: Placed[]): boolean {
  return placed.some((p) => p.cell.querySelector('table') !== null);
}

function rowLabels(placed: Placed[], linesOf: LabelLines): string[] {
  return [...new Set(placed.map((p) => p.cell))].flatMap((cell) => cellLabels(cell, linesOf));
}

/** A cell that reads as a label: short lines, no "label：value" text, no list or form inside (a layout cell is none). */
function labelLike(cell: Element, linesOf: LabelLines): boolean {
  if (cell.querySelector('table, ul, ol, dl, form, select, textarea')) return false;
  return linesOf(cell).every((line) => line.length <= 24 && !/[:：]\s*\S/.test(line));
}

function isHeader(placed: Placed[], linesOf: LabelLines): boolean {
  return placed.length >= 2 && !hasNestedTable(placed) && placed.every((p) => labelLike(p.cell, linesOf)) && namesRecordFields(rowLabels(placed, linesOf));
}

/** The header: the first labelled row among the first rows, with the rows its cells span into or down from. */
function findHeader(g: Placed[][], linesOf: LabelLines): { top: number; bottom: number } | null {
  for (let r = 0; r < Math.min(g.length, 4); r++) {
    if (!isHeader(g[r]!, linesOf)) continue;
    const top = Math.min(r, ...g[r]!.map((p) => p.origin));
    let bottom = r;
    // A header cell spanning down makes the row below part of the header (two-row headers), when that row's own
    // cells are labels too.
    while (bottom + 1 < g.length && g[bottom + 1]!.some((p) => p.origin <= bottom)) {
      const own = g[bottom + 1]!.filter((p) => p.origin === bottom + 1);
      if (own.length === 0 || !own.every((p) => p.cell.tagName.toUpperCase() === 'TH' || knownFields(cellLabels(p.cell, linesOf)).length > 0)) break;
      bottom++;
    }
    return { top, bottom };
  }
  return null;
}

/** Per column, the most specific known label of the header rows (the lowest), else the lowest label at all. */
function columnsOf(g: Placed[][], top: number, bottom: number, linesOf: LabelLines): string[][] {
  const width = Math.max(0, ...g.slice(top, bottom + 1).flatMap((row) => row.map((p) => p.col + colSpan(p.cell))));
  const columns: string[][] = [];
  for (let col = 0; col < width; col++) {
    const stack = g
      .slice(top, bottom + 1)
      .map((row) => row.find((p) => p.col <= col && col < p.col + colSpan(p.cell)))
      .filter((p): p is Placed => p !== undefined)
      .filter((p, i, all) => all.findIndex((q) => q.cell === p.cell) === i)
      .map((p) => ({ labels: cellLabels(p.cell, linesOf), first: p.col === col }));
    const chosen = [...stack].reverse().find((s) => s.labels.some((l) => fieldOfLabel(l) !== null)) ?? stack[stack.length - 1];
    // A label spanning several columns names the first of them (its data cells carry the same span or a button).
    columns.push(chosen?.first ? chosen.labels : []);
  }
  return columns;
}

/**
 * Read a table as a grid. `fallback` is a vendor's documented header, used when the table has no header row of its
 * own; `structuralHeader` also takes a first row of `th` cells or in `thead` as the header whatever its labels say
 * (a family whose screen is known: an unknown header then reads as no fields, never as a data row).
 */
export function tableModel(table: Element, opts: { fallback?: string[][]; structuralHeader?: boolean } = {}): TableModel {
  const trs = ownRows(table);
  const g = grid(trs);
  const linesOf = labelLinesOnce();
  let header = findHeader(g, linesOf);
  if (!header && opts.structuralHeader) {
    const at = trs.findIndex((tr, r) => g[r]!.length >= 2 && (ownCells(tr).every((c) => c.tagName.toUpperCase() === 'TH') || tr.closest('thead') !== null || /header/i.test(tr.className)));
    if (at >= 0 && at < 4) header = { top: at, bottom: at };
  }
  const columns = header ? columnsOf(g, header.top, header.bottom, linesOf) : (opts.fallback ?? []);
  const start = header ? header.bottom + 1 : 0;
  const rows: DataRow[] = [];
  for (let r = start; r < trs.length; r++) {
    const placed = g[r]!;
    if (isSingleCell(placed) || hasNestedTable(placed) || (header && isHeader(placed, linesOf))) continue;
    const cells: Array<Element | null> = [];
    for (const p of placed) for (let c = 0; c < colSpan(p.cell); c++) cells[p.col + c] = p.cell;
    const starts = placed.filter((p) => p.origin === r).map((p) => ({ cell: p.cell, col: p.col }));
    rows.push({ tr: trs[r]!, cells: Array.from(cells, (c) => c ?? null), starts });
  }
  // Nothing under the labels: no row at all, or only blank ones and notes (※…).
  const blankBelow =
    header !== null &&
    rows.length === 0 &&
    trs.slice(header.bottom + 1).every((tr) => !tr.querySelector('input, a, img') && /^(?:[※*＊].*)?$/su.test((tr.textContent ?? '').trim()));
  return { columns, rows, headerRows: header ? trs.slice(header.top, header.bottom + 1) : [], headerOnly: blankBelow };
}
