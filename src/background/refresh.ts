import { snapshotOf } from '../mirror/snapshot';
import type { IsoDate, Library, MirrorEvent } from '../model';
import type { MirrorDb } from '../mirror/db';
import { noteCard } from '../mirror/cards';
import { reconcile } from '../mirror/reconcile';
import { readSetting, updateSetting, type RefreshStatus } from '../mirror/settings';
import { isLibraryUrl } from '../mirror/urls';
import { todayInTokyo } from '../model/dates';
import { decodeHtml } from '../opac/decode';
import type { PageReading } from '../opac/types';
import { classifyPage, diagnostic, libraryOutcome, type ListPage, type PageCheck } from './refresh-outcome';

/** A page as the OPAC answered: the URL after redirects, the status, the raw bytes and the `Content-Type` header. */
export interface FetchedPage {
  url: string;
  status: number;
  bytes: Uint8Array;
  /** The charset a Shift_JIS OPAC names only in its header decodes the page, as in the browser. */
  contentType?: string | null;
}

/** What a refresh needs from the browser: the patron's session and a DOM to read pages in. */
export interface RefreshEdges {
  now(): number;
  version: string;
  fetchPage(url: string): Promise<FetchedPage>;
  readHtml(html: string, url: string, today: IsoDate, library: Library): Promise<PageReading>;
}

export interface LibraryRefresh {
  libraryId: string;
  outcome: NonNullable<RefreshStatus['outcome']>;
  events: MirrorEvent[];
}

const setStatus = (db: MirrorDb, id: string, status: RefreshStatus) => updateSetting(db, 'refresh', (all) => ({ ...all, [id]: status }));

/**
 * Fetch the remembered holds and loans pages of one library with the patron's session, read them, reconcile what
 * was understood, and record the outcome for the popup. Pages are read one after the other: an OPAC session is
 * often single-threaded, and progress shows per library anyway.
 */
export async function refreshLibrary(db: MirrorDb, library: Library, edges: RefreshEdges, current: () => boolean = () => true): Promise<LibraryRefresh> {
  const pages = (await readSetting(db, 'pages'))[library.id];
  const previous = (await readSetting(db, 'refresh'))[library.id];
  const targets = (['holds', 'loans'] as const).flatMap((kind) => (pages?.[kind] ? [{ kind, url: pages[kind] }] : []));
  // While it runs, the library keeps its last check (so a refresh cut off can give it back: endInterruptedRefreshes).
  await setStatus(db, library.id, { checkedAt: null, outcome: null, loginUrl: null, diagnostic: null, ...previous, running: true });

  const checks: PageCheck[] = [];
  const events: MirrorEvent[] = [];
  for (const { kind, url } of targets) {
    const { check, reading, at } = await checkPage(kind, url, library, edges);
    checks.push(check);
    if (check.outcome.kind !== 'ok' || !reading) continue;
    // Deleted or replaced meanwhile: what this refresh read belongs to a mirror that is gone.
    if (!current()) throw new Error('the data was deleted or replaced during the refresh');
    try {
      // Whose records: the card the page shows as logged in, or none (see reconcile's resolveCard).
      const cardId = reading.shownCard ? (await noteCard(db, library.id, reading.shownCard, at)).id : null;
      const snapshot = snapshotOf(reading, library, cardId, check.finalUrl ?? url, at, todayInTokyo(new Date(at)));
      if (snapshot) events.push(...(await reconcile(db, snapshot, edges.now())));
    } catch (error) {
      // Read but not kept (no space left, no card to give it to): the mirror is as it was, and the check says why.
      check.outcome = { kind: 'failed', reason: `not saved: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  if (!current()) throw new Error('the data was deleted or replaced during the refresh');

  const outcome = libraryOutcome(checks);
  const at = edges.now();
  await setStatus(db, library.id, {
    running: false, checkedAt: at, outcome,
    loginUrl: outcome === 'login' ? (pages?.holds ?? pages?.loans ?? null) : null,
    diagnostic: diagnostic(library, checks, edges.version, at),
  });
  return { libraryId: library.id, outcome, events };
}

async function checkPage(expected: ListPage, requested: string, library: Library, edges: RefreshEdges): Promise<{ check: PageCheck; reading: PageReading | null; at: number }> {
  const at = edges.now();
  try {
    // Only the library's own http(s) pages are fetched with the patron's session, whatever the mirror says.
    if (!isLibraryUrl(requested, library)) throw new Error('not an address of this library');
    const fetched = await edges.fetchPage(requested);
    if (!isLibraryUrl(fetched.url, library)) throw new Error('the library sent the request elsewhere');
    const reading = await edges.readHtml(decodeHtml(fetched.bytes, fetched.contentType ?? null).text, fetched.url, todayInTokyo(new Date(at)), library);
    return { check: { expected, requested, finalUrl: fetched.url, outcome: classifyPage(expected, requested, fetched, reading) }, reading, at };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { check: { expected, requested, finalUrl: null, outcome: { kind: 'failed', reason } }, reading: null, at };
  }
}

/**
 * A background that has just started has no refresh under way: a library still marked as refreshing was cut off
 * when the previous background stopped (Chrome ends its service worker, the browser quits). Give each its last
 * check back, or the popup would say 確認中… and keep its button disabled for good. What the cut-off refresh had
 * already reconciled stays: each page is reconciled whole, in one transaction.
 */
export async function endInterruptedRefreshes(db: MirrorDb): Promise<string[]> {
  const interrupted = Object.entries(await readSetting(db, 'refresh')).filter(([, s]) => s.running).map(([id]) => id);
  if (interrupted.length > 0) {
    await updateSetting(db, 'refresh', (all) => Object.fromEntries(Object.entries(all).map(([id, s]) => [id, interrupted.includes(id) ? { ...s, running: false } : s])));
  }
  return interrupted;
}

/** Remember where the patron's holds and loans pages are, from a page that was read as one. */
export async function rememberPage(db: MirrorDb, libraryId: string, page: string, url: string): Promise<void> {
  if (page !== 'holds' && page !== 'loans') return;
  await updateSetting(db, 'pages', (all) => {
    const current = all[libraryId] ?? { holds: null, loans: null };
    return current[page] === url ? all : { ...all, [libraryId]: { ...current, [page]: url } };
  });
}
