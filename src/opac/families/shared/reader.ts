import type { PageKind } from '../../../model';
import { readGeneric } from '../../generic';
import type { FamilyAdapter, PageReading, ReadContext } from '../../types';

export type Records = Omit<PageReading, 'family' | 'library' | 'page'>;
export type KindReader = (url: URL, doc: Document, ctx: ReadContext) => Partial<Records>;

export function emptyRecords(): Records {
  return { holds: [], loans: [], items: [], cart: [], notUnderstood: null };
}

/** A family's `read`: its own parser for a page kind, the generic label-driven reader for the kinds it has none for. */
export function makeReader(parsers: Partial<Record<PageKind, KindReader>>): FamilyAdapter['read'] {
  return (kind, url, doc, ctx) => {
    const own = parsers[kind];
    return { ...emptyRecords(), ...(own ? own(url, doc, ctx) : readGeneric(kind, doc, ctx)) };
  };
}
