import { displayTitle, normalizeText } from '../model/text';
import { compareKeys, seriesPosition } from './order';

/** What grouping needs of a title on a page or in the mirror. */
export interface SeriesItem {
  title: string;
  /** The volume when the page splits it off the title (LICS-XP: 1Q84 + BOOK1). */
  volume?: string | null;
  bibId: string | null;
  /** Publisher and format as the page shows them ("新潮社 (新潮文庫)"): editions split differently never mix. */
  publisher?: string | null;
}

export interface SeriesGroup<T extends SeriesItem> {
  /** `${work}|${publisher}`: the same work from another publisher or in another format is another group. */
  id: string;
  work: string;
  publisher: string | null;
  /** In reading order. */
  members: T[];
}

export function seriesIdOf(item: SeriesItem): { id: string; work: string; key: number[] | null } {
  const { work, key } = seriesPosition(displayTitle({ title: item.title, volume: item.volume ?? null }));
  return { id: `${work}|${normalizeText(item.publisher ?? '')}`, work, key };
}

/**
 * The series among a list of titles: titles of one work, publisher and format, with at least two volumes (or
 * `minimum`), in reading order. A title that is the bare work (三体) is its first volume; titles with neither a
 * volume nor a known series are left out.
 */
export function groupSeries<T extends SeriesItem>(items: readonly T[], minimum = 2): Array<SeriesGroup<T>> {
  const groups = new Map<string, { work: string; publisher: string | null; members: Array<{ item: T; key: number[] }> }>();
  const placed = items.map((item) => ({ item, ...seriesIdOf(item) }));
  const works = new Set(placed.filter((p) => p.key !== null).map((p) => p.id));
  for (const { item, id, work, key } of placed) {
    if (key === null && !works.has(id)) continue;
    const group = groups.get(id) ?? { work, publisher: item.publisher ?? null, members: [] };
    group.members.push({ item, key: key ?? [] });
    groups.set(id, group);
  }
  return [...groups.entries()]
    .filter(([, g]) => g.members.length >= minimum)
    .map(([id, g]) => ({
      id,
      work: g.work,
      publisher: g.publisher,
      members: g.members.sort((a, b) => compareKeys(a.key, b.key) || a.item.title.localeCompare(b.item.title)).map((m) => m.item),
    }));
}
