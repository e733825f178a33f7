import type { SeriesPlan, SeriesVolumeStatus } from '../model';
import { isActiveHold, sameVolume, type KnownRecords } from './records';

type Volume = SeriesPlan['volumes'][number];

/** Statuses Uketori no longer watches: the volume has been read or left out. */
const FINISHED: readonly SeriesVolumeStatus[] = ['done', 'skipped'];

/**
 * A volume's status after the mirror changed. Loans and live holds say where it is; a hold that left the holds page
 * since the plan began tells how it ended: picked up (done), expired on the shelf (queued again, so the patron can
 * reserve it anew) or cancelled (skipped: the patron or the library ended it). A volume returned is done.
 */
export function syncVolume(v: Volume, known: KnownRecords, since: number): SeriesVolumeStatus {
  if (FINISHED.includes(v.status)) return v.status;
  if (known.loans.some((l) => sameVolume(v, l))) return 'borrowed';
  const holds = known.holds.filter((h) => sameVolume(v, h));
  const live = holds.find(isActiveHold);
  if (live) return live.state === 'ready' ? 'ready' : 'reserved';
  if (v.status === 'borrowed') return 'done';
  const ended = holds.filter((h) => (h.goneAt ?? h.updatedAt) >= since && !isActiveHold(h)).sort((a, b) => (b.goneAt ?? b.updatedAt) - (a.goneAt ?? a.updatedAt))[0];
  if (!ended || v.status === 'queued') return v.status;
  if (ended.outcome === 'picked_up') return 'done';
  return ended.outcome === 'expired' ? 'queued' : 'skipped';
}

export function syncPlan(plan: SeriesPlan, known: KnownRecords): SeriesPlan {
  return { ...plan, volumes: plan.volumes.map((v) => ({ ...v, status: syncVolume(v, known, plan.createdAt) })) };
}

/** What a plan does next, for the popup ("what it waits for") and for the notice 次の巻を予約できます. */
export type NextStep =
  | { kind: 'reserve'; index: number }
  | { kind: 'wait_previous'; index: number; previous: number; on: SeriesPlan['advanceOn'] }
  | { kind: 'wait_slot'; index: number }
  | { kind: 'finish_reserving'; index: number }
  | { kind: 'paused'; index: number }
  | { kind: 'done' };

const REACHED: Record<SeriesPlan['advanceOn'], readonly SeriesVolumeStatus[]> = {
  ready: ['ready', 'borrowed', 'done'],
  borrowed: ['borrowed', 'done'],
};

/**
 * The next volume's turn. Without the library's ordered reservation a volume waits until the one before it is
 * ready or borrowed (the patron's choice), so it cannot arrive first; with it, queued volumes are the ones the
 * limit left out and wait only for a free slot. A volume still in the cart must be reserved first.
 */
export function nextStep(plan: SeriesPlan, { ordered, free }: { ordered: boolean; free: number }): NextStep {
  const index = plan.volumes.findIndex((v) => v.status === 'queued');
  const inCart = plan.volumes.findIndex((v) => v.status === 'in_cart');
  if (index < 0) return inCart >= 0 ? { kind: 'finish_reserving', index: inCart } : { kind: 'done' };
  if (plan.paused) return { kind: 'paused', index };
  if (inCart >= 0 && inCart < index) return { kind: 'finish_reserving', index: inCart };
  const previous = plan.volumes.slice(0, index).findLastIndex((v) => v.status !== 'skipped');
  if (!ordered && previous >= 0 && !REACHED[plan.advanceOn].includes(plan.volumes[previous]!.status)) {
    return { kind: 'wait_previous', index, previous, on: plan.advanceOn };
  }
  return free > 0 ? { kind: 'reserve', index } : { kind: 'wait_slot', index };
}

/** A plan as the popup and the pages see it. */
export interface PlanState {
  plan: SeriesPlan;
  step: NextStep;
  /** Reservations the library still takes from this card, counting volumes on their way through the cart; null
   *  when the library's limit is unknown. */
  free: number | null;
}

/** Move a volume within the reading order (the popup's ↑/↓); indexes out of range leave the plan as it was. */
export function moveVolume(plan: SeriesPlan, from: number, to: number): SeriesPlan {
  if (from < 0 || to < 0 || from >= plan.volumes.length || to >= plan.volumes.length) return plan;
  const volumes = [...plan.volumes];
  const [moved] = volumes.splice(from, 1);
  volumes.splice(to, 0, moved!);
  return { ...plan, volumes };
}
