import type Dexie from 'dexie';
import { z } from 'zod';

/**
 * When the browser refuses a write for lack of space (IndexedDB's QuotaExceededError, storage's quota), the patron
 * is told what was not saved, in the popup and the options page, until a later write of the same store succeeds.
 * Every write to the mirror is one transaction, so a refused one leaves the mirror exactly as it was.
 */

/** What the patron is told was not saved: the lists read from the library, reminders, series plans, settings and
 *  libraries, or a step in progress in a tab (intents, in the extension's session storage). */
export const SpaceWhat = z.enum(['records', 'reminders', 'series', 'settings', 'intents']);
export type SpaceWhat = z.infer<typeof SpaceWhat>;

/** The notice as kept in the extension's session storage (not the mirror: the mirror is what is full). */
export const STORAGE_FULL_KEY = 'storageFull';
export const StorageFull = z.object({ what: z.array(SpaceWhat).min(1), at: z.number() });
export type StorageFull = z.infer<typeof StorageFull>;

const TABLE_WHAT: Record<string, SpaceWhat> = {
  holds: 'records', loans: 'records', cart: 'records', cards: 'records', events: 'records',
  reminders: 'reminders', series: 'series', settings: 'settings', libraries: 'settings',
};

/** What a refused write to these mirror tables failed to save. */
export function whatOfTables(tables: readonly string[]): SpaceWhat[] {
  return [...new Set(tables.map((t) => TABLE_WHAT[t] ?? 'settings'))];
}

/** A refusal for lack of space, however the browser or Dexie words it (also inside a Dexie or bulk error). */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as { name?: unknown; message?: unknown; inner?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (typeof e.message === 'string' && /quota/i.test(e.message)) return true;
  if (isQuotaError(e.inner, depth + 1)) return true;
  const failures = e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}

/** Told of every write to the mirror that the browser refused for lack of space, and of every one it kept. */
export interface WriteWatch {
  refused(what: SpaceWhat[]): void;
  saved(): void;
}

type Core = Parameters<Parameters<Dexie['use']>[0]['create']>[0];

/**
 * Watch the mirror's writes below Dexie (one place for every table and every caller): a refusal is seen on the
 * request (Firefox) or at commit, when the browser aborts the transaction with QuotaExceededError (Chrome); a
 * read-write transaction that wrote and committed is a write kept.
 */
export function watchWrites(db: Dexie, watch: WriteWatch): void {
  db.use({
    stack: 'dbcore',
    name: 'storage-space',
    create(down: Core): Core {
      const wrote = new WeakSet<object>();
      const refusedBy = (tables: readonly string[], error: unknown) => {
        if (isQuotaError(error)) watch.refused(whatOfTables(tables));
      };
      return {
        ...down,
        transaction(stores, mode, options) {
          const tx = down.transaction(stores, mode, options);
          if (mode === 'readwrite') {
            const idb = tx as unknown as IDBTransaction;
            idb.addEventListener('complete', () => wrote.has(tx) && watch.saved());
            idb.addEventListener('abort', () => refusedBy(stores, idb.error));
          }
          return tx;
        },
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => table.mutate(request).then(
              (result) => {
                if (result.numFailures > 0) refusedBy([name], { failures: result.failures });
                else wrote.add(request.trans);
                return result;
              },
              (error: unknown) => {
                refusedBy([name], error);
                throw error;
              },
            ),
          };
        },
      };
    },
  });
}
