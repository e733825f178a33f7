import type { PageKind } from '../../../model';
import { readGeneric } from '../../generic';
import type { FamilyAdapter, PageReading, ReadContext } from '../../types';

export type Records = Omit<PageReading, 'family' | 'library' | 'page'>;
export type KindReader = (url: URL, doc: Document, ctx: ReadContext) => Partial<Records>;

export function emptyRecords(): Records {
  return { holds: [], loans: [], items: [], cart: [], notUnderstood: null };
}

const hasRecords = (r: Records) => r.holds.length + r.loans.length + r.items.length + r.cart.length > 0;

/**
 * A family's `read`: its own parser for a page kind, the generic label-driven reader for the kinds it has none for.
 * Where its own parser finds nothing (the screen laid out otherwise than the vendor's documented one: a smartphone
 * layout, a template changed by the library), the label-driven reader reads the page by its labels and evidence.
 */
export function makeReader(parsers: Partial<Record<PageKind, KindReader>>): FamilyAdapter['read'] {
  return (kind, url, doc, ctx) => {
    const own = parsers[kind];
    if (!own) return { ...emptyRecords(), ...readGeneric(kind, doc, ctx) };
    const read = { ...emptyRecords(), ...own(url, doc, ctx) };
    if (hasRecords(read) || read.notUnderstood) return read;
    const generic = { ...emptyRecords(), ...readGeneric(kind, doc, ctx) };
    return hasRecords(generic) ? generic : read;
  };
}
