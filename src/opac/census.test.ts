import { describe, expect, it } from 'vitest';
import type { Family } from '../model';
import { censusRows, HAS_CENSUS } from '../../test/helpers/census';
import { FAMILY_ADAPTERS, familyForUrl } from './registry';

/** The products Uketori reads with parsers of their own: the 94 census systems of issue 18. */
const OWN_READERS: readonly Family[] = ['licsxp', 'winj', 'opw', 'licsre', 'toshow', 'wicket'];

/** Address shapes in the census, by product (opac-vendors.md, issue 18). */
const SHAPES: readonly [Family, (path: string, host: string, url: URL) => boolean][] = [
  ['winj', (p) => p.includes('/winj/opac/') || p.endsWith('/opac/switch-detail-iccap.do')],
  ['licsxp', (p) => /\/licsxp-[a-z]*opac\//.test(p) || /\/wopac[a-z]+action\.do$/.test(p)],
  ['opw', (p, _h, u) => p.includes('/opw/') || (/^\/bibj?\/$/.test(p) && /^\?B\d+$/.test(u.search))],
  ['licsre', (p, h) => p.includes('/webopac/webopac/') || h === 'www.lics-saas.nexs-service.jp'],
  ['toshow', (p) => p.startsWith('/toshow/')],
  ['wicket', (p) => p === '/bookdetail' || p.startsWith('/contents;jsessionid=')],
  ['wo', (p) => p.includes('/wo/opc/srh/') || p.includes('/wo/opc_srh/srh_detail/')],
  // ilisod001's library roots are this interface too (notes.md of the family); ilisod003–006 may serve another.
  ['wopc', (p, h) => p.includes('/wopc/pc/pages/') || h === 'ilisod001.apsel.jp'],
  ['libeye', (_p, h) => /^(?:www\.)?lib-(?:eye|finder2?)\.net$/.test(h)],
];

/** The product an address shows, or null (奈良's and 岩手's /opac/, 大阪市's webopac_i_ja, bare /opac/ roots …). */
function productOf(url: URL): Family | null {
  const path = url.pathname.replace(/\/{2,}/g, '/').toLowerCase();
  const matches = SHAPES.filter(([, shows]) => shows(path, url.hostname.toLowerCase(), url)).map(([family]) => family);
  if (matches.length > 1) throw new Error(`${url.href} has the shape of ${matches.join(' and ')}`);
  return matches[0] ?? null;
}

const share = (part: number, whole: number) => `${part}/${whole} (${((100 * part) / whole).toFixed(1)} %)`;

/**
 * Every system of reference/opac-census.csv through family detection. Its `family_guess` column is a guess; which
 * product an address shows is decided here, from the address shapes below, so that a family claiming a row is checked
 * against something other than its own signature. Reproduce the figure with
 * `npx vitest run --project unit src/opac/census.test.ts` (it is printed).
 */
describe.skipIf(!HAS_CENSUS)('the OPAC census', () => {
  const census = HAS_CENSUS ? censusRows() : [];
  const judged = census.map((row) => ({ ...row, product: productOf(row.url), claimed: familyForUrl(row.url)?.id ?? null }));

  it('no system is claimed by a product other than the one its address shows', () => {
    const wrong = judged.filter((r) => r.claimed !== null && r.claimed !== r.product);
    expect(wrong.map((r) => `${r.system} ${r.url.href}: ${r.claimed} (the address shows ${r.product ?? 'no known product'})`)).toEqual([]);
  });

  it('at least 95 % of the systems on a product Uketori supports are recognised as it', () => {
    const withReaders = judged.filter((r) => r.product !== null && OWN_READERS.includes(r.product));
    const withFamily = judged.filter((r) => r.product !== null && FAMILY_ADAPTERS.some((f) => f.id === r.product));
    const recognised = (list: typeof judged) => list.filter((r) => r.claimed === r.product).length;
    const missed = withFamily.filter((r) => r.claimed !== r.product);
    const unknown = judged.filter((r) => r.product === null);
    console.log(
      [
        `census: ${census.length} systems`,
        `  recognised, on the products with Uketori's own readers: ${share(recognised(withReaders), withReaders.length)}`,
        `  recognised, on every product Uketori has a family for: ${share(recognised(withFamily), withFamily.length)}`,
        ...missed.map((r) => `  missed: ${r.system} ${r.url.href} (${r.product})`),
        `  no product Uketori knows (${unknown.length}): ${unknown.map((r) => `${r.system} ${r.url.href} [guess: ${r.guess}]`).join('; ')}`,
      ].join('\n'),
    );
    // The census's 94 systems on those products (issue 18): a smaller count means this test lost rows, not progress.
    expect(withReaders.length).toBeGreaterThanOrEqual(94);
    expect(recognised(withReaders) / withReaders.length).toBeGreaterThanOrEqual(0.95);
    expect(recognised(withFamily) / withFamily.length).toBeGreaterThanOrEqual(0.95);
  });
});
