import { recordTitleKey } from '../model/record-keys';
import { legacySplitVolume } from './volume';

/**
 * Records the mirror keyed before the vendor families kept titles whole (schema v1: 三体 第2部 黒暗森林 stored as
 * 三体 + 第2部). The v2 upgrade marks such rows `keyedByCutTitle`; these functions recognise a record read whole as
 * the same title, so that an upgrade never makes a record look new, gone or borrowed by someone else.
 */
interface Titled {
  title: string;
  volume: string | null;
}

/** A stored row or a series volume; the mark says its title and volume are the cut ones. */
export interface MaybeCut extends Titled {
  keyedByCutTitle?: true | undefined;
}

/**
 * A record read whole as a family reader would have read it before: its title split the old way when that finds a
 * volume in it; otherwise as it is (a title without a designator, or one whose volume came from a 巻次 column).
 */
export function cutTitled<T extends Titled>(record: T): T {
  const cut = legacySplitVolume(record.title);
  return cut.volume ? { ...record, title: cut.title, volume: cut.volume } : record;
}

/** Whether two records name the same title, either one perhaps keyed by its cut title. */
export function sameTitle(a: MaybeCut, b: MaybeCut): boolean {
  const key = recordTitleKey(a);
  if (key === recordTitleKey(b)) return true;
  if (Boolean(a.keyedByCutTitle) === Boolean(b.keyedByCutTitle)) return false;
  const [cut, whole] = a.keyedByCutTitle ? [a, b] : [b, a];
  return recordTitleKey(cut) === recordTitleKey(cutTitled(whole));
}
