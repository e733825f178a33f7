import type { PageKind } from '../../model';
import type { NotUnderstood, PageReading, ReadContext } from '../types';
import { findRecordSets, type RecordSet } from './blocks';
import { bibIdOfAddress, ownCells, ownRows, textOf } from './dom';
import { linkItems } from './link-items';
import { isHoldRecord, isLoanRecord, pageOffers, toCart, toHolds, toItems, toLoans } from './records';

export type GenericReading = Omit<PageReading, 'family' | 'library' | 'page'>;

/** What OPACs print when a list is truly empty ("予約はありません", "該当するリストが存在しません。"). */
const EMPTY_LIST = /(?:予約|貸出|借り|該当|資料|データ|リスト|件数|本)[^。\n]{0,20}?(?:ありません|存在しません|ございません|見つかりません)/;

function saysEmpty(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  return root !== null && EMPTY_LIST.test(textOf(root));
}

/** The first-row texts of data-like tables (two rows or more, no nested tables) whatever their labels. */
function unknownTableHeaders(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('table')).flatMap((table) => {
    const rows = ownRows(table);
    const first = rows[0] ? ownCells(rows[0]) : [];
    return rows.length >= 2 && first.length >= 2 && !table.querySelector('table') ? first.map(textOf) : [];
  });
}

/**
 * Why a holds or loans page gave no records, or null when "no records" is the truth. An explicit empty-list
 * message counts only when no labelled table has rows, so a table the reader failed on is never read as empty.
 * So does a list table with its header and not one row under it, when no other data table on the page could hold
 * the rows (some OPACs print the header and nothing else for an empty list).
 */
function notUnderstood(sets: RecordSet[], doc: Document, what: string): NotUnderstood | null {
  const tables = sets.filter((s) => s.source === 'table');
  const labels = [...new Set([...sets.flatMap((s) => s.labels), ...unknownTableHeaders(doc)])];
  const tableHasRows = tables.some((s) => s.records.length > 0);
  if (!tableHasRows && saysEmpty(doc)) return null;
  if (tables.length > 0 && tables.every((s) => s.headerOnly) && unknownTableHeaders(doc).length === 0) return null;
  if (tables.length > 0) return { reason: `a table headed ${tables[0]!.labels.join(' / ')} gave no ${what}`, labels };
  if (labels.length > 0) return { reason: `no ${what} among the tables and labels on the page`, labels };
  return { reason: `no ${what} list was found on the page`, labels };
}

/**
 * Reads any page by its labels: the label-driven fallback for layouts no vendor adapter knows. Pure: the
 * document is only read.
 */
export function readGeneric(kind: PageKind, doc: Document, ctx: ReadContext, sets: RecordSet[] = findRecordSets(doc)): GenericReading {
  const reading: GenericReading = { holds: [], loans: [], items: [], cart: [], notUnderstood: null };
  const records = sets.flatMap((s) => s.records);
  const base = ctx.base ?? (doc.baseURI || doc.URL);
  switch (kind) {
    case 'holds': {
      // Rows are compared for cancel buttons within their own table; list items (one dl each) with each other.
      const groups = [...sets.filter((s) => s.source === 'table').map((s) => s.records), sets.filter((s) => s.source !== 'table').flatMap((s) => s.records)];
      reading.holds = groups.flatMap((g) => toHolds(g.filter(isHoldRecord), ctx.today, base));
      if (reading.holds.length === 0) reading.notUnderstood = notUnderstood(sets, doc, 'holds');
      break;
    }
    case 'loans': {
      const renews = pageOffers(doc, 'renew');
      reading.loans = toLoans(records.filter(isLoanRecord), ctx.today, base, renews);
      if (reading.loans.length === 0) reading.notUnderstood = notUnderstood(sets, doc, 'loans');
      break;
    }
    case 'results': {
      const labelled = toItems(records.filter((r) => r.fields.has('title')), base, pageOffers(doc, 'cart'));
      const linked = linkItems(doc, base, pageOffers(doc, 'cart'));
      // A list without labels is read from its title links; the labelled reading wins whenever it finds as many.
      reading.items = labelled.filter((i) => i.bibId).length >= linked.length ? labelled : linked;
      break;
    }
    case 'detail': {
      // A detail page names its title in its own address (…detail?bib=…) rather than in a link.
      const items = toItems(records.filter((r) => r.fields.has('title')), base, pageOffers(doc, 'cart'));
      const pageId = bibIdOfAddress(base, base);
      reading.items = items.length === 1 ? items.map((item) => ({ ...item, bibId: item.bibId ?? pageId })) : items;
      break;
    }
    case 'cart': {
      const labelled = toCart(records.filter((r) => r.fields.has('title')), base);
      const linked = linkItems(doc, base, false).map(({ title, volume, bibId }) => ({ title, volume, bibId }));
      reading.cart = labelled.filter((i) => i.bibId).length >= linked.length ? labelled : linked;
      break;
    }
    default:
      break;
  }
  return reading;
}
