import type { LoanRecordInput } from '../../../model';
import { RENEW_BLOCK_LABELS } from '../../lexicon';
import type { KindReader } from '../shared/reader';
import { loanFrom } from '../shared/records';
import { entries } from './list';

/** Badges that say a loan cannot be renewed: Kobe 延長済 / 予約有, Hino's overdue icon. */
const BLOCKS: [string, string][] = [
  ['em.icon2.extend', RENEW_BLOCK_LABELS.renewed],
  ['em.icon2.reserveExist', RENEW_BLOCK_LABELS.reserved],
  ['span.icon-delay', RENEW_BLOCK_LABELS.overdue],
];

/** Loans: 貸出日:/返却予定日: lines; renewal is decided on a separate page, so only a badge can say "no". */
export const readLoans: KindReader = (url, doc, ctx) => {
  const loans: LoanRecordInput[] = [];
  for (const e of entries(doc, url)) {
    const block = BLOCKS.find(([selector]) => e.li.querySelector(selector));
    const loan = loanFrom({ ...e.pairs.texts, title: e.title }, {}, ctx, {
      bibId: e.bibId,
      renewable: block ? false : null,
      renewBlockedReason: block?.[1] ?? null,
    });
    if (loan) loans.push(loan);
  }
  return { loans };
};
