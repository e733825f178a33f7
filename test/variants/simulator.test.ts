// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorPages, type BasePage } from './bases';
import { runVariants } from './suite';
import { closeWindow } from './variants';

let bases: BasePage[] = [];
let close = async () => {};

beforeAll(async () => {
  const sim = await simulatorPages();
  bases = sim.pages;
  close = sim.close;
}, 60_000);
afterAll(async () => {
  await close();
  await closeWindow();
});

describe('layout variants of the simulated libraries\' pages', () => {
  it('read the same records from every meaning-preserving variant, and never read a changed page as holds, loans or results', { timeout: 120_000 }, () => {
    expect(bases.length).toBeGreaterThan(50);
    const result = runVariants(bases, 0);
    console.log(`[variants] simulator: ${result.bases} pages, ${result.preserving} meaning-preserving variants, ${result.changing} meaning-changing, ${result.emptied} emptied`);
    // Two suites of at least 1,000 each: over 2,000 meaning-preserving variants in all (the README gives the count).
    expect(result.preserving).toBeGreaterThanOrEqual(1000);
    expect(result.failures).toEqual([]);
  });
});
