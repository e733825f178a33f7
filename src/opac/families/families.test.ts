import { describe, expect, it } from 'vitest';
import type { Library } from '../../model';
import { PAGE_KINDS } from '../../model';
import { fixture, parseHtml } from '../../../test/helpers/opac';
import { readPage } from '../read-page';
import type { ExampleUrl } from '../types';
import { FAMILY_ADAPTERS, familyForUrl } from '../registry';
import { winj } from './winj';

const EMPTY = parseHtml('<!DOCTYPE html><html><head></head><body></body></html>');
const today = '2026-07-20';

/** Each family folder's examples.ts, by the family's id (its folder's name). */
const EXAMPLES = Object.fromEntries(
  Object.entries(import.meta.glob<readonly ExampleUrl[]>('./*/examples.ts', { eager: true, import: 'examples' })).map(([path, examples]) => [path.split('/')[1]!, examples]),
);

describe('example URLs', () => {
  const all = FAMILY_ADAPTERS.flatMap((family) => (EXAMPLES[family.id] ?? []).map((example) => ({ family, ...example })));

  it('every family has examples, and they cover its documented page kinds', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(FAMILY_ADAPTERS.map((f) => f.id).sort());
    for (const family of FAMILY_ADAPTERS) expect(EXAMPLES[family.id]?.length, family.id).toBeGreaterThan(0);
    expect(new Set(all.map((e) => e.kind))).toEqual(new Set(PAGE_KINDS));
  });

  it.each(all.map((e) => [e.family.id, e.url, e.kind] as const))('%s %s is %s, and no other family claims it', (id, url, kind) => {
    const u = new URL(url);
    expect(familyForUrl(u)?.id).toBe(id);
    expect(FAMILY_ADAPTERS.filter((f) => f.matchesUrl(u)).map((f) => f.id)).toEqual([id]);
    expect(FAMILY_ADAPTERS.find((f) => f.id === id)!.detect(u, EMPTY)).toBe(kind);
  });

  it('URLs of no family are claimed by none', () => {
    for (const url of [
      'https://example.jp/login', 'https://example.jp/help?target=2&locale=0', 'https://example.jp/opac/top.do', 'https://example.jp/licsxp/index.html',
      // Names too common to claim outside a product's own folder or host, and shapes of products Uketori has no family for.
      'https://example.jp/kento/opac/login.do', 'https://example.jp/opac/reserve-list', 'https://example.jp/bib/?q=1', 'https://example.jp/wo/usr/rsv',
      'https://example.jp/servlet/Index?findtype=1', 'https://ilisod002.apsel.jp/iga-library/item-details?id=43503', 'https://ilisod005.apsel.jp/yamada-library/',
      'https://www.library.pref.iwate.jp/opac/advanced-search', 'https://web.oml.city.osaka.lg.jp/webopac_i_ja/0014534862',
    ]) {
      expect(familyForUrl(new URL(url)), url).toBeNull();
    }
  });
});

/** One of our own pages, read through the single entry point. Their readings are saved cases (cases.test.ts). */
function read(family: string, file: string, url: string, libraries: Library[] = []) {
  return readPage(new URL(url), parseHtml(fixture(family, file)), { today }, libraries);
}

describe('winj (our own pages in the documented structure)', () => {
  const base = 'https://www.library.city.ichikawa.lg.jp/winj/opac/';

  it('cart action: search-list.do with hid_session, the row index and 予約かご', () => {
    const url = new URL(`${base}search-list.do`);
    const doc = parseHtml(fixture('winj', 'results.html'));
    expect(winj.cartAction!(url, doc, '1101897020')).toEqual({
      formSelector: 'form[name="FormSearchList"]',
      action: `${base}search-list.do`,
      method: 'POST',
      fields: { hid_session: 'TESTSESSION', chk_check: '1', submit_btn_rsv_basket: '予約かご' },
    });
    expect(winj.cartAction!(url, doc, '9999999999')).toBeNull();
    expect(winj.cartAction!(new URL(`${base}switch-detail.do?bibid=1101897016`), parseHtml(fixture('winj', 'detail.html')), '1101897016')).toBeNull();
  });
});

describe('wicket (our own pages)', () => {
  const base = 'https://www.library.example.jp/';

  it('/login counts only for a Wicket library', () => {
    const lib = { id: 'example-wicket', name: '例', nameEn: 'Example', origins: ['https://www.library.example.jp'], family: 'wicket', rules: { hold: null, closed: { weekdays: [], nationalHolidays: false, holidayShiftsToNextDay: false, yearEnd: null, monthly: [], dates: [] }, limit: null, renewal: null, orderedReservation: null } } satisfies Library;
    const viaLibrary = read('wicket', 'login.html', `${base}login`, [lib]);
    expect([viaLibrary.family, viaLibrary.library, viaLibrary.page]).toEqual(['wicket', 'example-wicket', 'login']);
    expect(read('wicket', 'login.html', `${base}login`).family).toBe('generic');
  });
});

describe('ids from forms when the address has none', () => {
  it('a winj detail page answering a POST names its title by the hid_bibid of its form', () => {
    const base = 'https://www.library.city.ichikawa.lg.jp/winj/opac/';
    const html = fixture('winj', 'detail.html').replace('</body>', '<form method="post" action="switch-detail.do" name="PageForm"><input type="hidden" name="hid_bibid" value="1101897016"></form></body>');
    const r = readPage(new URL(`${base}switch-detail.do`), parseHtml(html), { today }, []);
    expect(r.items.map((i) => [i.title, i.bibId])).toEqual([['銀河鉄道の夜', '1101897016']]);
  });

  it('a page no family knows, answering a POST, names its title by its cart form', () => {
    const html = '<h2>書誌詳細</h2><table><tr><th>書名</th><td>ぐりとぐら</td></tr><tr><th>出版者</th><td>福音館書店</td></tr></table><form name="cartadd" action="cart.do" method="post"><input type="hidden" name="bibid" value="42"><input type="submit" value="カートに入れる"></form>';
    const r = readPage(new URL('https://opac.example.jp/detail.do'), parseHtml(html), { today }, []);
    expect(r.items.map((i) => [i.title, i.bibId, i.canAddToCart])).toEqual([['ぐりとぐら', '42', true]]);
  });
});
