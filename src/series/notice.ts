import type { SeriesPlan } from '../model';
import { recordTitleKey } from '../mirror/record-keys';

type Volume = SeriesPlan['volumes'][number];

/** The reminder key of a plan's volume: stable when the patron reorders the plan. */
export function seriesRecordKey(plan: SeriesPlan, v: Volume): string {
  return `series|${plan.id}|${v.bibId ?? recordTitleKey(v)}`;
}

/** The plan and volume a series reminder is about, or null when the plan was cancelled since. */
export function seriesVolumeOf(plans: readonly SeriesPlan[], recordKey: string): { plan: SeriesPlan; volume: Volume } | null {
  for (const plan of plans) {
    const volume = plan.volumes.find((v) => seriesRecordKey(plan, v) === recordKey);
    if (volume) return { plan, volume };
  }
  return null;
}

/** "1Q84 BOOK2": the work and the volume label, as a notice or the popup names a volume. */
export function volumeName(plan: Pick<SeriesPlan, 'work'>, v: Pick<Volume, 'title' | 'volume'>): string {
  return v.volume ? `${plan.work} ${v.volume}` : v.title;
}
