import type { HoldRecordInput } from '../../../model';
import { holdStateOf } from '../../lexicon';
import { textOf } from '../shared/dom';
import type { KindReader } from '../shared/reader';
import { holdFrom } from '../shared/records';
import { entries } from './list';

/**
 * Holds: the status is a labelled line (Kobe 予約状態：…), the flex box Yokohama puts it in, or an unlabelled line
 * holding a status word (受取可…, 返却待ち); the queue position is "N位" or 順番：N.
 */
export const readHolds: KindReader = (url, doc, ctx) => {
  const holds: HoldRecordInput[] = [];
  for (const e of entries(doc, url)) {
    const state =
      e.pairs.texts.state ??
      textOf(e.li.querySelector('.column.info > div[style*="flex"] > p')) ??
      e.lines.find((l) => holdStateOf(l) !== 'unknown') ??
      null;
    const rank = e.pairs.texts.rank ?? e.lines.find((l) => /^\d+\s*位$/.test(l)) ?? null;
    const hold = holdFrom({ ...e.pairs.texts, title: e.title, state, rank }, ctx, { bibId: e.bibId });
    if (hold) holds.push(hold);
  }
  return { holds };
};
