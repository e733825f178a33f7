import { isDeepStrictEqual } from 'node:util';
import type { PageReading } from '../../src/opac/types';
import type { BasePage } from './bases';
import { changingVariants, emptiedVariants, preservingVariants, projection, readVariant, type Variant } from './variants';

/** Counts of one run, for the README, and every failing variant by name. */
export interface SuiteResult {
  bases: number;
  preserving: number;
  changing: number;
  emptied: number;
  failures: string[];
}

export const VARIANTS_PER_PAGE = 20;

function describeReading(r: PageReading): string {
  return JSON.stringify({ ...projection(r), notUnderstood: r.notUnderstood?.reason ?? null }).slice(0, 600);
}

/** Run every variant of every base page; a base page's own reading is the truth its meaning-preserving variants keep. */
export function runVariants(bases: BasePage[], seedOffset: number): SuiteResult {
  const result: SuiteResult = { bases: bases.length, preserving: 0, changing: 0, emptied: 0, failures: [] };
  bases.forEach((base, b) => {
    const truth = readVariant(base, { name: 'base', html: base.html });
    const expected = projection(truth);
    const fail = (variant: Variant, why: string, r: PageReading) => result.failures.push(`${base.name} — ${variant.name}: ${why}\n    ${describeReading(r)}`);
    for (const variant of preservingVariants(base, truth, VARIANTS_PER_PAGE, seedOffset + b)) {
      result.preserving++;
      const r = readVariant(base, variant);
      if (!isDeepStrictEqual(projection(r), expected)) fail(variant, `read otherwise than the page itself\n    expected ${JSON.stringify(expected).slice(0, 600)}`, r);
    }
    for (const variant of changingVariants(base, truth)) {
      result.changing++;
      const r = readVariant(base, variant);
      const list = { holds: r.holds, loans: r.loans, results: r.items, cart: r.cart }[variant.not];
      if (list.length > 0 || (r.page === variant.not && r.notUnderstood === null)) fail(variant, `read as ${variant.not}`, r);
    }
    for (const variant of emptiedVariants(base, truth)) {
      result.emptied++;
      const r = readVariant(base, variant);
      const records = r.holds.length + r.loans.length + r.items.length + r.cart.length;
      if (r.page !== variant.kind) fail(variant, `read as a ${r.page} page, not ${variant.kind}`, r);
      else if (variant.expect === 'empty' && (records > 0 || r.notUnderstood !== null)) fail(variant, 'not read as an empty list', r);
      else if (variant.expect === 'not understood' && (records > 0 || r.notUnderstood === null)) fail(variant, 'taken for an empty list without evidence', r);
    }
  });
  return result;
}
