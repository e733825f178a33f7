import type { MirrorDb } from './db';
import { keyRecords } from '../model/record-keys';
import { cutTitled, type MaybeCut } from '../opac/cut-titles';

/**
 * The rows keyed by a cut title (marked by the schema v2 upgrade) that records of a page are, by the records' new
 * keys: a record whose key the mirror does not know is the marked row its cut title would have been keyed as
 * (numbered among the page's records as keyRecords numbers them), unless another record holds that row by its own key.
 */
export function formerRows<R extends MaybeCut, T extends { key: string; keyedByCutTitle?: true | undefined }>(
  scope: string,
  keyed: ReadonlyArray<{ key: string; record: R }>,
  rows: ReadonlyMap<string, T>,
): Map<string, T> {
  const former = new Map<string, T>();
  // Once every marked row has been read again (or was never there), no title needs splitting the old way.
  if (![...rows.values()].some((row) => row.keyedByCutTitle)) return former;
  const cutKeys = keyRecords(scope, keyed.map(({ record }) => cutTitled(record)));
  const taken = new Set(keyed.filter(({ key }) => rows.has(key)).map(({ key }) => key));
  keyed.forEach(({ key }, i) => {
    const row = rows.get(cutKeys[i]!.key);
    if (rows.has(key) || !row?.keyedByCutTitle || taken.has(row.key)) return;
    taken.add(row.key);
    former.set(key, row);
  });
  return former;
}

/**
 * What points at a moved record follows it: its reminders (their ids carry the record key, and a fired one must stay
 * fired, or the patron is told twice) and its events.
 */
export async function moveRecordKeys(db: MirrorDb, moved: ReadonlyArray<readonly [string, string]>): Promise<void> {
  for (const [from, to] of moved) {
    const reminders = await db.reminders.where('recordKey').equals(from).toArray();
    await db.reminders.bulkDelete(reminders.map((r) => r.id));
    await db.reminders.bulkPut(reminders.map((r) => ({ ...r, id: `${to}${r.id.slice(from.length)}`, recordKey: to })));
  }
  // The history in one pass (a move happens once per record, on the first reading after the v2 upgrade).
  const to = new Map(moved);
  const changes = await db.events.toArray();
  const touched = changes.filter((c) => c.events.some((e) => to.has(e.recordKey)));
  await db.events.bulkPut(touched.map((c) => ({ ...c, events: c.events.map((e) => ({ ...e, recordKey: to.get(e.recordKey) ?? e.recordKey })) })));
}
