import type { PageKind } from '../../model';
import type { ReadContext } from '../types';
import { findRecordSets, type RecordSet } from './blocks';
import { kindReader } from './kinds';
import type { GenericReading } from './reading';

export type { GenericReading } from './reading';

/**
 * Reads any page by its labels: the label-driven fallback for layouts no vendor adapter knows, each page kind by its
 * own reader (./kinds.ts). Pure: the document is only read.
 */
export function readGeneric(kind: PageKind, doc: Document, ctx: ReadContext, sets: RecordSet[] = findRecordSets(doc)): GenericReading {
  const reading: GenericReading = { holds: [], loans: [], items: [], cart: [], notUnderstood: null };
  const read = kindReader(kind);
  return read ? { ...reading, ...read(sets, doc, ctx, ctx.base ?? (doc.baseURI || doc.URL)) } : reading;
}
