// @vitest-environment node
// The library's own search, found and filled on the simulated libraries' pages: for a detail page opened on its own.
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/helpers/mirror';
import { readPage } from '../../opac/read-page';
import { control, SimBrowser } from '../../../test/sim/browser';
import { DEMO_PATRONS } from '../../../test/sim/demo-world';
import { startSim } from '../../../test/sim/start-sim';
import { useLocale } from '../../../test/helpers/i18n';
import { loadPage, simCartDeps, simLibrary } from '../../../test/helpers/sim-session';
import { mountFeatures, ownedBy, type FeatureContext } from '../feature';
import { series } from '.';
import type { SeriesDeps } from './deps';
import { searchLibrary, searchPageLink, searchRequest } from './search';

const TODAY = '2026-11-23';
let sim: Awaited<ReturnType<typeof startSim>>;
beforeAll(async () => {
  sim = await startSim({ libraries: ['hokkaido-pref', 'mito-city', 'licsxp-demo'], today: TODAY });
});
afterAll(() => sim.close());

/** A title's detail page at each library, as a bookmark opens it (LICS-XP's タイトルコード is 1 + the record id in 12 digits). */
const DETAIL: Record<string, (id: string) => string> = {
  'hokkaido-pref': (id) => `/wo/opc_srh/srh_detail/${id}/`,
  'mito-city': (id) => `/toshokan/search/book?id=${id}`,
  'licsxp-demo': (id) => `/licsxp-opac/WOpacEsTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod=1${id.padStart(12, '0')}`,
};
const recordOf = (bibId: string) => (/^1\d{12}$/.test(bibId) ? String(Number(bibId.slice(1))) : bibId);

async function open(browser: SimBrowser, path: string): Promise<{ url: URL; doc: Document }> {
  const page = await browser.get(path);
  return { url: new URL(page.url), doc: loadPage(page) };
}

function deps(browser: SimBrowser, id: string): Pick<SeriesDeps, 'fetchDoc' | 'cart'> {
  const library = simLibrary(sim.origins[id]!, id);
  return { cart: simCartDeps(browser, library, TODAY, freshDb()), fetchDoc: async (url) => open(browser, url).then(({ url: at, doc }) => ({ url: at.href, doc })) };
}

describe('the search form and its request', () => {
  it('北海道立: no form on the detail page; 簡易検索 leads to 蔵書検索, whose first box (書名キーワード) takes the words, sent by GET', async () => {
    const browser = new SimBrowser(sim.origins['hokkaido-pref']!);
    const detail = await open(browser, DETAIL['hokkaido-pref']!('1000102'));
    expect(searchRequest(detail.doc, detail.url, '1Q84')).toBeNull();
    const link = searchPageLink(detail.doc, detail.url)!;
    expect(new URL(link).pathname).toBe('/wo/opc/srh/');
    const form = await open(browser, link);
    expect(searchRequest(form.doc, form.url, '1Q84')).toEqual({
      action: `${sim.origins['hokkaido-pref']}/wo/opc/srh/list`,
      method: 'GET',
      entries: [['title', '1Q84'], ['author', ''], ['publisher', ''], ['isbn', ''], ['barcode', '']],
    });
  });

  it('水戸市 (Shift_JIS): 簡単検索 preferred to 詳しく探す and to the site name; its キーワード box', async () => {
    const browser = new SimBrowser(sim.origins['mito-city']!);
    const detail = await open(browser, DETAIL['mito-city']!('1000102'));
    // The detail page's own form is the cart's (no text box, no 検索 button).
    expect(searchRequest(detail.doc, detail.url, '1Q84')).toBeNull();
    const link = searchPageLink(detail.doc, detail.url)!;
    expect(new URL(link).pathname).toBe('/toshokan/search/easy');
    const form = await open(browser, link);
    expect(searchRequest(form.doc, form.url, '1Q84')).toEqual({ action: `${sim.origins['mito-city']}/toshokan/search/result`, method: 'GET', entries: [['keyword', '1Q84']] });
  });

  it('LICS-XP: LBForm posted by the page script to WOpacEsSchCmpdExecAction.do, its screen token kept, condition1Text filled', async () => {
    const browser = new SimBrowser(sim.origins['licsxp-demo']!);
    const detail = await open(browser, DETAIL['licsxp-demo']!('1000102'));
    expect(searchRequest(detail.doc, detail.url, '1Q84')).toBeNull();
    const form = await open(browser, searchPageLink(detail.doc, detail.url)!);
    expect(form.url.pathname).toBe('/licsxp-opac/WOpacEsSchCmpdDispAction.do');
    const request = searchRequest(form.doc, form.url, '1Q84')!;
    expect(request.action).toBe(`${sim.origins['licsxp-demo']}/licsxp-opac/WOpacEsSchCmpdExecAction.do`);
    expect(request.method).toBe('POST');
    expect(request.entries.map(([name]) => name)).toEqual(['hash', 'gamenid', 'islogin', 'condition1Text']);
    expect(request.entries.find(([name]) => name === 'hash')![1]).toMatch(/^[0-9a-f]{40}$/);
    expect(request.entries.at(-1)).toEqual(['condition1Text', '1Q84']);
    // Elsewhere the same script button says nothing of where it goes: no request is guessed.
    const elsewhere = new URL('/licsxp-opac/WOpacMnuTopInitAction.do', form.url);
    expect(searchRequest(form.doc, elsewhere, '1Q84')).toBeNull();
  });

  it('a form of Uketori\'s own, or one whose button neither searches nor looks (ログイン), is not the library\'s search', () => {
    const window = new Window({ url: 'https://opac.test/top' });
    window.document.write('<form action="/login"><input name="card"><input type="submit" value="ログイン"></form><div data-uketori="x"><form action="/q"><input name="q"><button>検索</button></form></div>');
    expect(searchRequest(window.document as unknown as Document, new URL('https://opac.test/top'), 'w')).toBeNull();
  });
});

describe('searching the library for a work', () => {
  for (const id of ['hokkaido-pref', 'mito-city', 'licsxp-demo']) {
    it(`${id}: the answer is the result list of the work, both editions`, async () => {
      const browser = new SimBrowser(sim.origins[id]!);
      const library = simLibrary(sim.origins[id]!, id);
      const found = (await searchLibrary(await open(browser, DETAIL[id]!('1000122')), 'ノルウェイの森', deps(browser, id)))!;
      const reading = readPage(new URL(found.url), found.doc, { today: TODAY }, [library]);
      expect(reading.page).toBe('results');
      // At 水戸 (Shift_JIS) the words arrive only when encoded as the page does.
      expect(reading.items.map((i) => recordOf(i.bibId!))).toEqual(['1000121', '1000122', '1000123', '1000124']);
    });
  }
});

describe('シリーズ順に予約 on a detail page opened on its own', () => {
  async function mounted(id: string, record: string, fetchDoc?: SeriesDeps['fetchDoc']) {
    useLocale('ja');
    const { card, password } = DEMO_PATRONS[id]!;
    await control(sim.origins[id]!, 'seed-patron', { card, password });
    const browser = new SimBrowser(sim.origins[id]!);
    const library = simLibrary(sim.origins[id]!, id);
    const { url, doc } = await open(browser, DETAIL[id]!(record));
    expect(doc.referrer).toBe('');
    const reading = readPage(url, doc, { today: TODAY }, [library]);
    const ctx: FeatureContext = { doc, url, library, reading, today: TODAY, signal: new AbortController().signal, known: { holds: [], loans: [], cart: [] } };
    const services: SeriesDeps = {
      ...deps(browser, id), ...(fetchDoc && { fetchDoc }), cardId: null, plans: async () => [], create: () => Promise.reject(new Error('unused')), progress: async () => {}, navigate: () => {},
    };
    const failures: unknown[] = [];
    await mountFeatures([series], ctx, services, () => true, (_id, error) => failures.push(error));
    return { doc, failures };
  }

  const offered = (doc: Document) => ownedBy(doc, 'series', 'button[data-series]').map((b) => [b.dataset.series, b.textContent]);

  it('水戸市 (Shift_JIS): ノルウェイの森 下 offers the 講談社 hardcover pair, found by the library\'s own search', async () => {
    const { doc, failures } = await mounted('mito-city', '1000122');
    expect(failures).toEqual([]);
    expect(offered(doc)).toEqual([['ノルウェイの森|講談社', expect.stringContaining('2')]]);
  });

  it('LICS-XP: 1Q84 BOOK2 offers the three hardcover volumes, found by posting かんたん検索', async () => {
    const { doc, failures } = await mounted('licsxp-demo', '1000102');
    expect(failures).toEqual([]);
    expect(offered(doc)).toEqual([['1Q84|新潮社', expect.stringContaining('3')]]);
  });

  it('a search that fails leaves no button and no error', async () => {
    const { doc, failures } = await mounted('hokkaido-pref', '1000102', () => Promise.reject(new Error('offline')));
    expect(failures).toEqual([]);
    expect(ownedBy(doc, 'series', 'button')).toEqual([]);
  });
});
