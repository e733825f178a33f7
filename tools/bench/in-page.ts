// Bundled by esbuild into one script and run in a Chromium page, so parse and reconcile times are the browser's own
// (its DOM, its IndexedDB), not happy-dom's or fake-indexeddb's.
import { KNOWN_LIBRARIES } from '../../src/libraries';
import { MirrorDb } from '../../src/mirror/db';
import { reconcile } from '../../src/mirror/reconcile';
import type { Library } from '../../src/model';
import { forgetNormalizedTexts } from '../../src/model/text';
import { readRecordsUnchecked } from '../../src/opac/read';
import { readPage } from '../../src/opac/read-page';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The day every read here takes as today: a fixed one, so no figure depends on the day the bench runs. */
const TODAY = '2026-11-23';

/** Ms of one read, with none of the page's texts remembered from the read before (as a content script's on a new page). */
function timedRead(read: () => void): number {
  forgetNormalizedTexts();
  const start = performance.now();
  read();
  return performance.now() - start;
}

/**
 * Median time of `runs` readPage calls on one page, with the kind it was read as; each run with none of the page's
 * texts remembered from the run before (as a content script reads a page: warmed-up code, no texts seen).
 */
function parse(html: string, url: string, library: Library | null, runs: number): { page: string; ms: number } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const libraries = library ? [library] : KNOWN_LIBRARIES;
  let page = '';
  const times = Array.from({ length: runs }, () => timedRead(() => (page = readPage(new URL(url), doc, { today: TODAY }, libraries).page)));
  return { page, ms: median(times) };
}

/**
 * The content script's read (records as read, before the mirror's additions) of one page in a page where the reader's
 * code never ran: its first run, then the median of `runs` more once warmed up by as many; ms.
 */
function firstAndWarmed(html: string, url: string, library: Library, runs: number): { first: number; warmed: number } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const read = () => timedRead(() => readRecordsUnchecked(new URL(url), doc, { today: TODAY }, [library]));
  const first = read();
  for (let i = 0; i < runs; i++) read();
  return { first, warmed: median(Array.from({ length: runs }, read)) };
}

/**
 * One holds snapshot and one loans snapshot of `n` records each into a fresh mirror; ms for each. Then the baseline:
 * the hold rows the reconcile wrote, put with one bare Dexie bulkPut into another fresh mirror of the same schema.
 */
async function reconcileMany(library: Library, n: number): Promise<{ holdsMs: number; loansMs: number; bulkPutMs: number }> {
  const db = new MirrorDb(`bench-${Date.now()}`);
  await db.libraries.put(library);
  const base = { libraryId: library.id, cardId: null, url: 'https://opac.example.jp/', today: TODAY };
  const holds = Array.from({ length: n }, (_, i) => ({ title: `ベンチの本 ${i}`, volume: null, state: 'waiting' as const, stateLabel: '予約中', rank: 1 + (i % 9), pickupLocation: '本館', reservedOn: '2026-11-01', pickupDeadline: null }));
  const loans = Array.from({ length: n }, (_, i) => ({ title: `ベンチの本 ${i}`, volume: null, dueDate: '2026-12-07', renewable: true, renewBlockedReason: null }));
  let start = performance.now();
  await reconcile(db, { ...base, page: 'holds', takenAt: Date.now(), holds });
  const holdsMs = performance.now() - start;
  start = performance.now();
  await reconcile(db, { ...base, page: 'loans', takenAt: Date.now(), loans });
  const loansMs = performance.now() - start;
  const rows = await db.holds.toArray();
  db.close();
  await db.delete();

  const bare = new MirrorDb(`bench-bulk-${Date.now()}`);
  await bare.libraries.put(library);
  start = performance.now();
  await bare.holds.bulkPut(rows);
  const bulkPutMs = performance.now() - start;
  bare.close();
  await bare.delete();
  return { holdsMs, loansMs, bulkPutMs };
}

(globalThis as unknown as { uketoriBench: unknown }).uketoriBench = { parse, firstAndWarmed, reconcileMany };
