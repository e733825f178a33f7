// @vitest-environment node
// The simulated 北海道立 on the `/wo/` OPAC's real address shapes: its row, its pages and this family agree.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PageKind } from '../../../model';
import { libraryById } from '../../../libraries';
import { control, SimBrowser, type Page } from '../../../../test/sim/browser';
import { DEMO_PATRONS } from '../../../../test/sim/demo-world';
import { loadPage, simLibrary } from '../../../../test/helpers/sim-session';
import { startSim } from '../../../../test/sim/start-sim';
import { readPage } from '../../read';
import { familyForUrl } from '../../registry';
import { wo } from '.';

let sim: Awaited<ReturnType<typeof startSim>>;
let origin: string;
beforeAll(async () => {
  sim = await startSim({ libraries: ['hokkaido-pref'], today: '2026-11-23' });
  origin = sim.origins['hokkaido-pref']!;
});
afterAll(() => sim.close());
beforeEach(async () => {
  await control(origin, 'reset', {});
  await control(origin, 'seed-patron', DEMO_PATRONS['hokkaido-pref']);
});

/** Every screen a patron passes through, in order, logged in as the demo patron. */
async function screens(): Promise<Array<[string, Page]>> {
  const { card, password } = DEMO_PATRONS['hokkaido-pref']!;
  const browser = new SimBrowser(origin);
  const top = await browser.get('/wo/');
  const login = await browser.get('/wo/usr/login');
  await browser.submit(login, { button: 'ログイン', fill: { card, password } });
  const search = await browser.get('/wo/opc/srh/');
  const results = await browser.submit(search, { button: '検索', fill: { title: '1Q84' } });
  // A title the demo patron has not reserved, opened from the list's own link.
  const detail = await browser.get(results.doc.querySelector('a[href*="/srh_detail/1000111/"]')!.getAttribute('href')!);
  const added = await browser.submit(detail, { button: '予約カート' });
  const cart = await browser.get('/wo/usr/cart');
  const confirm = await browser.submit(cart, { button: '予約する', check: ['bib=1000111'] });
  const holds = await browser.get('/wo/usr/rsv');
  const edit = await browser.follow(holds, '取消');
  const cancelling = await browser.submit(edit, { button: '取消する' });
  expect(cancelling.text).toContain('この予約を取消します、よろしいですか？');
  const loans = await browser.get('/wo/usr/lend');
  return [['top', top], ['login', login], ['search', search], ['results', results], ['detail', detail], ['added', added],
    ['cart', cart], ['confirm', confirm], ['holds', holds], ['edit', edit], ['cancelling', cancelling], ['loans', loans]];
}

describe('the simulated 北海道立 is a `/wo/` OPAC', () => {
  it('is the family of its library row', () => {
    expect(libraryById('hokkaido-pref')?.family).toBe('wo');
  });

  it('puts a record at /wo/opc_srh/srh_detail/<id>/ and its search under /wo/opc/srh/, the shapes the family claims alone', async () => {
    const pages = new Map(await screens());
    expect(new URL(pages.get('detail')!.url).pathname).toMatch(/^\/wo\/opc_srh\/srh_detail\/\d+\/$/);
    expect(new URL(pages.get('results')!.url).pathname).toBe('/wo/opc/srh/list');
    for (const name of ['search', 'results', 'detail'] as const) expect(familyForUrl(new URL(pages.get(name)!.url))?.id, name).toBe('wo');
  });

  it('has each page detected as its kind, by the family and by the reader through the library row', async () => {
    const expected: Record<string, PageKind> = {
      top: 'other', login: 'login', search: 'other', results: 'results', detail: 'detail', added: 'detail',
      cart: 'cart', confirm: 'other', holds: 'holds', edit: 'other', cancelling: 'other', loans: 'loans',
    };
    const library = simLibrary(origin, 'hokkaido-pref');
    const seen = (await screens()).map(([name, page]) => {
      const url = new URL(page.url);
      const reading = readPage(url, loadPage(page), { today: '2026-11-23' }, [library]);
      return [name, wo.detect(url, loadPage(page)), reading.family, reading.page];
    });
    expect(seen).toEqual(Object.entries(expected).map(([name, kind]) => [name, kind, 'wo', kind]));
  });
});
