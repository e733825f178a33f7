import type { LoanRecordInput } from '../../../model';
import { RENEW_BLOCK_LABELS } from '../../lexicon';
import { integerIn, visibleText } from '../shared/dom';
import type { KindReader } from '../shared/reader';
import { loanFrom } from '../shared/records';
import { readTable } from '../shared/table';
import { splitListTitle, tilcodIn } from './title';

/** The documented header of 貸出状況一覧 (opac-vendors.md §2), used when the table's own header is missing. */
const HEADER = [
  ['No.'], ['資料名'], ['書誌種別'], ['貸出館'], ['貸出日'], ['返却期日'], ['状態区分'], ['予約数'], ['延長回数'], ['延長'],
];

export const readLoans: KindReader = (_url, doc, ctx) => {
  const table = doc.querySelector('table[summary="貸出状況一覧表"]');
  if (!table) return {};
  const loans: LoanRecordInput[] = [];
  for (const row of readTable(table, HEADER)) {
    // A row is read through its title cell (資料名); a table whose header names none is not this list.
    if (!row.cells.title) continue;
    const link = row.cells.title.querySelector('a');
    const { title, volume } = splitListTitle(visibleText(link ?? row.cells.title));
    const extend = row.tr.querySelector('[onclick*="extend("]');
    const loan = loanFrom({ ...row.texts, title, volume }, row.cells, ctx, {
      bibId: (tilcodIn(link) ?? row.tr.querySelector<HTMLInputElement>('input[name="list_chk"]')?.value ?? null) || null,
      loanId: /extend\(\s*["'](\w+)["']/.exec(extend?.getAttribute('onclick') ?? '')?.[1] ?? null,
    });
    if (!loan) continue;
    // The page's own note: an item renewed once cannot be renewed again.
    if (loan.renewable === false && !loan.renewBlockedReason && (integerIn(row.texts.renewCount) ?? 0) > 0) {
      loan.renewBlockedReason = RENEW_BLOCK_LABELS.renewed;
    }
    loans.push(loan);
  }
  return { loans };
};
