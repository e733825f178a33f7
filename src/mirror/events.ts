import type { MirrorDb } from './db';

/**
 * The events table is a history of what changed, for export and diagnosis: nothing shown depends on an old event
 * (reminders and the badge read holds and loans; a reconcile hands its fresh events straight on). It keeps the
 * last 90 days, and never more than the newest 5,000 events, so a long-kept mirror does not grow without end.
 */
export const KEEP_EVENTS_MS = 90 * 24 * 3600_000;
export const MAX_EVENTS = 5_000;

/** Remove events older than `now` − 90 days and beyond the newest 5,000, in bulk and in one transaction. */
export async function pruneEvents(db: MirrorDb, now: number): Promise<number> {
  return db.transaction('rw', db.events, async () => {
    const old = await db.events.where('at').below(now - KEEP_EVENTS_MS).delete();
    const extra = (await db.events.count()) - MAX_EVENTS;
    if (extra <= 0) return old;
    const oldest = await db.events.orderBy(':id').limit(extra).primaryKeys();
    await db.events.bulkDelete(oldest);
    return old + oldest.length;
  });
}
