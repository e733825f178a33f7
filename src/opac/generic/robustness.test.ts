import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../../model';
import { mutateDocument, prng } from '../../../test/helpers/mutate';
import { detectGeneric, readGeneric } from '.';

const FIXTURES = resolve(__dirname, '../../../test/fixtures');
const PAGES = ['seed/hokkaido-pref', 'seed/hokuto-city', 'seed/tochigi-pref', 'seed/mito-city', 'generic'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(FIXTURES, dir, f), 'utf8')),
);

describe('the generic reader never throws and never changes the page', () => {
  const cases = Array.from({ length: 300 }, (_, i) => i + 1);
  it.each(cases)('seed %i', (seed) => {
    const rand = prng(seed);
    const doc = new DOMParser().parseFromString(PAGES[seed % PAGES.length]!, 'text/html');
    mutateDocument(doc, rand);
    const before = doc.documentElement.outerHTML;
    const today = rand() < 0.5 ? '2026-04-05' : '2026-12-28';
    expect(() => detectGeneric(new URL('https://opac.example.jp/'), doc)).not.toThrow();
    for (const kind of PAGE_KINDS) expect(() => readGeneric(kind, doc, { today })).not.toThrow();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
