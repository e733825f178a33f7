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
 * Remove events older than `now` − 90 days and beyond the newest 5,000 (the change the cap falls in keeps its newest
 * events), in one transaction; how many events went.
 */
export async function pruneEvents(db: MirrorDb, now: number): Promise<number> {
  return db.transaction('rw', db.events, async () => {
    const old = await db.events.where('at').below(now - KEEP_EVENTS_MS).toArray();
    await db.events.bulkDelete(old.map((c) => c.id!));
    let removed = old.reduce((n, c) => n + c.events.length, 0);
    // Newest first, each change keeps what still fits under the cap.
    let room = MAX_EVENTS;
    const gone: number[] = [];
    const trimmed: MirrorChange[] = [];
    await db.events.orderBy(':id').reverse().each((change) => {
      const keep = Math.min(room, change.events.length);
      room -= keep;
      removed += change.events.length - keep;
      if (keep === 0) gone.push(change.id!);
      else if (keep < change.events.length) trimmed.push({ ...change, events: change.events.slice(-keep) });
    });
    await db.events.bulkDelete(gone);
    await db.events.bulkPut(trimmed);
    return removed;
  });
}
