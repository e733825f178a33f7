import type { Handlers } from '../messaging/channel';
import type { MirrorEvent } from '../model';
import type { MirrorDb } from '../mirror/db';
import { noteCard } from '../mirror/cards';
import { claimCartAdd, finishCartAdd } from '../mirror/cart-claims';
import { reconcile } from '../mirror/reconcile';
import { dataHandlers } from './data-handlers';
import { libraryForAddedUrl, libraryOfPage } from './libraries';
import { rememberPage, type RefreshEdges } from './refresh';
import { seriesHandlers } from './series-handlers';

/** What the handlers need from the browser, so they can be tested with fakes. */
export interface BackgroundEdges {
  now(): number;
  hasOrigin(origin: string): Promise<boolean>;
  /** The mirror changed in a way the badge, reminders (`events` tell which holds just became ready) or the
   *  content-script registrations may depend on. */
  changed(what: 'records' | 'libraries', events?: readonly MirrorEvent[]): Promise<void>;
  refresh: RefreshEdges;
}

export function backgroundHandlers(db: MirrorDb, edges: BackgroundEdges): Handlers {
  return {
    async snapshot({ snapshot }) {
      const known = await db.libraries.get(snapshot.libraryId);
      if (!known) throw new Error(`unknown library: ${snapshot.libraryId}`);
      const events = await reconcile(db, snapshot);
      await rememberPage(db, snapshot.libraryId, snapshot.page, snapshot.url);
      await edges.changed('records', events);
      return { events: events.length };
    },
    async cardSeen({ libraryId, cardNumber }) {
      if (!(await db.libraries.get(libraryId))) throw new Error(`unknown library: ${libraryId}`);
      const card = await noteCard(db, libraryId, cardNumber, edges.now());
      return { cardId: card.id, last4: card.last4 };
    },
    async identify({ url }) {
      const library = libraryOfPage(new URL(url), await db.libraries.toArray());
      if (!library) return { library: null, cardId: null };
      const cards = await db.cards.where('libraryId').equals(library.id).sortBy('lastSeenAt');
      return { library, cardId: cards.at(-1)?.id ?? null };
    },
    async libraryRecords({ libraryId }) {
      const hidden = new Set((await db.cards.where('libraryId').equals(libraryId).filter((c) => c.hidden).toArray()).map((c) => c.id));
      const [holds, loans, cart] = await Promise.all([
        db.holds.where('libraryId').equals(libraryId).filter((h) => h.goneAt === null && !hidden.has(h.cardId)).toArray(),
        db.loans.where('libraryId').equals(libraryId).filter((l) => !hidden.has(l.cardId)).toArray(),
        db.cart.where('libraryId').equals(libraryId).toArray(),
      ]);
      return { holds, loans, cart };
    },
    async claimCartAdd({ libraryId, bibId }) {
      return claimCartAdd(db, libraryId, bibId, edges.now());
    },
    async finishCartAdd({ libraryId, bibId, item }) {
      await finishCartAdd(db, libraryId, bibId, item, edges.now());
      return {};
    },
    async addLibrary({ url, libraryId, name }) {
      const page = new URL(url);
      if (!/^https?:$/.test(page.protocol)) throw new Error(`not a web address: ${url}`);
      if (!(await edges.hasOrigin(page.origin))) throw new Error(`access to ${page.origin} was not granted`);
      const library = libraryForAddedUrl(page, libraryId, await db.libraries.toArray(), name);
      await db.libraries.put(library);
      await edges.changed('libraries');
      return { library };
    },
    ...dataHandlers(db, edges),
    ...seriesHandlers(db, edges),
  };
}
