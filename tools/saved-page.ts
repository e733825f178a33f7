/**
 * A saved OPAC page read as the extension reads it, and the saved test cases built on that: each family folder
 * (src/opac/families/<id>/cases/) and the generic reader (src/opac/generic/cases/) keep pages with the reading they
 * must give, in the parse CLI's JSON contract (ARCHITECTURE.md). A case whose page lives in ../shared is a manifest
 * entry pointing at the shared file, read at test time and never copied into the repository.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KNOWN_LIBRARIES } from '../src/libraries';
import { decodeHtml } from '../src/opac/decode';
import { readPage } from '../src/opac/read-page';
import { FAMILY_ADAPTERS } from '../src/opac/registry';
import type { PageReading } from '../src/opac/types';
import { withDocument } from './html-document';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The team's shared evidence folder beside the repository. */
export const SHARED = resolve(REPO, '../shared');

export class NotHtmlError extends Error {}

/** Markup a browser would render as a page: no NUL bytes, and at least one HTML element. */
export function looksLikeHtml(text: string): boolean {
  if (text.slice(0, 8192).includes('\u0000')) return false;
  return /<(?:!doctype\s+html|html|head|body|meta|title|div|table|form|p|span|a|ul|ol|li|h[1-6]|section|input)[\s>/]/i.test(text);
}

/** Read a page's bytes as a browser would (BOM, meta charset, Shift_JIS as CP932) and as the extension would. */
export async function readSavedPage(bytes: Uint8Array, url: URL, today: string): Promise<PageReading> {
  const { text } = decodeHtml(bytes);
  if (!looksLikeHtml(text)) throw new NotHtmlError('not an HTML file');
  return withDocument(text, url.href, (doc) => readPage(url, doc, { today }, KNOWN_LIBRARIES));
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

/**
 * A saved case's expectation: the contract JSON, and under `extra` what a reading holds beyond it (record ids, the
 * cart's entries, cancel and renewal details), so a case asserts all the reader tells.
 */
export function caseJson(r: PageReading): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  if (r.holds.length) extra.holds = r.holds.map((h) => ({ readyOn: h.readyOn ?? null, bibId: h.bibId ?? null, holdId: h.holdId ?? null, canCancel: h.canCancel ?? null }));
  if (r.loans.length) extra.loans = r.loans.map((l) => ({ loanedOn: l.loanedOn ?? null, bibId: l.bibId ?? null, loanId: l.loanId ?? null, renewCount: l.renewCount ?? null, reservedByOthers: l.reservedByOthers ?? null }));
  if (r.items.length) extra.items = r.items.map((i) => ({ author: i.author ?? null, publisher: i.publisher ?? null }));
  if (r.cart.length || r.page === 'cart') extra.cart = r.cart.map((c) => ({ title: c.title, volume: c.volume ?? null, bibId: c.bibId ?? null }));
  return Object.keys(extra).length ? { ...contractJson(r), extra } : contractJson(r);
}

/** One case in a folder's manifest (cases.json): the page's address, the day it is read on, and a shared page. */
export interface CaseEntry {
  url: string;
  today: string;
  /** A page in ../shared (path relative to it), read from there, never copied. */
  shared?: string;
  /** Another case's page in the same folder, read at another address (a login form where a list was asked for). */
  page?: string;
}

export interface SavedCase extends CaseEntry {
  owner: string;
  name: string;
  /** The page file, or null when it is a shared page and ../shared is absent. */
  file: string | null;
  expectedFile: string;
}

const MANIFEST = 'cases.json';

/** Where case folders are written: the repository, or another tree for the CLI's own tests. */
const CASE_ROOT = process.env.UKETORI_CASE_ROOT ?? REPO;

/** The case folder of a family id or of the generic reader. */
export function caseDir(owner: string, root = CASE_ROOT): string {
  if (owner === 'generic') return join(root, 'src/opac/generic/cases');
  if (!FAMILY_ADAPTERS.some((f) => f.id === owner)) throw new Error(`no family ${owner}; known: generic, ${FAMILY_ADAPTERS.map((f) => f.id).join(', ')}`);
  return join(root, 'src/opac/families', owner, 'cases');
}

function manifest(dir: string): Record<string, CaseEntry> {
  const file = join(dir, MANIFEST);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, CaseEntry>) : {};
}

/** Every saved case of every family and of the generic reader. */
export function savedCases(): SavedCase[] {
  return ['generic', ...FAMILY_ADAPTERS.map((f) => f.id)].flatMap((owner) => {
    const dir = caseDir(owner, REPO);
    return Object.entries(manifest(dir)).map(([name, entry]) => {
      const page = entry.shared ? join(SHARED, entry.shared) : join(dir, entry.page ?? `${name}.html`);
      return { owner, name, ...entry, file: existsSync(page) ? page : entry.shared ? null : page, expectedFile: join(dir, `${name}.expected.json`) };
    });
  });
}

/**
 * Save a page as a case `<owner>/<name>`: its manifest entry, its expected reading, and the page itself — unless it
 * lies in ../shared, which is pointed at instead of copied.
 */
export function saveCase(target: string, file: string, url: URL, today: string, reading: PageReading): string[] {
  const m = /^([a-z]+)\/([\w.-]+)$/.exec(target);
  if (!m) throw new Error(`--save-case wants <family>/<name>, e.g. licsre/detail; got ${target}`);
  const [, owner, name] = m as unknown as [string, string, string];
  const dir = caseDir(owner);
  mkdirSync(dir, { recursive: true });
  const source = resolve(file);
  const inShared = !relative(SHARED, source).startsWith('..');
  const beside = dirname(source) === resolve(dir) && source !== resolve(dir, `${name}.html`);
  const where = inShared ? { shared: relative(SHARED, source) } : beside ? { page: relative(dir, source) } : {};
  const entry: CaseEntry = { url: url.href, today, ...where };
  const written: string[] = [];
  if (!inShared && !beside) {
    const page = join(dir, `${name}.html`);
    if (resolve(page) !== source) copyFileSync(source, page);
    written.push(page);
  }
  const expected = join(dir, `${name}.expected.json`);
  writeFileSync(expected, `${JSON.stringify(caseJson(reading), null, 2)}\n`);
  const all = { ...manifest(dir), [name]: entry };
  const sorted = Object.fromEntries(Object.keys(all).sort().map((k) => [k, all[k]!]));
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(sorted, null, 2)}\n`);
  return [...written, expected, join(dir, MANIFEST)];
}
