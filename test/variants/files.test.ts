// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { filePages } from './bases';
import { runVariants } from './suite';
import { closeWindow } from './variants';

// The saved cases (the real LICS-XP and LiCS-Re pages among them when ../shared is there) and the seed fixtures.
const bases = filePages();
afterAll(closeWindow);

describe('layout variants of the saved pages', () => {
  it('read the same records from every meaning-preserving variant, and never read a changed page as holds, loans or results', { timeout: 120_000 }, () => {
    const result = runVariants(bases, 500);
    console.log(`[variants] saved pages: ${result.bases} pages, ${result.preserving} meaning-preserving variants, ${result.changing} meaning-changing, ${result.emptied} emptied`);
    // Two suites of at least 1,000 each: over 2,000 meaning-preserving variants in all (the README gives the count).
    expect(result.preserving).toBeGreaterThanOrEqual(1000);
    expect(result.failures).toEqual([]);
  });
});
