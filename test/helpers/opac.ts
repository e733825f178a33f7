import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineWindow } from '../../tools/html-document';
import { SHARED_DIR } from '../shared-dir';

/** The repository root; the real LICS-XP excerpts are read from the shared folder beside it, never copied in. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const LICSXP_SAMPLES = join(SHARED_DIR, 'opac-samples/licsxp');
export const HAS_SAMPLES = existsSync(LICSXP_SAMPLES);

if (!HAS_SAMPLES) console.warn(`NOTICE: ${LICSXP_SAMPLES} is absent; tests on the real LICS-XP excerpts are skipped.`);

/** The real excerpts with the address each was saved from, relative to LICSXP_BASE (西宮市). */
export const LICSXP_BASE = 'https://tosho.nishi.or.jp/licsxp-opac/';
export const LICSXP_EXCERPTS: [string, string][] = [
  ['nishinomiya-usrrsv-reservation-list.excerpt.html', 'WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv'],
  ['nishinomiya-usrlend-loan-list.excerpt.html', 'WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend'],
  ['nishinomiya-book-detail.excerpt.html', 'WOpacTifTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod=1000000961766'],
  ['nishinomiya-search-result-easy.excerpt.html', 'WOpacEsSchCmpdExecAction.do'],
  ['nishinomiya-login-form.html', 'OpacInitLoginAction.do?subSystemFlag=0'],
];

export function sample(name: string): string {
  return readFileSync(join(LICSXP_SAMPLES, name), 'utf8');
}

/** Our own pages of a family live with its saved cases (src/opac/families/<id>/cases/). */
function fixturePath(family: string, name: string): string {
  return join(REPO_ROOT, 'src/opac/families', family, 'cases', name);
}

export function fixture(family: string, name: string): string {
  return readFileSync(fixturePath(family, name), 'utf8');
}

const window = offlineWindow('https://opac.test/');

/** A document from HTML, parsed by happy-dom without fetching the page's stylesheets or scripts. */
export function parseHtml(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
