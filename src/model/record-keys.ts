import { titleKey } from './text';

interface Titled {
  title: string;
  volume: string | null;
}

/** Identity of a title on a card: survives whitespace and full/half-width differences between pages. */
export function recordTitleKey(record: Titled): string {
  return record.volume ? `${titleKey(record.title)}|${titleKey(record.volume)}` : titleKey(record.title);
}

/**
 * Keys for the records of one page, in page order. The same title twice on one card (two copies reserved) gets
 * `|1`, `|2` … so both are kept.
 */
export function keyRecords<T extends Titled>(scope: string, records: readonly T[]): Array<{ key: string; titleKey: string; record: T }> {
  const seen = new Map<string, number>();
  return records.map((record) => {
    const tk = recordTitleKey(record);
    const n = seen.get(tk) ?? 0;
    seen.set(tk, n + 1);
    return { key: `${scope}|${tk}|${n}`, titleKey: tk, record };
  });
}
