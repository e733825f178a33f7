import type { Handlers } from '../messaging/channel';
import { libraryForAddedUrl } from '../libraries/add';
import type { MirrorDb } from '../mirror/db';
import { noteCard } from '../mirror/cards';
import { claimCartAdd, finishCartAdd } from '../mirror/cart-claims';
import { claimRecordAction, finishRecordAction, queueRecordActions, takeRecordActions } from '../mirror/action-claims';
import { pageDeadlines } from '../mirror/queries';
import { reconcileOnCard } from '../mirror/reconcile';
import { libraryForUrl } from '../opac/registry';
import { dataHandlers } from './data-handlers';
import { intentHandlers } from './intent-handlers';
import type { BackgroundEdges } from './edges';
import { rememberPage } from './refresh';
import { seriesHandlers } from './series-handlers';
import { partFile } from '../messaging/parts';

export function backgroundHandlers(db: MirrorDb, edges: BackgroundEdges): Handlers {
  return {
    async snapshot({ snapshot }) {
      const library = await db.libraries.get(snapshot.libraryId);
      if (!library) throw new Error(`unknown library: ${snapshot.libraryId}`);
      const { events, cardId } = await reconcileOnCard(db, snapshot, edges.now());
      await rememberPage(db, snapshot.libraryId, snapshot.page, snapshot.url);
      // The page's ready holds get their deadlines from the mirror as it is now, with this page in it: estimates
      // (holiday tables and hold rules) stay out of the content script.
      const deadlines = await pageDeadlines(db, cardId, snapshot.holds, library, snapshot.today);
      // Then reminders, series and the toolbar badge follow the mirror, without holding up the answer: the page waits
      // for its deadlines, not for notifications (a first visit to a long list has many holds just ready).
      void edges.changed(events);
      return deadlines.length > 0 ? { events: events.length, deadlines } : { events: events.length };
    },
    async cardSeen({ libraryId, cardNumber }) {
      if (!(await db.libraries.get(libraryId))) throw new Error(`unknown library: ${libraryId}`);
      const card = await noteCard(db, libraryId, cardNumber, edges.now());
      return { cardId: card.id, last4: card.last4 };
    },
    async identify({ url }) {
      const library = libraryForUrl(new URL(url), await db.libraries.toArray());
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
    async loadPart({ name }, { tabId, frameId }) {
      if (tabId === undefined) throw new Error('a part goes only beside a content script in a tab');
      await edges.inject(tabId, frameId ?? 0, partFile(name));
      return {};
    },
    async claimCartAdd({ libraryId, bibId }) {
      return claimCartAdd(db, libraryId, bibId, edges.now());
    },
    async claimRecordAction({ libraryId, key }) {
      return claimRecordAction(db, libraryId, key, edges.now());
    },
    async finishRecordAction({ libraryId, key, done }) {
      await finishRecordAction(db, libraryId, key, done, edges.now());
      return {};
    },
    async queueRecordActions({ libraryId, actions }) {
      await queueRecordActions(db, libraryId, actions, edges.now());
      return {};
    },
    async takeRecordActions({ libraryId }) {
      return (await takeRecordActions(db, libraryId, edges.now())).map(({ action, title, volume }) => ({ action, title, volume }));
    },
    async cardName({ cardId }) {
      const card = await db.cards.get(cardId);
      // A card learned from a page that shows no number has no digits to show: unnamed, said as such by the page.
      return { name: card ? (card.label ?? (card.last4 ? `…${card.last4}` : null)) : null };
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
      return { library };
    },
    ...intentHandlers(edges),
    ...dataHandlers(db, edges),
    ...seriesHandlers(db, edges),
  };
}
