import Dexie, { type Table } from 'dexie';
import type { Card, CartItem, Hold, Library, Loan, MirrorChange, MirrorEvent, Reminder, SeriesPlan, Setting } from '../model';
import { changesOf } from './changes';

export const DB_NAME = 'uketori';

/**
 * The local mirror of the patron's libraries, cards, holds and loans. It lives in the extension origin only
 * (background, popup, options); content scripts reach it through messages.
 *
 * Migration policy (see MIGRATIONS.md): every released schema stays declared here as `version(n)`; a change adds
 * `version(n + 1)` with the new stores and, when existing rows must change shape, an `.upgrade()` that rewrites them.
 * Versions are never edited or removed once released, and every migration is tested against the v1 fixture.
 */
export class MirrorDb extends Dexie {
  libraries!: Table<Library, string>;
  cards!: Table<Card, string>;
  holds!: Table<Hold, string>;
  loans!: Table<Loan, string>;
  cart!: Table<CartItem, string>;
  /** The history: one row per reconcile, its events inside (src/mirror/events.ts). */
  events!: Table<MirrorChange, number>;
  reminders!: Table<Reminder, string>;
  series!: Table<SeriesPlan, string>;
  settings!: Table<Setting, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      libraries: 'id',
      cards: 'id, libraryId',
      holds: 'key, cardId, libraryId, state, pickupDeadline',
      loans: 'key, cardId, libraryId, dueDate',
      cart: 'key, libraryId',
      events: '++id, at, kind, recordKey',
      reminders: 'id, fireAt, recordKey',
      series: 'id, libraryId',
      settings: 'key',
    });
    // v2: the vendor families read titles whole (三体 第2部 黒暗森林, no longer 三体 + 第2部), which changes the keys of
    // their records. Every row keyed before is marked, so that reconcile takes the record read whole as the same one
    // and moves it to its new key without an event (src/opac/cut-titles.ts). The stores are unchanged.
    this.version(2).stores({}).upgrade(async (tx) => {
      const mark = (row: { keyedByCutTitle?: true }) => {
        row.keyedByCutTitle = true;
      };
      for (const table of ['holds', 'loans', 'cart']) await tx.table(table).toCollection().modify(mark);
      await tx.table('series').toCollection().modify((plan: { volumes?: Array<{ keyedByCutTitle?: true }> }) => {
        plan.volumes?.forEach(mark);
      });
    });
    // v3: one row per reconcile, holding its events, instead of one row per event: a first visit to a page of 1,000
    // holds wrote 1,000 event rows, which cost the database about what the 1,000 holds did. The rows are gathered into
    // changes (events of one time and card); nothing queries events by kind or record any more.
    this.version(3).stores({ events: '++id, at' }).upgrade(async (tx) => {
      const events = tx.table('events');
      const rows: MirrorEvent[] = await events.orderBy(':id').toArray();
      await events.clear();
      await events.bulkAdd(changesOf(rows));
    });
  }
}

let shared: MirrorDb | undefined;

/** The one database of this extension context, opened on first use. */
export function mirrorDb(): MirrorDb {
  shared ??= new MirrorDb();
  return shared;
}
