import type { HoldRecordInput, LoanRecordInput } from '../../../model';
import { textOf } from '../shared/dom';
import { readPairs } from '../shared/pairs';
import type { KindReader } from '../shared/reader';
import { holdFrom, loanFrom } from '../shared/records';
import { queryParam, resolveHref } from '../shared/url';

/**
 * One `section.infotable` per item: title in `h3 a span`, link `bookdetail?num=`, values as `dt`/`dd` pairs
 * (予約状況, 受取場所, 予約日, 順位 / 貸出日, 延長, 返却期限), opac-vendors.md §6.
 */
function sections(url: URL, doc: Document) {
  return [...doc.querySelectorAll('section.infotable')].map((section) => {
    const link = section.querySelector('h3 a');
    const href = resolveHref(link?.getAttribute('href') ?? null, url);
    return {
      title: textOf(section.querySelector('h3 a span') ?? link),
      bibId: (href && queryParam(href, 'num')) ?? null,
      pairs: readPairs(section),
    };
  });
}

export const readHolds: KindReader = (url, doc, ctx) => ({
  holds: sections(url, doc).flatMap((s): HoldRecordInput[] => {
    const hold = holdFrom({ ...s.pairs.texts, title: s.title }, ctx, { bibId: s.bibId });
    return hold ? [hold] : [];
  }),
});

export const readLoans: KindReader = (url, doc, ctx) => ({
  loans: sections(url, doc).flatMap((s): LoanRecordInput[] => {
    const loan = loanFrom({ ...s.pairs.texts, title: s.title }, s.pairs.cells, ctx, { bibId: s.bibId });
    return loan ? [loan] : [];
  }),
});
