import { fieldOfLabel, type Field } from '../../lexicon';
import { clean, splitAtHr, visibleText } from './dom';

/** One data row: the texts of the columns the lexicon knows, by field, and the cell each came from. */
export interface TableRow {
  tr: Element;
  texts: Partial<Record<Field, string | null>>;
  cells: Partial<Record<Field, Element>>;
}

/** Header cells per column; a cell stacked with `<hr>` names two fields. */
type Header = string[];

function cellsOf(tr: Element): Element[] {
  return [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

function span(cell: Element): number {
  const n = Number(cell.getAttribute('colspan'));
  return Number.isInteger(n) && n > 1 && n < 20 ? n : 1;
}

/** The header row: the first row made only of `th` cells, inside `thead`, or classed as a header (ASP.NET grids). */
function headerRow(rows: Element[]): Element | undefined {
  return rows.find((tr) => {
    const cells = cellsOf(tr);
    if (cells.length < 2) return false;
    return cells.every((c) => c.tagName === 'TH') || tr.closest('thead') !== null || /header/i.test(tr.className);
  });
}

/**
 * Read a list table by its header labels. `fallback` is the vendor's documented header, used when the table has
 * no header row of its own (happy-dom drops `<th>` cells written straight into `<thead>` without a `<tr>`).
 */
export function readTable(table: Element, fallback: Header[] = []): TableRow[] {
  const trs = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
  const head = headerRow(trs);
  const headers: Header[] = head
    ? cellsOf(head).flatMap((c) => Array<Header>(span(c)).fill(splitAtHr(c).map((s) => clean(s) ?? '')))
    : fallback;
  const fields = headers.map((parts) => parts.map((p) => fieldOfLabel(p)));
  const rows: TableRow[] = [];
  for (const tr of trs) {
    if (tr === head || !cellsOf(tr).some((c) => c.tagName === 'TD')) continue;
    const row: TableRow = { tr, texts: {}, cells: {} };
    let column = 0;
    for (const cell of cellsOf(tr)) {
      const names = fields[column] ?? [];
      const parts = names.length > 1 ? splitAtHr(cell) : [visibleText(cell)];
      names.forEach((field, i) => {
        if (!field || field in row.texts) return;
        row.texts[field] = clean(parts[i]);
        row.cells[field] = cell;
      });
      column += span(cell);
    }
    rows.push(row);
  }
  return rows;
}
