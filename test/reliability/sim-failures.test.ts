// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rememberPage } from '../../src/background/refresh';
import { refreshLibraries } from '../helpers/background-edges';
import { addToCart } from '../../src/features/cart-button/add';
import { claimCartAdd } from '../../src/mirror/cart-claims';
import { MirrorDb } from '../../src/mirror/db';
import { freshDb } from '../helpers/mirror';
import type { Library } from '../../src/model';
import { readPage } from '../../src/opac/read-page';
import { control, type Page, type SimBrowser } from '../sim/browser';
import { DEMO_PAGES } from '../sim/demo-world';
import { startSim } from '../sim/start-sim';
import { loadPage, loggedInSim, simCartDeps, simLibrary } from '../helpers/sim-session';

const ID = 'hokkaido-pref';
const CARD = '0123456';
const PASSWORD = 'hokkaido';
const TODAY = '2026-11-23';
const FAULTS = ['500', 'timeout', 'maintenance', 'expire-session'] as const;

let sim: Awaited<ReturnType<typeof startSim>>;
let origin: string;
let library: Library;

beforeAll(async () => {
  sim = await startSim({ libraries: [ID], today: TODAY });
  origin = sim.origins[ID]!;
  library = simLibrary(origin, ID);
});
afterAll(() => sim.close());
beforeEach(() => control(origin, 'reset', {}));

/** Refresh through the patron's simulated session, reading pages with the real reader. */
function refreshEdges(browser: SimBrowser) {
  return {
    now: () => Date.parse(`${TODAY}T10:00:00+09:00`),
    version: 'test',
    async fetchPage(url: string) {
      const page = await browser.get(url);
      return { url: page.url, status: page.status, bytes: new TextEncoder().encode(page.html) };
    },
    readHtml: async (html: string, url: string, today: string, lib: Library) =>
      readPage(new URL(url), loadPage({ url, html } as Page), { today }, [lib]),
  };
}

/** Everything the mirror holds about the patron, to compare before and after a failure. */
async function mirrorContents(db: MirrorDb) {
  const [holds, loans, cart, events] = await Promise.all([db.holds.toArray(), db.loans.toArray(), db.cart.toArray(), db.events.count()]);
  return { holds, loans, cart, events };
}

describe('the OPAC failing during a refresh', () => {
  it.each(FAULTS)('%s: the library is reported as not checked, and the mirror keeps what it had', async (mode) => {
    const browser = await loggedInSim(origin, ID, CARD, PASSWORD, {
      holds: [{ id: '1000101', state: 'ready', readyOn: '2026-11-19' }, { id: '1000201' }],
      loans: [{ id: '1000601', lentOn: '2026-11-10' }],
    });
    const db = freshDb();
    await db.libraries.put(library);
    await rememberPage(db, ID, 'holds', `${origin}${DEMO_PAGES[ID]!.holds}`);
    await rememberPage(db, ID, 'loans', `${origin}${DEMO_PAGES[ID]!.loans}`);
    const [first] = await refreshLibraries(db, refreshEdges(browser), null);
    expect(first!.outcome).toBe('ok');
    const before = await mirrorContents(db);
    expect(before.holds.length).toBe(2);

    await control(origin, 'fail', { mode, count: 4 });
    const [failed] = await refreshLibraries(db, refreshEdges(browser), null);
    expect(failed!.outcome).not.toBe('ok');
    expect(failed!.events).toEqual([]);
    expect(await mirrorContents(db)).toEqual(before);
  }, 20_000);
});

describe('the OPAC failing during a cart add', () => {
  it.each(FAULTS)('%s: the patron is told, nothing is counted as added, and the title can be tried again', async (mode) => {
    const browser = await loggedInSim(origin, ID, CARD, PASSWORD);
    const db = freshDb();
    const deps = simCartDeps(browser, library, TODAY, db);
    const detail = await browser.get('/wo/opc_srh/srh_detail/1000103/');
    const page = { url: new URL(detail.url), doc: loadPage(detail) };
    const item = { title: '1Q84 BOOK3〈10月-12月〉', volume: 'BOOK3', bibId: '1000103', canAddToCart: true, author: null, publisher: null };

    await control(origin, 'fail', { mode, count: 1, path: '/wo/usr/cart' });
    const { result } = await addToCart(page, item, null, library, deps);
    expect(result.kind).toBe(mode === 'expire-session' ? 'needs_login' : 'failed');
    expect(await db.cart.count()).toBe(0);

    // The claim was released: once the library is back (and the patron logged in again), one click adds it.
    const again = mode === 'expire-session' ? await loggedInSim(origin, ID, CARD, PASSWORD) : browser;
    const retry = await addToCart(page, item, null, library, simCartDeps(again, library, TODAY, db));
    expect(retry.result).toEqual({ kind: 'added' });
    expect(await db.cart.count()).toBe(1);
  }, 20_000);
});

describe('the background stopping part-way', () => {
  it('leaves a refresh cut off after the holds page consistent, and the next refresh completes it', async () => {
    const browser = await loggedInSim(origin, ID, CARD, PASSWORD, { holds: [{ id: '1000201' }], loans: [{ id: '1000601', lentOn: '2026-11-10' }] });
    const db = freshDb();
    await db.libraries.put(library);
    await rememberPage(db, ID, 'holds', `${origin}${DEMO_PAGES[ID]!.holds}`);
    await rememberPage(db, ID, 'loans', `${origin}${DEMO_PAGES[ID]!.loans}`);
    const edges = refreshEdges(browser);
    // The worker is stopped while it waits for the loans page: that fetch never comes back to it.
    const cut = { ...edges, fetchPage: (url: string) => (url.endsWith(DEMO_PAGES[ID]!.loans) ? Promise.reject(new Error('the background was stopped')) : edges.fetchPage(url)) };
    const [partial] = await refreshLibraries(db, cut, null);
    expect(partial!.outcome).not.toBe('ok');
    expect((await db.holds.toArray()).filter((h) => h.goneAt === null)).toHaveLength(1);
    expect(await db.loans.count()).toBe(0);

    const [full] = await refreshLibraries(db, edges, null);
    expect(full!.outcome).toBe('ok');
    expect(await db.loans.count()).toBe(1);
    expect((await db.holds.toArray()).filter((h) => h.goneAt === null)).toHaveLength(1);
  });

  it('keeps a cart claim across a restart, so the click that was in flight is not sent a second time', async () => {
    const db = freshDb();
    expect((await claimCartAdd(db, ID, '1000103', 1_000)).claimed).toBe(true);
    db.close();
    const restarted = new MirrorDb(db.name);
    expect(await claimCartAdd(restarted, ID, '1000103', 2_000)).toEqual({ claimed: false, inCart: false });
  });
});
