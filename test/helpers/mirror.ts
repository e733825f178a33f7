import type { HoldRecordInput, LoanRecordInput, SnapshotInput } from '../../src/model';
import { IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { vi } from 'vitest';
import { MirrorDb } from '../../src/mirror/db';
import { eventsOf } from '../../src/mirror/changes';

let n = 0;
/** A fresh, empty mirror on fake-indexeddb for each test. */
export function freshDb(): MirrorDb {
  n += 1;
  return new MirrorDb(`test-${n}-${Math.random().toString(36).slice(2)}`);
}

/** Every event of the mirror's history, one by one, oldest change first. */
export async function allEvents(db: MirrorDb) {
  return eventsOf(await db.events.orderBy(':id').toArray());
}

export function hold(title: string, extra: Partial<HoldRecordInput> = {}): HoldRecordInput {
  return { title, volume: null, state: 'waiting', stateLabel: '予約中', rank: 2, pickupLocation: '中央図書館', reservedOn: '2026-11-01', pickupDeadline: null, ...extra };
}

export function loan(title: string, extra: Partial<LoanRecordInput> = {}): LoanRecordInput {
  return { title, volume: null, dueDate: '2026-12-07', renewable: true, renewBlockedReason: null, ...extra };
}

export function snap(page: SnapshotInput['page'], takenAt: number, records: Partial<SnapshotInput> = {}): SnapshotInput {
  return { libraryId: 'hokkaido-pref', cardId: null, page, url: 'https://opac.example.jp/holds', takenAt, today: '2026-11-23', ...records };
}

export const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** The browser out of space for writes to these stores (fake-indexeddb has no quota: its writes are made to fail;
 *  vi.restoreAllMocks() gives the space back). */
export function fullFor(stores: string[]) {
  for (const method of ['put', 'add'] as const) {
    const original = FDBObjectStore.prototype[method];
    vi.spyOn(FDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
      if (stores.includes(this.name)) throw quota();
      return original.apply(this, args);
    });
  }
}

