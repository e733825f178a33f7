import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { libraryForAddedUrl } from '../../src/libraries/add';
import { KNOWN_LIBRARIES } from '../../src/libraries';
import type { Library } from '../../src/model';
import { cartActionFor, formRequest } from '../../src/opac/cart';
import { decodeHtml } from '../../src/opac/decode';
import { readPage } from '../../src/opac/read-page';
import { encodeForm } from '../sim/core/charset';
import { savedCases } from '../../tools/saved-page';
import { REPO_ROOT } from '../helpers/opac';
import { loggedInSim, simLibrary } from '../helpers/sim-session';
import { SimBrowser } from '../sim/browser';
import { DEMO_PAGES, DEMO_PATRONS } from '../sim/demo-world';
import { startSim } from '../sim/start-sim';

/** A page the variants are made from: its address, its text, the library rows it is read with, and the day. */
export interface BasePage {
  name: string;
  url: string;
  html: string;
  libraries: Library[];
  today: string;
}

export const SIM_TODAY = '2026-11-23';

/** Extra pages of the simulated libraries beyond the demo tour's, by library: a detail page and the cart. */
const MORE_PAGES: Record<string, { detail: string; cart: string }> = {
  'hokkaido-pref': { detail: '/wo/opc_srh/srh_detail/1000101/', cart: '/wo/usr/cart' },
  'hokuto-city': { detail: '/Libsearch/detail?id=1000101', cart: '/Libsearch/cart' },
  'mito-city': { detail: '/toshokan/search/book?id=1000101', cart: '/toshokan/user/cart' },
  'tochigi-pref': { detail: '/opac/detail?bibid=1000101', cart: '/opac/basket' },
  'licsxp-demo': { detail: '/licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1000001000101', cart: '/licsxp-opac/WOpacCommonToYoyCartDispAction.do?yoyCmtknjFlg=1' },
  'winj-demo': { detail: '/winj/opac/switch-detail.do?bibid=1000101', cart: '/winj/opac/reserve-basket.do' },
};

/**
 * Put two titles in the patron's cart the way the extension does: the page's own cart request for each (the result
 * list's, else the detail page's), sent through the patron's session.
 */
async function fillCart(browser: SimBrowser, library: Library, paths: string[]): Promise<void> {
  for (const path of paths) {
    const page = await browser.get(path);
    const url = new URL(page.url);
    const reading = readPage(url, page.doc, { today: SIM_TODAY }, [library]);
    let added = 0;
    for (const item of reading.items.filter((i) => i.bibId && i.canAddToCart).slice(0, 2)) {
      const action = cartActionFor(url, page.doc, item.bibId!, library);
      const request = action && formRequest(page.doc, action);
      if (!request) continue;
      const body = encodeForm(request.entries, page.charset);
      if (request.method === 'POST') await browser.request('POST', request.action, body, page.url);
      else await browser.get(`${request.action}?${body}`);
      added++;
    }
    if (added > 0) return;
  }
}

/** The library row the extension would have for a simulated library: a known one, else one added by its OPAC's URL. */
function rowFor(origin: string, id: string): Library {
  return id === 'winj-demo' ? libraryForAddedUrl(new URL(`${origin}${DEMO_PAGES[id]!.opac}`), null, []) : simLibrary(origin, id);
}

/**
 * Every simulated library's pages as its demo patron sees them (login, top, results, holds, loans, cart, detail),
 * and its holds, loans and cart once more for a patron with nothing (the empty lists), rendered by the simulator in
 * this process.
 */
export async function simulatorPages(): Promise<{ pages: BasePage[]; close: () => Promise<void> }> {
  const sim = await startSim({ today: SIM_TODAY });
  const pages: BasePage[] = [];
  try {
    for (const [id, origin] of Object.entries(sim.origins)) {
      const library = rowFor(origin, id);
      const add = async (browser: SimBrowser, path: string, name: string) => {
        const page = await browser.get(path);
        if (page.status === 200) pages.push({ name: `sim ${id} ${name}`, url: page.url, html: page.html, libraries: [library, ...KNOWN_LIBRARIES], today: SIM_TODAY });
      };
      const paths = DEMO_PAGES[id]!;
      await add(new SimBrowser(origin), paths.login, 'login');
      const { card, password, ...seed } = DEMO_PATRONS[id]!;
      const browser = await loggedInSim(origin, id, card, password, seed);
      for (const kind of ['opac', 'search', 'holds', 'loans'] as const) await add(browser, paths[kind], kind);
      const more = MORE_PAGES[id]!;
      await add(browser, more.detail, 'detail');
      await add(browser, more.cart, 'cart (none)');
      await fillCart(browser, library, [paths.search, more.detail]);
      await add(browser, more.cart, 'cart');
      const empty = await loggedInSim(origin, id, card, password, { holds: [], loans: [] });
      await add(empty, paths.holds, 'holds (none)');
      await add(empty, paths.loans, 'loans (none)');
    }
  } catch (e) {
    await sim.close();
    throw e;
  }
  return { pages, close: () => sim.close() };
}

/**
 * The saved cases (real pages from ../shared among them, when it is there) and the seed and generic fixtures, each
 * with the address and day it is read at.
 */
export function filePages(): BasePage[] {
  const cases = savedCases()
    .filter((c) => c.file !== null)
    .map((c) => ({ name: `case ${c.owner}/${c.name}`, url: c.url, html: decodeHtml(readFileSync(c.file!)).text, libraries: [...KNOWN_LIBRARIES], today: c.today }));
  const fixtures = ['seed/hokkaido-pref', 'seed/hokuto-city', 'seed/tochigi-pref', 'seed/mito-city', 'generic'].flatMap((dir) => {
    const path = join(REPO_ROOT, 'test/fixtures', dir);
    if (!existsSync(path)) return [];
    const library = KNOWN_LIBRARIES.find((l) => dir.endsWith(l.id));
    const origin = library?.origins[0] ?? 'https://opac.example.jp';
    return readdirSync(path)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ name: `fixture ${dir}/${f}`, url: `${origin}/page/${f.replace('.html', '')}`, html: readFileSync(join(path, f), 'utf8'), libraries: [...KNOWN_LIBRARIES], today: '2026-04-05' }));
  });
  return [...cases, ...fixtures];
}
