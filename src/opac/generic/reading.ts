import type { PageReading, ReadContext } from '../types';
import type { RecordSet } from './blocks';

/** What the label-driven reader gives: the records of a page, without the page's family, library or kind. */
export type GenericReading = Omit<PageReading, 'family' | 'library' | 'page'>;

/** What the label-driven reader reads from one kind of page, given the page's record sets and its address. */
export type GenericKindReader = (sets: RecordSet[], doc: Document, ctx: ReadContext, base: string) => Partial<GenericReading>;
