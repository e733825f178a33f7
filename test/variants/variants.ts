import { decodeHtml } from '../../src/opac/decode';
import { readPage } from '../../src/opac/read-page';
import { displayTitle, titleKey } from '../../src/model/text';
import type { PageReading } from '../../src/opac/types';
import { offlineWindow } from '../../tools/html-document';
import { prng, type Random } from '../helpers/mutate';
import type { BasePage } from './bases';
import * as T from './transforms';

/**
 * The layout-variant generator: from one page, variants that keep its meaning (the same records must be read from
 * each) and variants that change it (they must not be read as holds, loans or results), and the page emptied of its
 * records (read as an empty list, or as not understood where nothing says it is empty).
 */

const window = offlineWindow('https://opac.test/');
export const closeWindow = () => window.happyDOM.close();

export function parse(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export interface Variant {
  name: string;
  html?: string;
  bytes?: Uint8Array;
}

export function readVariant(base: BasePage, variant: Variant): PageReading {
  const html = variant.bytes ? decodeHtml(variant.bytes).text : variant.html!;
  return readPage(new URL(base.url), parse(html), { today: base.today }, base.libraries);
}

const key = (r: { title: string; volume?: string | null }) => titleKey(displayTitle({ title: r.title, volume: r.volume ?? null }));

/** What must stay the same: the page, whether it is understood, and every record by its title as patrons know it. */
export function projection(r: PageReading) {
  return {
    family: r.family,
    library: r.library,
    page: r.page,
    understood: r.notUnderstood === null,
    holds: r.holds.map((h) => [key(h), h.state, titleKey(h.stateLabel), h.rank ?? null, h.pickupLocation ? titleKey(h.pickupLocation) : null, h.reservedOn ?? null, h.pickupDeadline ?? null, h.readyOn ?? null, h.bibId ?? null]),
    loans: r.loans.map((l) => [key(l), l.dueDate ?? null, l.renewable ?? null, l.renewBlockedReason ?? null, l.loanedOn ?? null, l.bibId ?? null]),
    items: r.items.map((i) => [key(i), i.bibId ?? null, i.canAddToCart]),
    cart: r.cart.map((c) => [key(c), c.bibId ?? null]),
  };
}

const count = (r: PageReading) => r.holds.length + r.loans.length + r.items.length + r.cart.length;

/** The layout changes, by name. Block layouts only for pages read by their labels (a vendor's screen is its own). */
const LAYOUT: Array<[string, T.Transform, (r: PageReading) => boolean]> = [
  ['wrapped headers', T.wrapHeaders, () => true],
  ['two-row header', T.twoRowHeader, () => true],
  ['th↔td', T.swapThTd, () => true],
  ['columns reordered', T.reorderColumns, () => true],
  ['extra column', T.extraColumn, () => true],
  ['merged columns', T.mergeColumns, () => true],
  ['caption and note rows', T.captionAndNotes, () => true],
  ['layout table', T.layoutTable, () => true],
  ['dl blocks', T.blocks('dl'), (r) => r.family === 'generic'],
  ['label：value blocks', T.blocks('text'), (r) => r.family === 'generic'],
  ['full-width digits', T.fullWidthDigits, () => true],
  ['extra whitespace', T.extraWhitespace, () => true],
];

const ENCODINGS = ['as is', 'numeric character references', 'BOM and CRLF', 'Shift_JIS', 'EUC-JP'] as const;

function encode(html: string, how: (typeof ENCODINGS)[number]): Pick<Variant, 'html' | 'bytes'> | null {
  switch (how) {
    case 'as is': return { html };
    case 'numeric character references': return { html: T.numericReferences(html) };
    case 'BOM and CRLF': return { bytes: T.bomCrlf(html) };
    case 'Shift_JIS': return T.encoded(html, 'Shift_JIS') && { bytes: T.encoded(html, 'Shift_JIS')! };
    case 'EUC-JP': return T.encoded(html, 'EUC-JP') && { bytes: T.encoded(html, 'EUC-JP')! };
  }
}

/**
 * Meaning-preserving variants of a page: seeded, each one to three layout changes that apply to it and an encoding.
 * Variants that change nothing are not counted; the same seed gives the same variant.
 */
export function preservingVariants(base: BasePage, baseReading: PageReading, wanted: number, seed: number): Variant[] {
  const layouts = LAYOUT.filter(([, , fits]) => fits(baseReading));
  const out: Variant[] = [];
  const seen = new Set<string>();
  for (let i = 0; out.length < wanted && i < wanted * 4; i++) {
    const random: Random = prng(seed * 1000 + i);
    const doc = parse(base.html);
    const applied = layouts.filter(() => random() < 0.3).filter(([, transform]) => transform(doc, random)).map(([name]) => name);
    const how = ENCODINGS[i % ENCODINGS.length]!;
    const encoded = encode(T.serialise(doc), how);
    if (!encoded) continue;
    const name = [...applied, how].join(' + ');
    const id = `${name}#${i}`;
    if ((applied.length === 0 && how === 'as is') || seen.has(id)) continue;
    seen.add(id);
    out.push({ name: id, ...encoded });
  }
  return out;
}

export type ListKind = 'holds' | 'loans' | 'results' | 'cart';
const LIST: Record<ListKind, 'holds' | 'loans' | 'items' | 'cart'> = { holds: 'holds', loans: 'loans', results: 'items', cart: 'cart' };

/** Meaning-changing variants of a list page, each with the list it must not be read as. */
export function changingVariants(base: BasePage, baseReading: PageReading): Array<Variant & { not: ListKind }> {
  const kind = baseReading.page as ListKind;
  if (!(kind in LIST) || count(baseReading) === 0) return [];
  const generic = baseReading.family === 'generic';
  const change = (name: string, transform: T.Transform): [string, T.Transform] => [name, transform];
  const changes: Array<[string, T.Transform]> = {
    holds: [change('hold columns dropped', T.dropColumns('holds')), change('labels unknown', T.unknownLabels), change('a ranking', T.ranking), ...(generic ? [change('a confirmation screen', T.confirmationScreen)] : [])],
    loans: [change('loan columns dropped', T.dropColumns('loans')), change('labels unknown', T.unknownLabels), change('a ranking', T.ranking)],
    results: [change('record evidence stripped', T.stripRecordEvidence), change('a ranking', T.ranking)],
    cart: [change('record evidence stripped', T.stripRecordEvidence)],
  }[kind];
  // Where a vendor prints a hold's words outside the columns (LiCS-Re's classed spans under the title), dropping
  // the columns changed nothing: such a page is left out rather than asserted on.
  const holdWords = baseReading.holds.flatMap((h) => [h.stateLabel, h.pickupLocation ?? '']).map(titleKey).filter((w) => w.length >= 2);
  return changes.flatMap(([name, transform]) => {
    const doc = parse(base.html);
    if (!transform(doc, prng(name.length))) return [];
    if (name === 'hold columns dropped' && holdWords.some((w) => titleKey(doc.body?.textContent ?? '').includes(w))) return [];
    return [{ name, html: T.serialise(doc), not: kind }];
  });
}

/** The element holding one record, found by its title: the largest around it that holds no other record's title. */
function recordElements(doc: Document, titles: string[]): Element[] {
  const keys = titles.map(titleKey).filter(Boolean);
  const holds = (el: Element, k: string) => titleKey(el.textContent ?? '').includes(k);
  const found = new Set<Element>();
  for (const k of keys) {
    const all = Array.from(doc.querySelectorAll('body *'));
    // The element showing exactly this title, else the innermost one holding it (a title can be another's prefix).
    const smallest = all.find((el) => titleKey(el.textContent ?? '') === k) ?? all.filter((el) => holds(el, k)).at(-1);
    let el = smallest ?? null;
    while (el?.parentElement && el.parentElement !== doc.body && !keys.some((o) => o !== k && holds(el!.parentElement!, o))) el = el.parentElement;
    if (el && el !== doc.body) found.add(el);
  }
  return [...found];
}

const EMPTY_MESSAGE: Record<ListKind, string> = {
  holds: '現在、予約している資料はありません。',
  loans: '現在、借りている資料はありません。',
  cart: 'カートに資料はありません。',
  results: '該当する資料はありません。',
};

/**
 * A list page emptied of its records: with the page's own words for an empty list it must be read as empty; without
 * them it must be read as empty only where its list table still stands with its header, and otherwise as not
 * understood.
 */
export function emptiedVariants(base: BasePage, baseReading: PageReading): Array<Variant & { expect: 'empty' | 'not understood'; kind: ListKind }> {
  const kind = baseReading.page as ListKind;
  if (!(kind in LIST) || count(baseReading) === 0) return [];
  const titles = [...baseReading.holds, ...baseReading.loans, ...baseReading.items, ...baseReading.cart].map((r) => r.title);
  const out: Array<Variant & { expect: 'empty' | 'not understood'; kind: ListKind }> = [];
  for (const message of [EMPTY_MESSAGE[kind], null]) {
    const doc = parse(base.html);
    const tables = T.listTables(doc).filter(({ model }) => model.rows.length > 0);
    if (tables.length > 0) {
      for (const { model } of tables) for (const row of model.rows) row.tr.remove();
    } else {
      const records = recordElements(doc, titles);
      if (records.length === 0) continue;
      records.forEach((el) => el.remove());
    }
    if (message) (doc.querySelector('h1, h2') ?? doc.body)?.insertAdjacentHTML('afterend', `<p class="empty">${message}</p>`);
    const expect = message || tables.length > 0 ? 'empty' : 'not understood';
    out.push({ name: `emptied${message ? ', saying so' : ''}`, html: T.serialise(doc), expect, kind });
  }
  return out;
}
