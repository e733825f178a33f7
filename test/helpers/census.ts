import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../shared-dir';

/** The census of real OPAC addresses (reference/opac-census.csv): one library system a row. */
export const CENSUS = join(SHARED_DIR, 'reference/opac-census.csv');
export const HAS_CENSUS = existsSync(CENSUS);

export interface CensusRow {
  prefecture: string;
  system: string;
  url: URL;
  guess: string;
  /** `ndl-seeAlso` (the national library's link to the OPAC) or `isil-website` (the library's website address). */
  source: string;
}

/** The census rows (RFC 4180 quoting: the guesses contain commas). */
export function censusRows(): CensusRow[] {
  const [, ...lines] = readFileSync(CENSUS, 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const cells = [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => m[1]?.replace(/""/g, '"') ?? m[2] ?? '');
    const [prefecture = '', system = '', url = '', guess = '', source = ''] = cells;
    return { prefecture, system, url: new URL(url), guess, source };
  });
}
