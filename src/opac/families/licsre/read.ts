import type { HoldRecordInput } from '../../../model';
import { readGeneric } from '../../generic';
import { textOf } from '../shared/dom';
import { loansFromTable } from '../shared/lists';
import type { KindReader } from '../shared/reader';
import { holdFrom, volumeOnly } from '../shared/records';

/** Title links call `javascript:search_detail('<biblid>')`. */
function biblidIn(scope: Element): string | null {
  for (const a of scope.querySelectorAll('a[href], a[onclick]')) {
    const m = /search_detail\(\s*'([^']+)'/.exec(`${a.getAttribute('href') ?? ''} ${a.getAttribute('onclick') ?? ''}`);
    if (m) return m[1] ?? null;
  }
  return null;
}

/** Holds (userlist.do?type=3): `table.searchListTbl` with classed spans per value (opac-vendors.md §3). */
export const readHolds: KindReader = (_url, doc, ctx) => {
  const holds: HoldRecordInput[] = [];
  for (const tr of doc.querySelectorAll('table.searchListTbl tr')) {
    const title = textOf(tr.querySelector('td.tbl_long strong'));
    if (!title) continue;
    const hold = holdFrom(
      {
        title,
        volume: volumeOnly(title, textOf(tr.querySelector('span.colprttil'))),
        state: textOf(tr.querySelector('td.colstatus')),
        rank: textOf(tr.querySelector('span.colrsvodr strong, span.colrsvodr')),
        pickupLocation: textOf(tr.querySelector('span.colutolcs')),
        pickupDeadline: textOf(tr.querySelector('span.collimitdate')),
      },
      ctx,
      { bibId: biblidIn(tr) },
    );
    if (hold) holds.push(hold);
  }
  return { holds };
};

/** Loans (userlist.do?type=2): only the URL and YYYY/MM/DD dates are firm, so the table is read by its labels. */
export const readLoans: KindReader = (_url, doc, ctx) => {
  const table = doc.querySelector('table.searchListTbl');
  if (!table) return readGeneric('loans', doc, ctx);
  return { loans: loansFromTable(table, ctx, { bibIdOf: (row) => biblidIn(row.tr) }) };
};
