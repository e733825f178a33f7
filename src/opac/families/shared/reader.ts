import type { PageKind } from '../../../model';
import { readGeneric } from '../../generic';
import type { FamilyAdapter, PageReading, ReadContext } from '../../types';
import { queryParam } from './url';

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

/** The generic reader for a detail page whose record id is a URL parameter (GBID, biblioid, num). */
export function genericDetailWithId(param: string): KindReader {
  return (url, doc, ctx) => {
    const generic = readGeneric('detail', doc, ctx);
    const bibId = queryParam(url, param);
    return { ...generic, items: generic.items.map((item) => ({ ...item, bibId: item.bibId ?? bibId })) };
  };
}
