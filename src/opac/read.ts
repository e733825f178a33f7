import { shownCard } from './shown-card';
import type { Library, PageKind } from '../model';
import { emptyRecords, type Records } from './families/shared/reader';
import { detectGeneric, readGeneric } from './generic';
import { findRecordSets } from './generic/blocks';
import { emptyListEvidence, LIST_WHAT, type ListKind } from './generic/evidence';
import { withLibraryNotes } from './library-note';
import { familyForUrl, libraryForUrl } from './registry';
import type { NotUnderstood, PageReading, ReadContext } from './types';
import { foldText } from '../model/text';

/**
 * Which library and family, what kind of page, and its records as the reader found them, not yet through their
 * schemas: what the content script runs (the background validates every snapshot it is sent, so the page carries no
 * validator); everything else reads with readPage (./read-page.ts). Never throws: a failing detector makes the page
 * 'other', a failing parser leaves a notUnderstood with the reason.
 */
export function readPageUnchecked(url: URL, doc: Document, pageCtx: ReadContext, libraries: readonly Library[]): PageReading {
  return withNotesAndCard(readRecordsUnchecked(url, doc, pageCtx, libraries), doc);
}

/**
 * The same reading without what only the mirror takes (the library's words beside holds, the card the page shows):
 * what the content script paints from first, adding those with withNotesAndCard before it sends the snapshot.
 */
export function readRecordsUnchecked(url: URL, doc: Document, pageCtx: ReadContext, libraries: readonly Library[]): PageReading {
  const ctx: ReadContext = { ...pageCtx, base: url.href };
  const library = attempt(() => libraryForUrl(url, libraries)).value ?? null;
  const family = attempt(() => familyForUrl(url, library)).value ?? null;
  const head = { family: family?.id ?? ('generic' as const), library: library?.id ?? null };
  // A generic page is detected and read from the same record sets: found once, not twice (they are most of a read).
  const sets = family ? undefined : attempt(() => findRecordSets(doc)).value;
  const page = attempt(() => (family ? family.detect(url, doc) : detectGeneric(url, doc, sets))).value ?? 'other';
  const read = attempt(() => (family ? family.read(page, url, doc, ctx) : { ...emptyRecords(), ...readGeneric(page, doc, ctx, sets) }));
  if (read.value === undefined) {
    const reason = `the ${page} reader failed: ${read.error}`;
    return { ...head, page: isList(page) ? page : 'other', ...emptyRecords(), notUnderstood: { reason, labels: attempt(() => dataLabels(doc)).value ?? [] } };
  }
  const { notUnderstood: said, ...records } = read.value;
  const notUnderstood = said ?? attempt(() => emptyListDoubt(page, records, doc)).value ?? null;
  return { ...head, page, ...records, notUnderstood, shownCard: null };
}

/** Beside each hold the web cannot cancel, the library's own words about it (kept in the mirror for the popup); and the card the page shows as logged in. */
export function withNotesAndCard(reading: PageReading, doc: Document): PageReading {
  const holds = reading.page === 'holds' ? (attempt(() => withLibraryNotes(reading.holds, doc)).value ?? reading.holds) : reading.holds;
  return { ...reading, holds, shownCard: attempt(() => shownCard(doc)).value ?? null };
}

function attempt<T>(f: () => T): { value?: T; error?: string } {
  try {
    return { value: f() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

const isList = (page: PageKind): page is 'holds' | 'loans' => page === 'holds' || page === 'loans';

/**
 * Honesty rule: an empty list (holds, loans, cart, results) is the truth only with evidence — the page says so
 * ("0 件", "ありません"), or its list table stands with its header and no row; otherwise the reader missed something,
 * and says what it saw.
 */
function emptyListDoubt(page: PageKind, r: Omit<Records, 'notUnderstood'>, doc: Document): NotUnderstood | null {
  if (!isListed(page) || r[LIST_OF[page]].length > 0 || emptyListEvidence(doc, page) !== null) return null;
  const labels = dataLabels(doc);
  const what = LIST_WHAT[page];
  return labels.length
    ? { reason: `the page has a data table but no ${what} were read from it`, labels }
    : { reason: `no ${what} were read and the page does not say there are none`, labels };
}

const LIST_OF = { holds: 'holds', loans: 'loans', cart: 'cart', results: 'items' } as const satisfies Record<ListKind, string>;
const isListed = (page: PageKind): page is ListKind => page in LIST_OF;

/** Header cells of the page's tables and the terms of its definition lists, for the diagnostic. */
function dataLabels(doc: Document): string[] {
  const labels = new Set<string>();
  for (const table of doc.querySelectorAll('table')) {
    if (table.querySelectorAll('tr').length < 2) continue;
    for (const th of table.querySelectorAll('th')) {
      const t = foldText(th.textContent);
      if (t && !/^\d+$/.test(t)) labels.add(t);
    }
  }
  for (const dt of doc.querySelectorAll('dt')) {
    const t = foldText(dt.textContent);
    if (t) labels.add(t);
  }
  return [...labels].slice(0, 40);
}
