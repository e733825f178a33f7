import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDb, fullFor, hold, quota, snap } from '../../test/helpers/mirror';
import { reconcile } from './reconcile';
import { writeSetting } from './settings';
import { isQuotaError, watchWrites, whatOfTables, type SpaceWhat } from './storage-space';

function watched() {
  const db = freshDb();
  const refused: SpaceWhat[][] = [];
  let saved = 0;
  watchWrites(db, { refused: (what) => refused.push(what), saved: () => (saved += 1) });
  return { db, refused, saved: () => saved };
}

afterEach(() => vi.restoreAllMocks());

describe('a write refused for lack of space', () => {
  it('leaves nothing half written: a holds page whose events cannot be stored changes no hold and no card', async () => {
    const { db, refused } = watched();
    await reconcile(db, snap('holds', 1, { holds: [hold('A')] }));
    const before = { holds: await db.holds.toArray(), cards: await db.cards.toArray() };
    fullFor(['events']);
    await expect(reconcile(db, snap('holds', 2, { holds: [hold('A', { state: 'ready', rank: null })] }))).rejects.toSatisfy(isQuotaError);
    expect(await db.holds.toArray()).toEqual(before.holds);
    expect(await db.cards.toArray()).toEqual(before.cards);
    expect(await db.events.count()).toBe(1);
    expect(refused).toEqual([['records']]);
  });

  it('is seen at commit too, as Chrome refuses: the transaction aborted with QuotaExceededError after its writes', async () => {
    const { db, refused, saved } = watched();
    const written = db.transaction('rw', db.series, db.reminders, async () => {
      await db.reminders.put({ id: 'r1', recordKey: 'k', kind: 'hold_ready', fireAt: 1, firedAt: null } as never);
      // The browser aborts the transaction as it commits (what fake-indexeddb, without a quota, never does itself).
      (Dexie.currentTransaction!.idbtrans as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
    });
    await expect(written).rejects.toSatisfy(isQuotaError);
    expect(await db.reminders.count()).toBe(0);
    expect(refused).toEqual([['series', 'reminders']]);
    expect(saved()).toBe(0);
  });

  it('is reported for the store that refused it, and a later kept write is reported too', async () => {
    const { db, refused, saved } = watched();
    fullFor(['settings']);
    await expect(writeSetting(db, 'features', { markers: false })).rejects.toSatisfy(isQuotaError);
    expect(refused).toEqual([['settings']]);
    const keptBefore = saved();
    vi.restoreAllMocks();
    await writeSetting(db, 'features', { markers: false });
    expect(saved()).toBe(keptBefore + 1);
    expect(await db.settings.get('features')).toMatchObject({ value: { markers: false } });
  });

  it('is not confused with other failures, and a read is no kept write', async () => {
    const { db, refused, saved } = watched();
    await expect(reconcile(db, { ...snap('holds', 1), libraryId: '' })).rejects.toThrow(/invalid snapshot/);
    await db.transaction('rw', db.holds, () => db.holds.toArray());
    expect(refused).toEqual([]);
    expect(saved()).toBe(0);
  });

  it('is recognised however it is worded', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota() })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: { 3: quota() } })).toBe(true);
    expect(isQuotaError(new Error('Failed to fetch'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(whatOfTables(['holds', 'events', 'reminders'])).toEqual(['records', 'reminders']);
  });
});
