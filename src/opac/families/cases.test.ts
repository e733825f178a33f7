import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseJson, readSavedPage, savedCases } from '../../../tools/saved-page';

/**
 * Every family's saved cases, and the generic reader's: each page read as the parse CLI reads it must give exactly
 * its saved reading (`npm run parse -- page.html --url … --save-case <family>/<name>` writes one). Pages kept in
 * ../shared are read from there; without it those cases are skipped, never faked.
 */
const cases = savedCases();

describe('saved cases', () => {
  it('there are cases for every reader that has pages to show', () => {
    expect(new Set(cases.map((c) => c.owner))).toEqual(new Set(['generic', 'licsxp', 'winj', 'opw', 'licsre', 'toshow', 'wicket', 'wo']));
  });

  it.each(cases.map((c) => [`${c.owner}/${c.name}`, c] as const))('%s', async (_name, c) => {
    if (c.file === null) return; // a shared page, and ../shared is not beside the repository
    const reading = await readSavedPage(readFileSync(c.file), new URL(c.url), c.today);
    expect(caseJson(reading)).toEqual(JSON.parse(readFileSync(c.expectedFile, 'utf8')));
  });
});
