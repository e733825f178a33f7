/**
 * The parse CLI: `npm run --silent parse -- <file.html> --url <page-url> [--today YYYY-MM-DD]` prints what the
 * extension reads from a saved OPAC page, as one JSON object (ARCHITECTURE.md "Parse CLI contract").
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { KNOWN_LIBRARIES } from '../src/libraries';
import { todayInTokyo } from '../src/model/dates';
import { decodeHtml } from '../src/opac/decode';
import { readPage } from '../src/opac/read-page';
import type { PageReading } from '../src/opac/types';
import { withDocument } from './html-document';

export class UsageError extends Error {}

interface Args {
  file: string;
  url: URL;
  today: string;
}

const USAGE = 'usage: parse <file.html> --url <page-url> [--today YYYY-MM-DD]';

export function parseArgs(argv: string[]): Args {
  const rest = [...argv];
  let file: string | undefined;
  let url: string | undefined;
  let today: string | undefined;
  while (rest.length) {
    const arg = rest.shift()!;
    if (arg === '--url' || arg === '--today') {
      const value = rest.shift();
      if (value === undefined) throw new UsageError(`${arg} needs a value; ${USAGE}`);
      if (arg === '--url') url = value;
      else today = value;
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
  return { file, url: new URL(url), today: today ?? todayInTokyo(new Date()) };
}

function validDay(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

/** Markup a browser would render as a page: no NUL bytes, and at least one HTML element. */
export function looksLikeHtml(text: string): boolean {
  if (text.slice(0, 8192).includes('\u0000')) return false;
  return /<(?:!doctype\s+html|html|head|body|meta|title|div|table|form|p|span|a|ul|ol|li|h[1-6]|section|input)[\s>/]/i.test(text);
}

/** The contract's view of a reading: its fields in its order, `notUnderstood` only when set. */
export function contractJson(r: PageReading): Record<string, unknown> {
  const out: Record<string, unknown> = {
    family: r.family,
    library: r.library,
    page: r.page,
    holds: r.holds.map((h) => ({
      title: h.title,
      volume: h.volume ?? null,
      state: h.state,
      stateLabel: h.stateLabel,
      rank: h.rank ?? null,
      pickupLocation: h.pickupLocation ?? null,
      reservedOn: h.reservedOn ?? null,
      pickupDeadline: h.pickupDeadline ?? null,
    })),
    loans: r.loans.map((l) => ({
      title: l.title,
      volume: l.volume ?? null,
      dueDate: l.dueDate ?? null,
      renewable: l.renewable ?? null,
      renewBlockedReason: l.renewBlockedReason ?? null,
    })),
    items: r.items.map((i) => ({ title: i.title, volume: i.volume ?? null, bibId: i.bibId ?? null, canAddToCart: i.canAddToCart })),
  };
  if (r.notUnderstood) out.notUnderstood = r.notUnderstood;
  return out;
}

/** Read one saved page; throws UsageError for anything that is not a readable HTML file. */
export async function parseFile(args: Args): Promise<Record<string, unknown>> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${args.file}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}`);
  }
  const { text } = decodeHtml(bytes);
  if (!looksLikeHtml(text)) throw new UsageError(`${args.file} is not an HTML file`);
  return withDocument(text, args.url.href, (doc) =>
    contractJson(readPage(args.url, doc, { today: args.today }, KNOWN_LIBRARIES)),
  );
}

async function main(): Promise<void> {
  try {
    const result = await parseFile(parseArgs(process.argv.slice(2)));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch (e) {
    process.stderr.write(`parse: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
