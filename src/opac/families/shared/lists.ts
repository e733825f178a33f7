import type { HoldRecordInput, LoanRecordInput } from '../../../model';
import type { ReadContext } from '../../types';
import { holdFrom, loanFrom } from './records';
import { readTable, type TableRow } from './table';

export interface TableOptions {
  /** The vendor's documented header, for a table without a header row. */
  fallback?: string[][];
  /** The item's id, from the row's links. */
  bibIdOf?: (row: TableRow) => string | null;
}

/** Holds of a list table read by its header labels (ELCIELO, TOSHOW and pages alike). */
export function holdsFromTable(table: Element, ctx: ReadContext, opts: TableOptions = {}): HoldRecordInput[] {
  return readTable(table, opts.fallback).flatMap((row) => {
    const hold = holdFrom(row.texts, ctx, { bibId: opts.bibIdOf?.(row) ?? null });
    return hold ? [hold] : [];
  });
}

export function loansFromTable(table: Element, ctx: ReadContext, opts: TableOptions = {}): LoanRecordInput[] {
  return readTable(table, opts.fallback).flatMap((row) => {
    const loan = loanFrom(row.texts, row.cells, ctx, { bibId: opts.bibIdOf?.(row) ?? null });
    return loan ? [loan] : [];
  });
}

/** A query parameter of the first link in the row's title cell (GBID, num, biblioid …). */
export function linkParam(row: TableRow, name: string, base: URL): string | null {
  const href = row.cells.title?.querySelector('a[href]')?.getAttribute('href');
  if (!href) return null;
  try {
    const value = new URL(href, base).searchParams.get(name);
    return value || null;
  } catch {
    return null;
  }
}
