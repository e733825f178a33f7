import { CART_BUTTON, type CartDeps, type PageAccess } from '../features/cart-button/deps';
import type { ActionDeps } from '../features/record-actions/run';
import { RECORD_ACTIONS } from '../features/record-actions/status';
import type { FeatureServices } from '../features/services';
import { send } from '../messaging/send';
import type { Library } from '../model';
import { clock } from '../model/clock';
import { todayInTokyo } from '../model/dates';
import { snapshotOf } from '../mirror/snapshot';
import type { PageReading } from '../opac/types';

// The services the parts' features act through, built in the part that carries them (part-shop, part-act) from what
// the core knows of the page: none of this is in a holds page before a press.

/** What the core hands a part of the page its features act on. */
export interface PageBase {
  doc: Document;
  library: Library;
  /** The card last used at this library, when known. */
  cardId: string | null;
  /** The content script's reader (records as read; the background validates what it is sent). */
  read(url: URL, doc: Document): PageReading;
}

/** A list the library answered with after an act: the mirror takes what it shows (never what was assumed). */
async function mirrorList(base: PageBase, list: PageReading | null, cardId: string | null): Promise<void> {
  const snapshot = list && snapshotOf(list, base.library, cardId, base.doc.URL, clock.now(), todayInTokyo(new Date(clock.now())));
  if (snapshot) await send({ type: 'snapshot', snapshot });
}

/** The library's pages as one feature's requests reach them: through hidden frames it owns, or fetched. */
const pagesFor = (base: PageBase, access: PageAccess, owner: string) => ({ transport: access.frameTransport(base.doc, owner), fetchPage: access.fetchPage });

/** The services of search, detail and cart pages (the cart button, the series): in part-shop. */
export function shopServices(base: PageBase, access: PageAccess): Pick<FeatureServices, 'cart' | 'create' | 'progress' | 'navigate' | 'fetchDoc'> {
  const { library, doc } = base;
  const cart: CartDeps = {
    ...pagesFor(base, access, CART_BUTTON),
    read: base.read,
    claim: (bibId) => send({ type: 'claimCartAdd', libraryId: library.id, bibId }),
    async finish(bibId, _outcome, item, cartPage) {
      await send({ type: 'finishCartAdd', libraryId: library.id, bibId, item: item && { title: item.title, volume: item.volume, bibId } });
      // The library answered with its cart page: that is the whole cart, so the mirror takes it as it is.
      await mirrorList(base, cartPage, null);
    },
  };
  return {
    cart,
    create: async (plan) => (await send({ type: 'createSeries', plan })).plan,
    progress: async (id, bibIds, status) => void (await send({ type: 'seriesProgress', id, bibIds, status })),
    navigate: (url) => doc.defaultView?.location.assign(url),
    fetchDoc: access.fetchPage,
  };
}

/** The library's screens for renewing, cancelling and changing, with the mirror's claims: in part-act. */
export function actionDeps(base: PageBase, access: PageAccess): ActionDeps {
  const { library } = base;
  return {
    ...pagesFor(base, access, RECORD_ACTIONS),
    read: base.read,
    claim: (key) => send({ type: 'claimRecordAction', libraryId: library.id, key }),
    async finish(key, result, list) {
      await send({ type: 'finishRecordAction', libraryId: library.id, key, done: result.kind === 'done' });
      await mirrorList(base, list, base.cardId);
    },
  };
}
