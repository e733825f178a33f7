import { fieldOfLabel, type Field } from '../../lexicon';
import { tableModel } from '../../generic/table';
import { clean, splitAt, visibleText } from './dom';

/** One data row: the texts of the columns the lexicon knows, by field, and the cell each came from. */
export interface TableRow {
  tr: Element;
  texts: Partial<Record<Field, string | null>>;
  cells: Partial<Record<Field, Element>>;
}

/** A cell under a stacked header, split the way the header is (LICS-XP <hr>; <br> elsewhere). */
function parts(cell: Element, count: number): string[] {
  const byHr = splitAt(cell, 'HR');
  return byHr.length >= count ? byHr : splitAt(cell, 'BR');
}

/**
 * Read a list table by its header labels: a header row in `th` or `td`, two-row headers, caption and note rows are
 * handled by the shared table model. `fallback` is the vendor's documented header, used when the table has no header
 * row of its own (happy-dom drops `<th>` cells written straight into `<thead>` without a `<tr>`).
 */
export function readTable(table: Element, fallback: string[][] = []): TableRow[] {
  const model = tableModel(table, { fallback, structuralHeader: true });
  const fields = model.columns.map((labels) => labels.map((l) => fieldOfLabel(clean(l) ?? '')));
  const rows: TableRow[] = [];
  for (const { tr, starts } of model.rows) {
    if (!starts.some(({ cell }) => cell.tagName === 'TD')) continue;
    const row: TableRow = { tr, texts: {}, cells: {} };
    for (const { cell, col } of starts) {
      const names = fields[col] ?? [];
      const texts = names.length > 1 ? parts(cell, names.length) : [visibleText(cell)];
      names.forEach((field, i) => {
        if (!field || field in row.texts) return;
        row.texts[field] = clean(texts[i]);
        row.cells[field] = cell;
      });
    }
    rows.push(row);
  }
  return rows;
}
