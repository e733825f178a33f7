import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import fixture from '../../test/fixtures/mirror-v1.json';
import { SeriesPlan } from '../model';
import { MirrorDb } from './db';

/** The v1 schema exactly as released; frozen here so the test keeps writing what v1 wrote. */
const V1_STORES = {
  libraries: 'id',
  cards: 'id, libraryId',
  holds: 'key, cardId, libraryId, state, pickupDeadline',
  loans: 'key, cardId, libraryId, dueDate',
  cart: 'key, libraryId',
  events: '++id, at, kind, recordKey',
  reminders: 'id, fireAt, recordKey',
  series: 'id, libraryId',
  settings: 'key',
};

describe('mirror migrations', () => {
  it('the v1 fixture has rows in every table the mirror declares, so no table goes untested', () => {
    expect(Object.keys(fixture.tables).sort()).toEqual(new MirrorDb('tables-only').tables.map((t) => t.name).sort());
    for (const [table, rows] of Object.entries(fixture.tables)) expect(rows.length, table).toBeGreaterThan(0);
  });

  it('opens a database written by v1 under the current version with every row intact', async () => {
    const name = `migration-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    for (const [table, rows] of Object.entries(fixture.tables)) await v1.table(table).bulkPut(rows);
    v1.close();

    const current = new MirrorDb(name);
    await current.open();
    // v2 marks the rows keyed by cut titles (holds, loans, cart items, series volumes); nothing else of a row changes.
    const marked = (row: object) => ({ ...row, keyedByCutTitle: true });
    const v2: Record<string, (row: object) => object> = {
      holds: marked, loans: marked, cart: marked, series: (plan) => ({ ...plan, volumes: (plan as { volumes: object[] }).volumes.map(marked) }),
    };
    for (const [table, rows] of Object.entries(fixture.tables)) {
      if (table === 'events') continue;
      expect(await current.table(table).toArray(), table).toEqual((rows as object[]).map((row) => (v2[table] ?? ((r) => r))(row)));
    }
    // v3 gathers the events into changes, one per time and card, each event as it was but for what its change says.
    const [ready, deadline, loan] = fixture.tables.events.map(({ id, at, libraryId, cardId, ...event }) => event);
    const { at, libraryId, cardId } = fixture.tables.events[0]!;
    expect((await current.events.toArray()).map(({ id, ...change }) => change)).toEqual([
      { at, libraryId, cardId, events: [ready, deadline] },
      { at: at + 3_600_000, libraryId, cardId, events: [loan] },
    ]);
    // The indexes the code queries still answer on migrated rows.
    expect(await current.holds.where('state').equals('ready').count()).toBe(1);
    expect(await current.cards.where('libraryId').equals('hokkaido-pref').count()).toBe(1);
    // Series volumes gained detailUrl without a new version: v1 rows read with it null.
    const [plan] = await current.series.toArray();
    expect(SeriesPlan.parse(plan).volumes.map((v) => v.detailUrl)).toEqual([null, null]);
    current.close();
  });
});
