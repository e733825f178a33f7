import type { HoldRecordInput, LoanRecordInput, SnapshotInput } from '../../src/model';
import { MirrorDb } from '../../src/mirror/db';

let n = 0;
/** A fresh, empty mirror on fake-indexeddb for each test. */
export function freshDb(): MirrorDb {
  n += 1;
  return new MirrorDb(`test-${n}-${Math.random().toString(36).slice(2)}`);
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
