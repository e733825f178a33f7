import { normalizeText } from '../model/text';
import { extractVolume } from '../opac/volume';

/**
 * Series whose volumes carry no number, ordered by an explicit list (library-data.md §4.2). The patron can still
 * reorder a plan; this is only the default order.
 */
const KNOWN_SERIES: ReadonlyArray<{ name: string; works: readonly string[] }> = [
  {
    name: 'ハリー・ポッター',
    works: [
      'ハリー・ポッターと賢者の石', 'ハリー・ポッターと秘密の部屋', 'ハリー・ポッターとアズカバンの囚人', 'ハリー・ポッターと炎のゴブレット',
      'ハリー・ポッターと不死鳥の騎士団', 'ハリー・ポッターと謎のプリンス', 'ハリー・ポッターと死の秘宝',
    ],
  },
];

/** A title's place in its series: the work it belongs to and an ordering key (part first, then 上/中/下). */
export interface SeriesPosition {
  work: string;
  /** Empty for a title that is the work itself (三体 before 三体Ⅱ); null when the title names no place at all. */
  key: number[] | null;
}

export function seriesPosition(title: string): SeriesPosition {
  const { work, key } = extractVolume(title);
  for (const series of KNOWN_SERIES) {
    const at = series.works.findIndex((w) => normalizeText(w) === work);
    if (at >= 0) return { work: series.name, key: [at + 1, ...(key ?? [])] };
  }
  return { work, key };
}

/** Lexicographic order of keys; a shorter key that is a prefix comes first ([] < [1] < [1, 1] < [2]). */
export function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
