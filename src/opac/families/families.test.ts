import { describe, expect, it } from 'vitest';
import type { Library } from '../../model';
import { PAGE_KINDS } from '../../model';
import { fixture, parseHtml } from '../../../test/helpers/opac';
import { readPage } from '../read-page';
import { FAMILY_ADAPTERS, familyForUrl } from '../registry';
import { winj } from './winj';

const EMPTY = parseHtml('<!DOCTYPE html><html><head></head><body></body></html>');
const today = '2026-07-20';

describe('example URLs', () => {
  const all = FAMILY_ADAPTERS.flatMap((family) => family.examples.map((example) => ({ family, ...example })));

  it('every family has examples, and they cover its documented page kinds', () => {
    for (const family of FAMILY_ADAPTERS) expect(family.examples.length, family.id).toBeGreaterThan(0);
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

/** One of our own pages, read through the single entry point. */
function read(family: string, file: string, url: string, libraries: Library[] = []) {
  return readPage(new URL(url), parseHtml(fixture(family, file)), { today }, libraries);
}

describe('winj (our own pages in the documented structure)', () => {
  const base = 'https://www.library.city.ichikawa.lg.jp/winj/opac/';

  it('holds: status from the flex box, N位 ranks, labelled dates', () => {
    const r = read('winj', 'holds.html', `${base}reserve-list.do`);
    expect(r.family).toBe('winj');
    expect(r.page).toBe('holds');
    expect(r.holds.map((h) => [h.title, h.volume, h.state, h.stateLabel, h.rank, h.pickupLocation, h.reservedOn, h.pickupDeadline, h.bibId])).toEqual([
      ['銀河鉄道の夜', null, 'ready', '受取可', null, '中央図書館', '2026-07-01', '2026-07-29', '1101897016'],
      ['ハリー・ポッターと賢者の石', '2巻', 'waiting', '返却待ち', 4, '北図書館', '2026-06-10', null, '1101897017'],
      ['星の王子さま', null, 'in_transit', '他館確保', null, '中央図書館', '2026-06-20', null, '1101897018'],
    ]);
  });

  it('loans: 返却予定日, and the overdue icon says no renewal', () => {
    const r = read('winj', 'loans.html', `${base}lend-list.do`);
    expect(r.loans.map((l) => [l.title, l.dueDate, l.loanedOn, l.renewable, l.renewBlockedReason, l.bibId])).toEqual([
      ['はらぺこあおむし', '2026-07-18', '2026-07-04', null, null, '2201000001'],
      ['ぐりとぐら', '2026-06-15', '2026-06-01', false, '延滞中', '2201000002'],
    ]);
  });

  it('results, detail and basket', () => {
    expect(read('winj', 'results.html', `${base}search-list.do`).items.map((i) => [i.title, i.volume, i.bibId, i.canAddToCart])).toEqual([
      ['銀河鉄道の夜', null, '1101897016', true],
      ['三体', '第2部', '1101897020', true],
    ]);
    const detail = read('winj', 'detail.html', `${base}switch-detail.do?lang=ja&bibid=1101897016`);
    expect(detail.page).toBe('detail');
    expect(detail.items).toEqual([
      { title: '銀河鉄道の夜', volume: null, bibId: '1101897016', canAddToCart: true, author: '宮沢賢治/著', publisher: '岩波書店' },
    ]);
    const cart = read('winj', 'cart.html', `${base}reserve-basket.do`);
    expect([cart.page, cart.cart]).toEqual(['cart', [{ title: '銀河鉄道の夜', volume: null, bibId: '1101897016' }]]);
  });

  it('login, also at login.do?dispatch= and at a list URL whose session expired', () => {
    expect(read('winj', 'login.html', `${base}login.do?dispatch=/opac/reserve-list.do`).page).toBe('login');
    const expired = read('winj', 'login.html', `${base}reserve-list.do`);
    expect([expired.page, expired.holds, expired.notUnderstood]).toEqual(['login', [], null]);
    // After a successful login POST the URL stays login.do and the page is the one named by dispatch.
    expect(read('winj', 'holds.html', `${base}login.do?dispatch=/opac/reserve-list.do`).page).toBe('holds');
  });

  it('cart action: search-list.do with hid_session, the row index and 予約かご', () => {
    const url = new URL(`${base}search-list.do`);
    const doc = parseHtml(fixture('winj', 'results.html'));
    expect(winj.cartAction(url, doc, '1101897020')).toEqual({
      formSelector: 'form[name="FormSearchList"]',
      action: `${base}search-list.do`,
      method: 'POST',
      fields: { hid_session: 'TESTSESSION', chk_check: '1', submit_btn_rsv_basket: '予約かご' },
    });
    expect(winj.cartAction(url, doc, '9999999999')).toBeNull();
    expect(winj.cartAction(new URL(`${base}switch-detail.do?bibid=1101897016`), parseHtml(fixture('winj', 'detail.html')), '1101897016')).toBeNull();
  });
});

describe('opw / ELCIELO (our own pages)', () => {
  const base = 'https://www.library.example.jp/opw/OPW/';

  it('OPWUSERINFO.CSP: holds and loans from their tab panels', () => {
    const r = read('opw', 'userinfo.html', `${base}OPWUSERINFO.CSP?DB=LIB&MODE=1`);
    expect(r.family).toBe('opw');
    expect(r.page).toBe('holds');
    expect(r.holds.map((h) => [h.title, h.volume, h.state, h.rank, h.pickupLocation, h.reservedOn, h.pickupDeadline, h.bibId])).toEqual([
      ['鬼滅の刃', '23', 'ready', null, '中央図書館', '2026-07-01', '2026-07-29', '501'],
      ['ノルウェイの森', '上', 'in_transit', null, '東図書館', '2026-06-20', null, '502'],
      ['コンビニ人間', null, 'waiting', 3, '中央図書館', '2026-06-01', null, '503'],
    ]);
    expect(r.loans.map((l) => [l.title, l.dueDate, l.renewable, l.renewBlockedReason, l.bibId])).toEqual([
      ['きょうの料理', '2026-07-18', true, null, '601'],
      ['旅のことば', '2026-07-20', false, '延長済み', '602'],
    ]);
  });

  it('login form', () => {
    expect(read('opw', 'login.html', `${base}OPWUSERCONF.CSP?DB=LIB&MODE=1`).page).toBe('login');
    expect(read('opw', 'login.html', `${base}OPWUSERINFO.CSP?DB=LIB&MODE=1`).page).toBe('login');
  });
});

describe('licsre / LiCS-Re (our own pages)', () => {
  const base = 'https://www.kn.licsre-saas.jp/tokyo-nakano/webopac/';

  it('holds: classed spans, N番目, search_detail ids', () => {
    const r = read('licsre', 'holds.html', `${base}userlist.do?type=3&page=1`);
    expect(r.page).toBe('holds');
    expect(r.holds.map((h) => [h.title, h.volume, h.state, h.stateLabel, h.rank, h.pickupLocation, h.pickupDeadline, h.bibId])).toEqual([
      ['進撃の巨人', '34', 'ready', '取置済', null, '中野図書館', '2026-07-29', '0000123456'],
      ['博士の愛した数式', null, 'waiting', '予約中', 5, '中野東図書館', null, '0000123457'],
      ['舟を編む', null, 'in_transit', '回送中', null, '中野図書館', null, '0000123458'],
    ]);
  });

  it('loans by their column labels', () => {
    const r = read('licsre', 'loans.html', `${base}userlist.do?type=2&page=1`);
    expect(r.loans.map((l) => [l.title, l.volume, l.dueDate, l.loanedOn, l.bibId])).toEqual([
      ['火花', null, '2026-07-18', '2026-07-04', '0000200001'],
      ['キングダム', '70', '2026-07-24', '2026-07-10', '0000200002'],
    ]);
  });

  it('login at usermenu.do when logged out', () => {
    expect(read('licsre', 'login.html', `${base}usermenu.do?target=adult`).page).toBe('login');
  });
});

describe('toshow (our own pages)', () => {
  const base = 'https://www.library.example.jp/toshow/asp/';

  it('WwJoukyou.aspx: holds from #dgdYoy, loans from #dgdKas, YYYY年MM月DD日', () => {
    const r = read('toshow', 'status.html', `${base}WwJoukyou.aspx?KEY=0123456789`);
    expect(r.page).toBe('holds');
    expect(r.holds.map((h) => [h.title, h.volume, h.state, h.stateLabel, h.rank, h.pickupLocation, h.pickupDeadline, h.readyOn])).toEqual([
      ['ワンピース', '巻105', 'ready', '取置済み', null, '相模大野図書館', '2026-07-22', '2026-07-15'],
      ['ワンピース', '巻106', 'waiting', '返却待ち', 2, '相模大野図書館', null, null],
    ]);
    expect(r.loans.map((l) => [l.title, l.dueDate, l.loanedOn])).toEqual([['おおきなかぶ', '2026-07-18', '2026-07-04']]);
  });

  it('login form', () => {
    expect(read('toshow', 'login.html', `${base}WwPortLogin.aspx`).page).toBe('login');
  });
});

describe('wicket (our own pages)', () => {
  const base = 'https://www.library.example.jp/';

  it('reservelist: dt/dd pairs per section.infotable', () => {
    const r = read('wicket', 'holds.html', `${base}reservelist`);
    expect(r.holds.map((h) => [h.title, h.volume, h.state, h.rank, h.pickupLocation, h.reservedOn, h.pickupDeadline, h.bibId])).toEqual([
      ['よつばと!', '15', 'ready', null, '中央図書館', '2026-07-01', '2026-07-29', '1000001'],
      ['ぼくらの七日間戦争', null, 'waiting', 7, '北部図書館', '2026-06-05', null, '1000002'],
    ]);
  });

  it('rentallist: 返却期限 and a 延長 value that says no', () => {
    const r = read('wicket', 'loans.html', `${base}rentallist`);
    expect(r.loans.map((l) => [l.title, l.dueDate, l.loanedOn, l.renewable, l.bibId])).toEqual([
      ['西の魔女が死んだ', '2026-07-18', '2026-07-04', false, '2000001'],
    ]);
  });

  it('a versioned page is read by what it shows; /login counts only for a Wicket library', () => {
    expect(read('wicket', 'holds.html', `${base}contents;jsessionid=ABC?3&pid=9`).page).toBe('holds');
    expect(read('wicket', 'loans.html', `${base}contents;jsessionid=ABC?4&pid=9`).page).toBe('loans');
    expect(read('wicket', 'login.html', `${base}idcheck`).page).toBe('login');
    const lib = { id: 'example-wicket', name: '例', nameEn: 'Example', origins: ['https://www.library.example.jp'], family: 'wicket', rules: { hold: null, closed: { weekdays: [], nationalHolidays: false, holidayShiftsToNextDay: false, yearEnd: null, monthly: [], dates: [] }, limit: null, renewal: null, orderedReservation: null } } satisfies Library;
    const viaLibrary = read('wicket', 'login.html', `${base}login`, [lib]);
    expect([viaLibrary.family, viaLibrary.library, viaLibrary.page]).toEqual(['wicket', 'example-wicket', 'login']);
    expect(read('wicket', 'login.html', `${base}login`).family).toBe('generic');
  });
});
