import { readGeneric } from '../../generic';
import { holdsFromTable, loansFromTable } from '../shared/lists';
import type { KindReader } from '../shared/reader';

/** Sagamihara's `#dgdYoy` header (opac-vendors.md §5), for a grid rendered without its header row. */
const HOLDS_HEADER = [
  ['No'], ['書名'], ['著者名'], ['出版者'], ['出版年'], ['分類'], ['形態'], ['連絡日'], ['取置期限'], ['受取館'], ['予約順'],
  ['種別'], ['予約状況'],
];

/**
 * WwJoukyou.aspx shows loans (`#dgdKas`) and holds (`#dgdYoy`) together, so either kind reads both. Rows post back
 * to a detail view, so they carry no item id.
 */
export const readStatus: KindReader = (_url, doc, ctx) => {
  const holdsTable = doc.querySelector('table#dgdYoy');
  const loansTable = doc.querySelector('table#dgdKas');
  return {
    holds: holdsTable ? holdsFromTable(holdsTable, ctx, { fallback: HOLDS_HEADER }) : [],
    loans: loansTable ? loansFromTable(loansTable, ctx) : readGeneric('loans', doc, ctx).loans,
  };
};
