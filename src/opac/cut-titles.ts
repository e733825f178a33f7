import { recordTitleKey } from '../model/record-keys';
import { normalizeText } from '../model/text';
import { extractVolume, label, TRAILING_MARKS, unparkRoman, volumeTokensOf } from './volume';

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

/**
 * How the vendor families split a title before they kept it whole (mirror schema v1): the designator and everything
 * after it cut off, unless a subtitle stood between a series number and 上/中/下 or 前編/後編 (三体Ⅱ 黒暗森林 上:
 * 三体II 黒暗森林 + 上); 三体 第2部 黒暗森林 lost its subtitle (三体 + 第2部). Kept only so that the mirror can recognise
 * records it keyed that way; never for reading a page (so never in the content script's core).
 */
export function legacySplitVolume(shown: string): { title: string; volume: string | null } {
  const { s, part, half } = volumeTokensOf(shown);
  // A bracketed note between them (1Q84 BOOK1〈4月-6月〉前編) is the part's own; words outside brackets are a subtitle.
  const between = s.slice(part ? part.index + part.length : 0, half?.index ?? 0).replace(/[(\[〈《【「『〔][^)\]〉》】」』〕]*[)\]〉》】」』〕]/g, '');
  if (part && half && /[^\s・,、:\-~]/u.test(between)) {
    const title = s.slice(0, half.index).replace(TRAILING_MARKS, '');
    return { title: unparkRoman(title), volume: label(s, half) };
  }
  const { work, volume } = extractVolume(shown);
  return volume && work ? { title: work, volume } : { title: normalizeText(shown), volume: null };
}
