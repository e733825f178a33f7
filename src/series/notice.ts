import type { Hold, IsoDate, SeriesPlan } from '../model';
import { todayInTokyo } from '../model/dates';
import { recordTitleKey } from '../model/record-keys';
import { sameVolume } from './records';

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

/**
 * The day a volume's turn began, which names its "次の巻を予約できます" notice: the plan's first day, or the day the
 * volume's last reservation expired on the shelf (it is queued again, and the patron is told again — once).
 */
export function seriesTurnDay(plan: SeriesPlan, v: Volume, holds: readonly Hold[]): IsoDate {
  const expired = holds
    .filter((h) => h.outcome === 'expired' && h.goneAt !== null && h.goneAt >= plan.createdAt && sameVolume(v, h))
    .reduce((latest, h) => Math.max(latest, h.goneAt!), plan.createdAt);
  return todayInTokyo(new Date(expired));
}
