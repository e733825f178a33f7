// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cartButton } from '../../src/features/cart-button';
import type { CartDeps } from '../../src/features/cart-button/deps';
import { deadlineBadges } from '../../src/features/deadline-badges';
import { mountFeatures, UI_HOST, type FeatureContext } from '../../src/features/feature';
import { loanBadges } from '../../src/features/loan-badges';
import { markers } from '../../src/features/markers';
import { KNOWN_LIBRARIES, libraryById } from '../../src/libraries';
import { PAGE_KINDS, type Library } from '../../src/model';
import { readPage } from '../../src/opac/read-page';
import type { PageReading } from '../../src/opac/types';
import { offlineWindow } from '../../tools/html-document';
import { useLocale } from '../helpers/i18n';
import { brokenEncoding, hugeTable, mutateDocument, prng, truncated, type Random } from '../helpers/mutate';
import { HAS_SAMPLES, LICSXP_BASE, LICSXP_EXCERPTS, sample } from '../helpers/opac';
import { loggedInSim, simLibrary } from '../helpers/sim-session';
import { SimBrowser } from '../sim/browser';
import { DEMO_PAGES, DEMO_PATRONS } from '../sim/demo-world';
import { startSim } from '../sim/start-sim';

const TODAY = '2026-11-23';
const VARIANTS_PER_PAGE = 17;
/**
 * Rows in the "huge" table of one variant per page. Kept modest: placing badges costs O(rows x page) in happy-dom
 * (findTitleElement scans the page per record), ~1 s at 100 rows, 10–30 s at 120 on LICS-XP pages; `npm run bench` measures up to 1,000 in Chromium.
 */
const HUGE_ROWS = 50;
const HUGE_VARIANT = 3;

interface Base {
  name: string;
  url: string;
  html: string;
  library: Library;
}

/** Every simulated library's top, login, result, holds and loans pages, as its demo patron sees them. */
async function simulatorPages(): Promise<{ pages: Base[]; close: () => Promise<void> }> {
  const sim = await startSim({ today: TODAY });
  const pages: Base[] = [];
  for (const [id, origin] of Object.entries(sim.origins)) {
    const library = simLibrary(origin, id);
    const add = async (browser: SimBrowser, path: string, name: string) => {
      const page = await browser.get(path);
      pages.push({ name: `${id} ${name}`, url: page.url, html: page.html, library });
    };
    const paths = DEMO_PAGES[id]!;
    await add(new SimBrowser(origin), paths.login, 'login');
    const { card, password, ...seed } = DEMO_PATRONS[id]!;
    const browser = await loggedInSim(origin, id, card, password, seed);
    for (const kind of ['opac', 'search', 'holds', 'loans'] as const) await add(browser, paths[kind], kind);
    if (id === 'hokkaido-pref') {
      await add(browser, '/wo/opc_srh/srh_detail/1000101/', 'detail');
      await add(browser, '/wo/usr/cart', 'cart');
    }
  }
  return { pages, close: () => sim.close() };
}

const excerptPages = (): Base[] =>
  HAS_SAMPLES
    ? LICSXP_EXCERPTS.map(([file, path]) => ({ name: `real ${file}`, url: new URL(path, LICSXP_BASE).href, html: sample(file), library: libraryById('nishinomiya-city')! }))
    : [];

/** Node changes, a cut-off page or the wrong charset by turns; one variant of each page has a huge table. */
function damaged(base: Base, variant: number, random: Random): Document {
  const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  if (variant === HUGE_VARIANT) return mutateDocument(hugeTable(parse(base.html), HUGE_ROWS), random, ['drop', 'duplicate', 'shuffle', 'text']);
  switch (variant % 3) {
    case 0: return mutateDocument(parse(base.html), random);
    case 1: return parse(truncated(base.html, random));
    default: return mutateDocument(parse(brokenEncoding(base.html, random)), random, ['drop', 'duplicate', 'shuffle']);
  }
}

/** Cart deps that must not be used: mounting only places buttons; nothing is sent until a click. */
const idleCart: CartDeps = {
  transport: () => Promise.reject(new Error('sent a request while mounting')),
  fetchPage: () => Promise.reject(new Error('fetched a page while mounting')),
  read: () => { throw new Error('read a page while mounting'); },
  claim: () => Promise.reject(new Error('claimed while mounting')),
  finish: () => Promise.reject(new Error('finished while mounting')),
};
const FEATURES = [cartButton, markers, deadlineBadges, loanBadges];

/** The page without anything Uketori added. */
function withoutOurs(doc: Document): string {
  const copy = doc.documentElement.cloneNode(true) as Element;
  copy.querySelectorAll(UI_HOST).forEach((el) => el.remove());
  return copy.outerHTML;
}

const failed = (r: PageReading) => r.notUnderstood !== null && r.holds.length + r.loans.length + r.items.length + r.cart.length === 0;

const window = offlineWindow('https://opac.test/');
let bases: Base[] = [];
let closeSim = async () => {};

beforeAll(async () => {
  useLocale('ja');
  const sim = await simulatorPages();
  closeSim = sim.close;
  bases = [...sim.pages, ...excerptPages()];
}, 60_000);
afterAll(async () => {
  await closeSim();
  await window.happyDOM.close();
});

// 32 simulator pages and 5 real excerpts (when the shared folder is there), 17 damaged variants of each.
const BASE_PAGES = 37;
const CASES = Array.from({ length: BASE_PAGES * VARIANTS_PER_PAGE }, (_, i) => i);

describe('damaged OPAC pages: nothing escapes reading or mounting, and the page stays the library\'s', () => {
  it.each(CASES)('case %i', async (i) => {
    const base = bases[Math.floor(i / VARIANTS_PER_PAGE)];
    if (!base) return; // the real excerpts are absent: fewer bases
    const random = prng(20261123 + i);
    const doc = damaged(base, i % VARIANTS_PER_PAGE, random);
    const served = doc.documentElement.outerHTML;
    const url = new URL(base.url);

    const reading = readPage(url, doc, { today: TODAY }, [base.library, ...KNOWN_LIBRARIES]);
    expect(PAGE_KINDS, base.name).toContain(reading.page);
    expect(doc.documentElement.outerHTML, `${base.name}: reading changed the page`).toBe(served);

    const ctx: FeatureContext = { doc, url, library: base.library, reading, today: TODAY, signal: new AbortController().signal, known: { holds: [], loans: [], cart: [] } };
    const problems: string[] = [];
    await mountFeatures(FEATURES, ctx, { cart: idleCart }, () => true, (id, error) => problems.push(`${id}: ${String(error)}`));
    expect(problems, base.name).toEqual([]);
    expect(withoutOurs(doc), `${base.name}: a feature changed the library's own nodes`).toBe(served);
    if (failed(reading)) expect(doc.body?.querySelector(UI_HOST) ?? null, `${base.name}: added to a page it could not read`).toBeNull();
  }, 30_000);

  it('had the pages to work on', () => {
    expect(bases.length).toBe(HAS_SAMPLES ? BASE_PAGES : BASE_PAGES - LICSXP_EXCERPTS.length);
  });
});
