/**
 * The parse CLI: `npm run --silent parse -- <file.html> --url <page-url> [--today YYYY-MM-DD]` prints what the
 * extension reads from a saved OPAC page, as one JSON object (ARCHITECTURE.md "Parse CLI contract"); a page it does
 * not understand also says why on stderr. `--save-case <family>/<name>` keeps the page and its reading as a test case
 * of that family (or of `generic`), see tools/saved-page.ts.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { todayInTokyo } from '../src/model/dates';
import type { PageReading } from '../src/opac/types';
import { caseDir, contractJson, NotHtmlError, readSavedPage, saveCase } from './saved-page';

export class UsageError extends Error {}

interface Args {
  file: string;
  url: URL;
  today: string;
  /** `<family>/<name>`: also save the page as a test case of that family (or of `generic`). */
  saveCase?: string;
}

const USAGE = 'usage: parse <file.html> --url <page-url> [--today YYYY-MM-DD] [--save-case <family>/<name>]';

export function parseArgs(argv: string[]): Args {
  const rest = [...argv];
  let file: string | undefined;
  let url: string | undefined;
  let today: string | undefined;
  let save: string | undefined;
  while (rest.length) {
    const arg = rest.shift()!;
    if (arg === '--url' || arg === '--today' || arg === '--save-case') {
      const value = rest.shift();
      if (value === undefined) throw new UsageError(`${arg} needs a value; ${USAGE}`);
      if (arg === '--url') url = value;
      else if (arg === '--today') today = value;
      else save = value;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`unexpected argument ${arg}; ${USAGE}`);
    }
  }
  if (!file) throw new UsageError(`no file given; ${USAGE}`);
  if (!url) throw new UsageError(`no --url given; ${USAGE}`);
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new UsageError(`--url is not an http(s) URL: ${url}`);
  if (today !== undefined && !validDay(today)) throw new UsageError(`--today is not a YYYY-MM-DD date: ${today}`);
  if (save !== undefined && !/^[a-z]+\/[\w.-]+$/.test(save)) throw new UsageError(`--save-case wants <family>/<name>, e.g. licsre/detail: ${save}`);
  return { file, url: new URL(url), today: today ?? todayInTokyo(new Date()), ...(save ? { saveCase: save } : {}) };
}

function validDay(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

/** Read one saved page; throws UsageError for anything that is not a readable HTML file. */
export async function readFile(args: Args): Promise<PageReading> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${args.file}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}`);
  }
  try {
    return await readSavedPage(bytes, args.url, args.today);
  } catch (e) {
    if (e instanceof NotHtmlError) throw new UsageError(`${args.file} is not an HTML file`);
    throw e;
  }
}

/** Why a page was not understood, for stderr: the reader's own reason, or that no page kind was recognised. */
function notUnderstoodLine(r: PageReading): string | null {
  if (r.notUnderstood) {
    const labels = r.notUnderstood.labels.length ? ` (labels seen: ${r.notUnderstood.labels.slice(0, 12).join(', ')})` : '';
    return `not understood: ${r.notUnderstood.reason}${labels}`;
  }
  return r.page === 'other' ? `not understood: no ${r.family === 'generic' ? 'heading, list or form' : `${r.family} screen`} on the page says what it is` : null;
}

async function main(): Promise<void> {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.saveCase) caseDir(args.saveCase.split('/')[0]!);
    const reading = await readFile(args);
    process.stdout.write(`${JSON.stringify(contractJson(reading), null, 2)}\n`);
    const why = notUnderstoodLine(reading);
    if (why) process.stderr.write(`parse: ${why}\n`);
    if (args.saveCase) for (const f of saveCase(args.saveCase, args.file, args.url, args.today, reading)) process.stderr.write(`parse: wrote ${f}\n`);
  } catch (e) {
    process.stderr.write(`parse: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
