import { describe, expect, it } from 'vitest';
import { censusRows, HAS_CENSUS, type CensusRow } from '../../test/helpers/census';
import { libraryForAddedUrl } from './add';
import { readPastedAddress, type PastedAddress } from './pasted-address';

type Read = Exclude<PastedAddress, { kind: 'not_web' }>;
const read = (text: string, existing = [] as Parameters<typeof readPastedAddress>[1]): Read => {
  const reading = readPastedAddress(text, existing);
  if (reading.kind === 'not_web') throw new Error(`${text} was not read as a web address`);
  return reading;
};
const features = (r: Read) => [r.cart, r.series, r.lists];

describe('a pasted address', () => {
  it('must be a web address', () => {
    for (const text of ['', 'library', 'javascript:alert(1)', 'ftp://opac.example.jp/', 'file:///tmp/opac.html']) {
      expect(readPastedAddress(text, []), text).toEqual({ kind: 'not_web' });
    }
    expect(read('  https://www.library.city.chiba.jp/licsxp-opac/WOpacTifSchCmpdDispAction.do\n').family).toBe('licsxp');
  });

  it('names a known library from any page of its site, with its product and its own ordered reservation', () => {
    const r = read('https://www.library.pref.hokkaido.jp/web/');
    expect([r.kind, r.library?.id, r.family, r.base]).toEqual(['library', 'hokkaido-pref', 'wo', 'https://www.library.pref.hokkaido.jp']);
    expect(features(r)).toEqual(['general', { ordered: '読みたい順予約' }, 'general']);
    // A known library on an OPAC Uketori has no family for: the library is known, the product is not.
    const mito = read('https://www.library-mito.jp/toshokan/');
    expect([mito.kind, mito.library?.id, mito.family, mito.product]).toEqual(['library', 'mito-city', 'generic', null]);
  });

  it('names a library the patron has added before, on a hosted service by its own path', () => {
    const added = libraryForAddedUrl(new URL('https://www.lib-eye.net/furubira/servlet/Index?findtype=1'), null, [], '古平町図書館');
    expect(added.origins).toEqual(['https://www.lib-eye.net/furubira']);
    const own = read('https://www.lib-eye.net/furubira/', [added]);
    expect([own.kind, own.library?.name]).toEqual(['library', '古平町図書館']);
    const other = read('https://www.lib-eye.net/iwaizumi/', [added]);
    expect([other.kind, other.library, other.base]).toEqual(['product', null, 'https://www.lib-eye.net/iwaizumi']);
  });

  it('says what works by what the product is known to offer', () => {
    // LICS-XP: its own cart and readers, and its 順番予約へ.
    expect(features(read('https://www.library.city.sapporo.jp/licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do?tilcod=1008001294527')))
      .toEqual(['own', { ordered: '順番予約へ' }, 'own']);
    // Fujitsu's: its own cart and readers; no ordered reservation is known, so one volume at a time.
    expect(features(read('https://www.library.pref.kumamoto.jp/winj/opac/switch-detail-iccap.do?bibid=1150038142')))
      .toEqual(['own', 'one_at_a_time', 'own']);
    // ELCIELO has no cart: no one-click cart and no series, though its lists are read.
    expect(features(read('https://www.library.pref.kyoto.jp/bib/?B10693068'))).toEqual(['none', 'none', 'own']);
    // TOSHOW: its own readers, the label-driven cart.
    expect(features(read('https://lib.city.suzuka.lg.jp/TOSHOW/asp/index.aspx'))).toEqual(['general', 'one_at_a_time', 'own']);
    // An address Uketori knows nothing of: the label-driven reader and cart.
    const unknown = read('https://www.city.example.lg.jp/library/');
    expect([unknown.kind, unknown.product, unknown.family, unknown.base, ...features(unknown)])
      .toEqual(['unknown', null, 'generic', 'https://www.city.example.lg.jp', 'general', 'one_at_a_time', 'general']);
  });
});

/** The first path segment of a census address: the library's folder on a hosted service. */
const folder = (url: URL) => `${url.origin}/${url.pathname.split('/')[1]}`;
const HOSTED = /^(?:www\.)?(?:lib-(?:eye|finder\d*)\.net|lics-saas\.nexs-service\.jp|ilisod\d{3}\.apsel\.jp)$/;

describe.skipIf(!HAS_CENSUS)('the census rows pasted (reference/opac-census.csv)', () => {
  const rows: CensusRow[] = HAS_CENSUS ? censusRows() : [];
  const byUrl = (href: string) => rows.find((r) => r.url.href === new URL(href).href)!;

  it('holds both kinds of address: the OPAC the national library links to, and libraries\' websites', () => {
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['ndl-seeAlso', 'isil-website']));
  });

  it('gives each library on a hosted service its own path, and every other library its origin', () => {
    for (const { system, url } of rows) {
      const r = read(url.href);
      expect(r.base, `${system} ${url.href}`).toBe(HOSTED.test(url.hostname) && url.pathname.split('/').length > 2 ? folder(url) : url.origin);
    }
    const hosted = rows.filter((r) => HOSTED.test(r.url.hostname)).map((r) => read(r.url.href).base);
    // 美咲町 is there twice (two systems, one OPAC); every other hosted library has a path of its own.
    expect(new Set(hosted).size).toBe(hosted.length - 1);
  });

  it('names the product of a website page on the OPAC\'s host, and the OPAC\'s address', () => {
    const website = [
      'https://www.lics-saas.nexs-service.jp/kakogawa/shisetsu/index.html',
      'https://lib.city.iruma.saitama.jp/TOSHOW/html/access.html#seibu',
      'http://www.lib.city.asago.hyogo.jp/TOSHOW/index.asp',
    ].map((href) => read(byUrl(href).url.href));
    expect(website.map((r) => [r.kind, r.product, r.base])).toEqual([
      ['product', 'LiCS-Re', 'https://www.lics-saas.nexs-service.jp/kakogawa'],
      ['product', 'TOSHOW', 'https://lib.city.iruma.saitama.jp'],
      ['product', 'TOSHOW', 'http://www.lib.city.asago.hyogo.jp'],
    ]);
  });

  it('says honestly that it cannot find the OPAC behind an address it does not know, and names no product', () => {
    const unknown = rows.filter((r) => read(r.url.href).kind === 'unknown');
    expect(unknown.map((r) => r.url.href).sort()).toEqual([
      'http://tosho.town.suo-oshima.lg.jp/opac/',
      'http://www.library.town.ozora.hokkaido.jp/library/opac/',
      'https://ilisod003.apsel.jp/minamiaizu-library/',
      'https://ilisod003.apsel.jp/yonabaru-library/',
      'https://ilisod004.apsel.jp/hirono-library/',
      'https://ilisod005.apsel.jp/yamada-library/',
      'https://ilisod006.apsel.jp/geisei-lib/',
      'https://ilisod006.apsel.jp/tano-lib/',
      'https://opacsvr01.library.pref.nara.jp/opac/volume/34854',
      'https://web.oml.city.osaka.lg.jp/webopac_i_ja/0014534862',
      'https://www.lib-city-hokuto.hokkaido.jp/opac/',
      'https://www.library.pref.iwate.jp/opac/advanced-search',
    ]);
    for (const { url } of unknown) expect([read(url.href).product, read(url.href).family]).toEqual([null, 'generic']);
  });

  it('names 北海道立 as the known library on the `/wo/` OPAC, and its sisters as that product', () => {
    const wo = rows.filter((r) => /\/wo\/opc/.test(r.url.pathname)).map((r) => read(r.url.href));
    expect(wo.map((r) => [r.kind, r.library?.id ?? null, r.family])).toEqual([
      ['library', 'hokkaido-pref', 'wo'],
      ...Array.from({ length: 5 }, () => ['product', null, 'wo']),
    ]);
  });
});
