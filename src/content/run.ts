import { isOwned, mountFeatures, type FeatureContext } from '../features/feature';
import { attachIntents } from '../features/intents';
import type { FeatureServices } from '../features/services';
import type { Handover } from '../messaging/handover';
import { send } from '../messaging/send';
import type { Library } from '../model';
import { clock } from '../model/clock';
import { todayInTokyo } from '../model/dates';
import { readPageUnchecked, readRecordsUnchecked, withNotesAndCard } from '../opac/read';
import { libraryForUrl } from '../opac/library-url';
import type { PageReading } from '../opac/types';
import { snapshotOf } from '../mirror/snapshot';
import { loadFamilyFor } from './family-registry';
import { pageLoaded } from './idle';
import { shopReadersWanted } from './kind-readers';
import { mark } from './marks';
import { CORE_FEATURES, SHOP_PAGES } from './page-features';
import type { ActPart } from './act';
import type { PageBase } from './page-deps';
import { loadPart } from './parts';
import type { ShopPart } from './shop';

/** The services the core's features use; part-shop adds its own (./page-deps.ts). */
type CoreServices = Pick<FeatureServices, 'actionScreens' | 'queuedActions' | 'cardName' | 'cardId' | 'plans'>;

/**
 * The services before the background has answered: none. The features that paint from the page alone need none (their
 * `needs` are empty); one that reached for a service would throw, and be taken off the page and reported.
 */
const NO_SERVICES = Object.freeze({}) as FeatureServices;

/** How long the page must be still after its own scripts change it before Uketori reads it again. */
const SETTLE_MS = 150;

/**
 * Everything the content script does on an OPAC page: find which library this is, read the page, paint what the page
 * itself shows, then send what it says to the mirror (under the card the page shows as logged in) and add what only
 * the mirror knows, and read the page again when its own scripts change it. Any failure is logged quietly; the page
 * stays as the library served it.
 */
export async function runOnPage(doc: Document, href: string, signal: AbortSignal, clockReady: Promise<void>, handover: Handover | undefined): Promise<void> {
  try {
    const url = new URL(href);
    // Which library and which features the patron switched off: handed over by the background with the script (no
    // round trip before the page is read); and its family's reader: the file injected after this one; for a library
    // whose row names no family, the one the page's URL shows, injected now.
    const library = handover ? libraryForUrl(url, handover.libraries) : null;
    const switches = handover?.switches ?? {};
    // The background injects the script once the page has loaded, or once it has been loading a while; then it waits
    // for the next task, where the files injected after this one have run, or for a page still loading, its parse, a
    // moment for its load and the frame after it (src/content/idle.ts).
    await pageLoaded(doc);
    // `npm run bench` measures from here, the page there to read, to the badges; and reports the times to
    // uketori:library and uketori:read apart: knowing the library, reading the page.
    mark('start');
    if (!library || signal.aborted) return;
    await Promise.all([clockReady, loadFamilyFor(url, library)]);
    if (signal.aborted) return;
    mark('library');
    const today = todayInTokyo(new Date(clock.now()));
    // Records as read, not through their schemas: the background validates the snapshot (no validator in the page).
    const read = (at: URL, page: Document) => readPageUnchecked(at, page, { today }, [library]);
    // This page's records first (what the first paint needs). A search, detail or cart page is read by readers that
    // come with part-shop: loaded then, and the page read again.
    const readRecords = () => readRecordsUnchecked(url, doc, { today }, [library]);
    const readHere = async () => {
      const first = readRecords();
      if (!shopReadersWanted()) return first;
      await loadPart('part-shop');
      return readRecords();
    };
    // The features that wait for the mirror get the card last used here and this tab's intents (automation asked of
    // the tab's next pages, kept by the background in storage.session by tab, never in the page's storage): asked
    // now, awaited only after the first paint.
    const servicesReady = (async () => {
      const [{ cardId }, intents] = await Promise.all([
        send({ type: 'identify', url: href }),
        send({ type: 'intents', libraryId: library.id }).catch(() => ({})),
      ]);
      attachIntents(doc, intents, async (key, value) => void (await send({ type: 'setIntent', libraryId: library.id, key, value })));
      const base: PageBase = { doc, library, cardId, read };
      const services: CoreServices = {
        actionScreens: async () => (await loadPart<ActPart>('part-act')).screens(base),
        queuedActions: () => send({ type: 'takeRecordActions', libraryId: library.id }),
        cardName: async () => (cardId ? (await send({ type: 'cardName', cardId })).name : null),
        cardId,
        plans: (libraryId) => send({ type: 'seriesPlans', libraryId }),
      };
      return { base, services };
    })();
    const enabled = (id: string) => switches[id] !== false;
    const report = (id: string, error: unknown) => quiet(`${id}: ${error instanceof Error ? error.message : String(error)}`);

    // The page sees nothing of Uketori but its UI hosts. Only the e2e build tells its tests, on <html>, the page kind,
    // whether the snapshot went, and the features on the page (shipped builds carry none of it: manifest.test.ts).
    const visit = async (records: PageReading) => {
      if (import.meta.env.MODE === 'e2e') doc.documentElement.dataset.uketoriPage = records.page;
      // What the page itself shows is painted in the task that read it, before any message to the background.
      const ctx: FeatureContext = { doc, url, library, reading: records, today, signal, known: null };
      const painted = await mountFeatures(CORE_FEATURES, ctx, NO_SERVICES, enabled, report);
      // `npm run bench` measures from uketori:start (the page loaded) to here.
      mark('badges');
      // Then what only the mirror knows: its records from before this page, then the page's snapshot (with the
      // library's words beside holds and the card the page shows, read now that the page's own badges are on it).
      const reading = withNotesAndCard(records, doc);
      const { base, services } = await servicesReady;
      const known = await send({ type: 'libraryRecords', libraryId: library.id });
      // Whose records these are: only the card the page shows as logged in, never one typed into a form.
      const shown = reading.shownCard ? (await send({ type: 'cardSeen', libraryId: library.id, cardNumber: reading.shownCard })).cardId : null;
      const snapshot = snapshotOf(reading, library, shown, href, clock.now(), today);
      // Its reply brings the deadlines of the page's ready holds, estimated in the background with this page in the mirror.
      const taken = snapshot ? await send({ type: 'snapshot', snapshot }) : null;
      if (import.meta.env.MODE === 'e2e') doc.documentElement.dataset.uketoriSynced = snapshot ? 'yes' : 'no';
      const mirrored = { ...ctx, reading, known: { ...known, deadlines: taken?.deadlines ?? [] } };
      const mounted = await mountFeatures(CORE_FEATURES, mirrored, services, enabled, report, painted);
      const shop = await shopPart(reading, services, library, enabled);
      if (shop) mounted.push(...(await mountFeatures(shop.features, mirrored, { ...services, ...shop.services(base) }, enabled, report)));
      if (import.meta.env.MODE === 'e2e') doc.documentElement.dataset.uketoriFeatures = mounted.join(' ');
      mark('mirrored');
    };

    let reading = await readHere();
    mark('read');
    await visit(reading);
    watchChanges(doc, signal, async () => {
      const again = await readHere();
      if (sameRecords(again, reading)) return;
      reading = again;
      await visit(again);
    });
  } catch (error) {
    quiet(error);
  }
}

/**
 * Part-shop when this page has any of its features to show: on search, detail and cart pages always; on holds and
 * loans pages only the series' offer of a next volume, so only when a plan has one due.
 */
async function shopPart(reading: PageReading, services: CoreServices, library: Library, enabled: (id: string) => boolean): Promise<ShopPart | null> {
  const lists = reading.page === 'holds' || reading.page === 'loans';
  const wanted = SHOP_PAGES.includes(reading.page) || (lists && enabled('series') && (await services.plans(library.id)).some((p) => p.step.kind === 'reserve'));
  return wanted ? loadPart<ShopPart>('part-shop') : null;
}

/** Call `onChange` once the page's own scripts have changed it and it has been still for a moment; our nodes don't count. */
function watchChanges(doc: Document, signal: AbortSignal, onChange: () => Promise<void>): void {
  const root = doc.body;
  if (!root) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ours = (node: Node) => node instanceof Element && isOwned(node);
  const observer = new MutationObserver((mutations) => {
    const theirs = mutations.some((m) => ![...m.addedNodes, ...m.removedNodes].every(ours) && !ours(m.target));
    if (!theirs) return;
    clearTimeout(timer);
    timer = setTimeout(() => void onChange().catch(quiet), SETTLE_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  }, { once: true });
}

function sameRecords(a: PageReading, b: PageReading): boolean {
  const records = (r: PageReading) => JSON.stringify([r.page, r.holds, r.loans, r.items, r.cart]);
  return records(a) === records(b);
}

function quiet(error: unknown): void {
  console.info('[Uketori]', error instanceof Error ? error.message : error);
}
