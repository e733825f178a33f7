import type { MirrorDb } from './db';

/** A claim older than this is from a tab that went away mid-action; the action may be asked for again. */
export const ACTION_CLAIM_TTL_MS = 60_000;
/** An action done is not asked of the library again for this long (a stale tab, a second click after a restart). */
export const ACTION_DONE_TTL_MS = 24 * 60 * 60_000;

const claimKey = (libraryId: string, key: string) => `actionClaim|${libraryId}|${key}`;
const doneKey = (libraryId: string, key: string) => `actionDone|${libraryId}|${key}`;

const fresh = (value: unknown, now: number, ttl: number) => typeof value === 'number' && now - value < ttl;

/**
 * Claim asking a library for one renewal, cancellation or change of pickup place (key: action and record). Atomic
 * across tabs (one Dexie transaction) and kept in the mirror, so two clicks, two tabs or a restarted background
 * never press the library's confirmation twice; refused (done) when Uketori already did it.
 */
export async function claimRecordAction(db: MirrorDb, libraryId: string, key: string, now: number): Promise<{ claimed: boolean; done: boolean }> {
  return db.transaction('rw', db.settings, async () => {
    if (fresh((await db.settings.get(doneKey(libraryId, key)))?.value, now, ACTION_DONE_TTL_MS)) return { claimed: false, done: true };
    if (fresh((await db.settings.get(claimKey(libraryId, key)))?.value, now, ACTION_CLAIM_TTL_MS)) return { claimed: false, done: false };
    await db.settings.put({ key: claimKey(libraryId, key), value: now });
    return { claimed: true, done: false };
  });
}

/** Release a claim; a done action is remembered so that it is not asked for again. */
export async function finishRecordAction(db: MirrorDb, libraryId: string, key: string, done: boolean, now: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.delete(claimKey(libraryId, key));
    if (done) await db.settings.put({ key: doneKey(libraryId, key), value: now });
  });
}

/** An action the popup asked for, to be done on the library's own list when a tab of it opens. */
export interface QueuedAction {
  action: 'renew' | 'cancel';
  title: string;
  volume: string | null;
  at: number;
}

/** Queued actions wait this long for the library's list to open (a login on the way included). */
export const QUEUED_TTL_MS = 10 * 60_000;

const queueKey = (libraryId: string) => `actionQueue|${libraryId}`;

/** Queue actions for a library's list page; the popup confirmed any 取消 in Uketori's words before. */
export async function queueRecordActions(db: MirrorDb, libraryId: string, actions: ReadonlyArray<Omit<QueuedAction, 'at'>>, now: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const kept = ((await db.settings.get(queueKey(libraryId)))?.value as QueuedAction[] | undefined ?? []).filter((q) => now - q.at < QUEUED_TTL_MS);
    await db.settings.put({ key: queueKey(libraryId), value: [...kept, ...actions.map((a) => ({ ...a, at: now }))] });
  });
}

/** Take (and remove) the fresh queued actions of a library: each is handed out once. */
export async function takeRecordActions(db: MirrorDb, libraryId: string, now: number): Promise<QueuedAction[]> {
  return db.transaction('rw', db.settings, async () => {
    const queued = ((await db.settings.get(queueKey(libraryId)))?.value as QueuedAction[] | undefined) ?? [];
    await db.settings.delete(queueKey(libraryId));
    return queued.filter((q) => now - q.at < QUEUED_TTL_MS);
  });
}
