import { CartRecord, HoldRecord, ItemRecord, LoanRecord, type Library } from '../model';
import type { Records } from './families/shared/reader';
import { readPageUnchecked } from './read';
import type { NotUnderstood, PageReading, ReadContext } from './types';
import type { z } from 'zod';

/**
 * The single entry point: which library and family, what kind of page, and its records through their schemas
 * (defaults filled; a record a schema refuses is dropped and said). Never throws: a failing detector makes the page
 * 'other', a failing parser leaves a notUnderstood with the reason.
 */
export function readPage(url: URL, doc: Document, pageCtx: ReadContext, libraries: readonly Library[]): PageReading {
  const reading = readPageUnchecked(url, doc, pageCtx, libraries);
  const { records, invalid } = validated(reading);
  return { ...reading, ...records, notUnderstood: invalid ?? reading.notUnderstood };
}

/** Records through their schemas (defaults filled); a record the schema refuses is dropped and reported. */
function validated(r: Records): { records: Omit<Records, 'notUnderstood'>; invalid: NotUnderstood | null } {
  const problems: string[] = [];
  const keep = <S extends z.ZodType>(schema: S, list: unknown[], name: string): z.output<S>[] =>
    list.flatMap((raw) => {
      const parsed = schema.safeParse(raw);
      if (parsed.success) return [parsed.data];
      problems.push(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      return [];
    });
  const records = {
    holds: keep(HoldRecord, r.holds, 'hold'),
    loans: keep(LoanRecord, r.loans, 'loan'),
    items: keep(ItemRecord, r.items, 'item'),
    cart: keep(CartRecord, r.cart, 'cart entry'),
  };
  const invalid = problems.length ? { reason: `${problems.length} record(s) dropped: ${problems[0]}`, labels: [] } : null;
  return { records, invalid };
}
