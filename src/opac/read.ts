import { shownCard } from './shown-card';
import { CartRecord, HoldRecord, ItemRecord, LoanRecord, type Library, type PageKind } from '../model';
import { emptyRecords, type Records } from './families/shared/reader';
import { detectGeneric, readGeneric } from './generic';
import { familyForUrl, libraryForUrl } from './registry';
import type { NotUnderstood, PageReading, ReadContext } from './types';
import type { z } from 'zod';

/**
 * The single entry point: which library and family, what kind of page, and its records. Never throws: a failing
 * detector makes the page 'other', a failing parser leaves a notUnderstood with the reason.
 */
export function readPage(url: URL, doc: Document, pageCtx: ReadContext, libraries: readonly Library[]): PageReading {
  const ctx: ReadContext = { ...pageCtx, base: url.href };
  const library = attempt(() => libraryForUrl(url, libraries)).value ?? null;
  const family = attempt(() => familyForUrl(url, library)).value ?? null;
  const head = { family: family?.id ?? ('generic' as const), library: library?.id ?? null };
  const page = attempt(() => (family ? family.detect(url, doc) : detectGeneric(url, doc))).value ?? 'other';
  const read = attempt(() => (family ? family.read(page, url, doc, ctx) : { ...emptyRecords(), ...readGeneric(page, doc, ctx) }));
  if (read.value === undefined) {
    const reason = `the ${page} reader failed: ${read.error}`;
    return { ...head, page: isList(page) ? page : 'other', ...emptyRecords(), notUnderstood: { reason, labels: attempt(() => dataLabels(doc)).value ?? [] } };
  }
  const { records, invalid } = validated(read.value);
  const notUnderstood =
    invalid ?? read.value.notUnderstood ?? attempt(() => emptyListDoubt(page, records, doc)).value ?? null;
  return { ...head, page, ...records, notUnderstood, shownCard: attempt(() => shownCard(doc)).value ?? null };
}

function attempt<T>(f: () => T): { value?: T; error?: string } {
  try {
    return { value: f() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

const isList = (page: PageKind): page is 'holds' | 'loans' => page === 'holds' || page === 'loans';

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

/**
 * Honesty rule: an empty holds or loans list is the truth only when the page says so ("0 件", "ありません");
 * otherwise the reader missed something, and says what it saw.
 */
function emptyListDoubt(page: PageKind, r: Omit<Records, 'notUnderstood'>, doc: Document): NotUnderstood | null {
  if (!isList(page) || r[page].length > 0 || saysNone(page, doc)) return null;
  const labels = dataLabels(doc);
  const what = page === 'holds' ? 'holds' : 'loans';
  return labels.length
    ? { reason: `the page has a data table but no ${what} were read from it`, labels }
    : { reason: `no ${what} were read and the page does not say there are none`, labels };
}

const NONE_ANY = /(?:該当|対象)[^。、\n]{0,12}?(?:ありません|存在しません|見つかりません)/;
const NONE: Record<'holds' | 'loans', RegExp> = {
  holds: /予約[^。、\n]{0,12}?(?:はありません|がありません|(?<!\d)0\s*件)/,
  loans: /(?:貸出|借り)[^。、\n]{0,12}?(?:はありません|がありません|(?<!\d)0\s*件)/,
};

function saysNone(page: 'holds' | 'loans', doc: Document): boolean {
  const text = (doc.body?.textContent ?? '').normalize('NFKC').replace(/\s+/g, ' ');
  return NONE_ANY.test(text) || NONE[page].test(text);
}

/** Header cells of the page's tables and the terms of its definition lists, for the diagnostic. */
function dataLabels(doc: Document): string[] {
  const labels = new Set<string>();
  for (const table of doc.querySelectorAll('table')) {
    if (table.querySelectorAll('tr').length < 2) continue;
    for (const th of table.querySelectorAll('th')) {
      const t = (th.textContent ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
      if (t && !/^\d+$/.test(t)) labels.add(t);
    }
  }
  for (const dt of doc.querySelectorAll('dt')) {
    const t = (dt.textContent ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
    if (t) labels.add(t);
  }
  return [...labels].slice(0, 40);
}
