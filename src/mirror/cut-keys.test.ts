import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { HoldRecordInput, LoanRecordInput, MirrorChange, SeriesPlan } from '../model';
import { recordTitleKey } from '../model/record-keys';
import { titleAndVolume } from '../opac/families/shared/records';
import { legacySplitVolume } from '../opac/cut-titles';
import { holdingOf } from '../series/records';
import { allEvents, freshDb, hold, loan, snap } from '../../test/helpers/mirror';
import { MirrorDb } from './db';
import { eventsOf } from './changes';
import { reconcile } from './reconcile';

const T0 = Date.UTC(2026, 10, 23, 1);
const T1 = T0 + 3_600_000;
const T2 = T1 + 3_600_000;
const T3 = T2 + 3_600_000;
const CARD = 'hokkaido-pref#unidentified';

/** A title as the vendor families read it now: whole, the designator recognised as its volume. */
const whole = (shown: string) => titleAndVolume(shown);
/** The same title as they read it before (titleAndVolume on splitVolume, schema v1): cut at the designator. */
const cut = (shown: string) => legacySplitVolume(shown);

const HOLDS = ['三体 第2部 黒暗森林', '三体II 黒暗森林 上', '三体II 黒暗森林 下', 'ハリー・ポッターと賢者の石 2巻', 'よつばと! 15', 'よつばと! 15', 'ぐりとぐら'];
const LOANS = ['1Q84 BOOK1〈4月-6月〉', 'ワンピース 巻105'];
const CART = ['キングダム 70'];

const holdsOf = (read: (s: string) => { title: string; volume: string | null }, at: number, titles = HOLDS) =>
  snap('holds', at, {
    holds: titles.map((s, i): HoldRecordInput => hold(s, { ...read(s), ...(i === 0 ? { state: 'ready', stateLabel: '貸出可能', rank: null, pickupDeadline: '2026-11-30' } : {}) })),
  });
const loansOf = (read: (s: string) => { title: string; volume: string | null }, at: number) =>
  snap('loans', at, { loans: LOANS.map((s): LoanRecordInput => loan(s, read(s))) });
const cartOf = (read: (s: string) => { title: string; volume: string | null }, at: number) =>
  snap('cart', at, { cart: CART.map((s) => ({ ...read(s), bibId: null })) });

/** The v1 schema as released (as in migrations.test.ts): what a patron upgrading has on disk. */
const V1_STORES = {
  libraries: 'id', cards: 'id, libraryId', holds: 'key, cardId, libraryId, state, pickupDeadline', loans: 'key, cardId, libraryId, dueDate',
  cart: 'key, libraryId', events: '++id, at, kind, recordKey', reminders: 'id, fireAt, recordKey', series: 'id, libraryId', settings: 'key',
};

/** A mirror written by v1 with the cut titles: its lists, a fired reminder, a series plan; then opened by this version. */
async function upgradedMirror(): Promise<{ db: MirrorDb; before: Record<string, unknown[]> }> {
  const writer = freshDb();
  await reconcile(writer, holdsOf(cut, T0));
  await reconcile(writer, loansOf(cut, T0));
  await reconcile(writer, cartOf(cut, T0));
  const ready = (await writer.holds.where('state').equals('ready').first())!;
  await writer.reminders.put({ id: `${ready.key}|hold_ready|2026-11-23`, recordKey: ready.key, kind: 'hold_ready', fireAt: T0, firedAt: T0, snoozedUntil: null });
  const plan: SeriesPlan = {
    id: 'p1', libraryId: 'hokkaido-pref', cardId: null, work: '三体II 黒暗森林', advanceOn: 'ready', paused: false, createdAt: T0,
    volumes: [{ ...cut('三体II 黒暗森林 上'), bibId: null, status: 'reserved', detailUrl: null }, { ...cut('三体II 黒暗森林 下'), bibId: null, status: 'queued', detailUrl: null }],
  };
  await writer.series.put(plan);
  const before: Record<string, unknown[]> = {};
  for (const table of writer.tables) before[table.name] = await table.toArray();
  writer.close();

  const name = `cut-keys-${Math.random().toString(36).slice(2)}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  // v1 kept one row per event.
  for (const [table, rows] of Object.entries(before)) await v1.table(table).bulkPut(table === 'events' ? eventsOf(rows as MirrorChange[]) : rows);
  v1.close();
  const db = new MirrorDb(name);
  await db.open();
  return { db, before };
}

describe('upgrading a mirror keyed by cut titles', () => {
  it('marks every hold, loan, cart item and series volume keyed before, and changes nothing else', async () => {
    const { db, before } = await upgradedMirror();
    for (const table of ['holds', 'loans', 'cart'] as const) {
      expect(await db[table].toArray(), table).toEqual((before[table] as object[]).map((row) => ({ ...row, keyedByCutTitle: true })));
    }
    const [plan] = await db.series.toArray();
    expect(plan!.volumes.map((v) => v.keyedByCutTitle)).toEqual([true, true]);
    for (const table of ['reminders', 'cards'] as const) expect(await db[table].toArray(), table).toEqual(before[table]);
    expect(await allEvents(db)).toEqual(eventsOf(before.events as MirrorChange[]));
  });

  it('takes the lists read whole as the same records: no event, as many records, the new keys, history kept', async () => {
    const { db, before } = await upgradedMirror();
    const oldHolds = before.holds as Array<{ key: string; firstSeenAt: number; title: string }>;
    expect(oldHolds.map((h) => h.key)).toContain(`${CARD}|三体|第2部|0`);

    expect(await reconcile(db, holdsOf(whole, T1))).toEqual([]);
    expect(await reconcile(db, loansOf(whole, T1))).toEqual([]);
    await reconcile(db, cartOf(whole, T1));

    const holds = await db.holds.orderBy('key').toArray();
    expect(holds).toHaveLength(HOLDS.length);
    expect(holds.map((h) => h.title).sort()).toEqual(HOLDS.map((s) => whole(s).title).sort());
    expect(new Set(holds.map((h) => h.key))).toEqual(new Set([
      `${CARD}|三体第2部黒暗森林|第2部|0`, `${CARD}|三体ii黒暗森林上|ii上|0`, `${CARD}|三体ii黒暗森林下|ii下|0`,
      `${CARD}|ハリー・ポッターと賢者の石2巻|2巻|0`, `${CARD}|よつばと!15|15|0`, `${CARD}|よつばと!15|15|1`, `${CARD}|ぐりとぐら|0`,
    ]));
    expect(holds.every((h) => h.keyedByCutTitle === undefined && h.goneAt === null && h.firstSeenAt === T0)).toBe(true);
    expect(holds.find((h) => h.state === 'ready')!.firstSeenReadyOn).toBe('2026-11-23');

    const loans = await db.loans.toArray();
    expect(loans.map((l) => [l.key, l.firstSeenAt])).toEqual([[`${CARD}|1q84book1〈4月-6月〉|book1|0`, T0], [`${CARD}|ワンピース巻105|巻105|0`, T0]]);
    const cart = await db.cart.toArray();
    expect(cart.map((c) => [c.key, c.addedAt])).toEqual([['hokkaido-pref|キングダム70|70|0', T0]]);

    // The events of the first reading, and the fired reminder, follow the record: it is not told of twice.
    const ready = holds.find((h) => h.state === 'ready')!;
    const events = await allEvents(db);
    expect(events.filter((e) => e.recordKey === `${CARD}|三体|第2部|0`)).toEqual([]);
    expect(events.filter((e) => e.recordKey === ready.key).map((e) => e.kind)).toEqual(['hold_added', 'hold_ready', 'hold_deadline_set']);
    expect(await db.reminders.toArray()).toEqual([{ id: `${ready.key}|hold_ready|2026-11-23`, recordKey: ready.key, kind: 'hold_ready', fireAt: T0, firedAt: T0, snoozedUntil: null }]);

    // The series plan, still written with the cut titles, finds its volumes in the lists read whole.
    const [plan] = await db.series.toArray();
    const known = { holds, loans, cart };
    expect(plan!.volumes.map((v) => holdingOf(v, known))).toEqual(['reserved', 'reserved']);

    // Read again: still nothing to tell.
    expect(await reconcile(db, holdsOf(whole, T2))).toEqual([]);
  });

  it('still tells what did change, and a hold moved to its new key that became a loan is picked up', async () => {
    const { db } = await upgradedMirror();
    const events = await reconcile(db, holdsOf(whole, T1, ['三体 第2部 黒暗森林', '三体II 黒暗森林 上', '新しい本 上']));
    expect(events.map((e) => [e.kind, e.title, e.outcome]).sort()).toEqual([
      ['hold_added', '新しい本 上', null],
      ['hold_gone', 'ぐりとぐら', 'cancelled'],
      ['hold_gone', 'よつばと!', 'cancelled'],
      ['hold_gone', 'よつばと!', 'cancelled'],
      ['hold_gone', 'ハリー・ポッターと賢者の石', 'cancelled'],
      ['hold_gone', '三体II 黒暗森林', 'cancelled'],
    ]);
    // 三体 第2部 黒暗森林, now keyed whole, is borrowed: the loan (read whole) names it, and it is picked up.
    expect(await reconcile(db, snap('loans', T2, { loans: [...LOANS, '三体 第2部 黒暗森林'].map((s) => loan(s, whole(s))) }))).toEqual([
      { kind: 'loan_added', recordKey: `${CARD}|三体第2部黒暗森林|第2部|0`, title: '三体 第2部 黒暗森林', from: null, to: '2026-12-07', outcome: null, at: T2, libraryId: 'hokkaido-pref', cardId: CARD },
    ]);
    const picked = await reconcile(db, holdsOf(whole, T3, ['三体II 黒暗森林 上', '新しい本 上']));
    expect(picked.filter((e) => e.kind === 'hold_gone').map((e) => [e.title, e.outcome])).toEqual([['三体 第2部 黒暗森林', 'picked_up']]);
  });

  it('a hold keyed by its cut title, gone while its loan is read whole, is picked up', async () => {
    const { db } = await upgradedMirror();
    await reconcile(db, snap('loans', T1, { loans: [...LOANS, 'ハリー・ポッターと賢者の石 2巻'].map((s) => loan(s, whole(s))) }));
    const events = await reconcile(db, holdsOf(whole, T2, HOLDS.filter((s) => !s.startsWith('ハリー'))));
    expect(events.map((e) => [e.kind, e.title, e.outcome])).toEqual([['hold_gone', 'ハリー・ポッターと賢者の石', 'picked_up']]);
  });

  it('never takes a record for a row written since the upgrade, nor for a different volume', async () => {
    const { db } = await upgradedMirror();
    // 三体 第2部 黒暗森林 下 cut was 三体 第2部 黒暗森林 + 下: not the row of 三体 + 第2部.
    const events = await reconcile(db, holdsOf(whole, T1, ['三体 第2部 黒暗森林 下', ...HOLDS.slice(1)]));
    const told = [['hold_added', '三体 第2部 黒暗森林 下'], ['hold_ready', '三体 第2部 黒暗森林 下'], ['hold_deadline_set', '三体 第2部 黒暗森林 下']];
    expect(events.map((e) => [e.kind, e.title])).toEqual([...told, ['hold_gone', '三体']]);
    // A fresh mirror has no marked rows: records keyed by their cut titles there are other records.
    const fresh = freshDb();
    await reconcile(fresh, holdsOf(cut, T0, ['三体 第2部 黒暗森林']));
    expect((await reconcile(fresh, holdsOf(whole, T1, ['三体 第2部 黒暗森林']))).map((e) => e.kind)).toEqual(['hold_added', 'hold_ready', 'hold_deadline_set', 'hold_gone']);
    expect(recordTitleKey(whole('三体 第2部 黒暗森林'))).not.toBe(recordTitleKey(cut('三体 第2部 黒暗森林')));
  });
});
