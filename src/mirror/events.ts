import type { MirrorChange } from '../model';
import type { MirrorDb } from './db';

/**
 * The events table is a history of what changed, for export and diagnosis: nothing shown depends on an old event
 * (reminders and the badge read holds and loans; a reconcile hands its fresh events straight on). Each row is one
 * reconcile's events (a MirrorChange). It keeps the last 90 days, and never more than the newest 5,000 events, so a
 * long-kept mirror does not grow without end.
 */
export const KEEP_EVENTS_MS = 90 * 24 * 3600_000;
export const MAX_EVENTS = 5_000;

/**
 * Remove events older than `now` − 90 days and beyond the newest 5,000 (the change that straddles the cap keeps its
 * newest events), in one transaction; how many events went.
 */
export async function pruneEvents(db: MirrorDb, now: number): Promise<number> {
  return db.transaction('rw', db.events, async () => {
    const old = await db.events.where('at').below(now - KEEP_EVENTS_MS).toArray();
    await db.events.bulkDelete(old.map((c) => c.id!));
    let removed = old.reduce((n, c) => n + c.events.length, 0);
    // Newest first, up to the change the cap falls in.
    let kept = 0;
    let straddling: MirrorChange | undefined;
    await db.events.orderBy(':id').reverse().until(() => straddling !== undefined).each((change) => {
      if (kept + change.events.length > MAX_EVENTS) straddling = change;
      else kept += change.events.length;
    });
    if (!straddling) return removed;
    const older = await db.events.where(':id').below(straddling.id!).toArray();
    await db.events.bulkDelete(older.map((c) => c.id!));
    removed += older.reduce((n, c) => n + c.events.length, 0);
    const room = MAX_EVENTS - kept;
    removed += straddling.events.length - room;
    if (room === 0) await db.events.delete(straddling.id!);
    else await db.events.put({ ...straddling, events: straddling.events.slice(-room) });
    return removed;
  });
}
