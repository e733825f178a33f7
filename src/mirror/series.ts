import { SeriesPlan, type Library } from '../model';
import type { MirrorDb } from './db';
import { activeHoldCount, freeSlots, pendingCount } from '../series/plan';
import { nextStep, syncPlan, type PlanState } from '../series/queue';
import type { KnownRecords } from '../series/records';

/** Every plan, validated (rows an older version wrote get today's defaults). */
export async function readPlans(db: MirrorDb, libraryId?: string): Promise<SeriesPlan[]> {
  const rows = libraryId ? await db.series.where('libraryId').equals(libraryId).toArray() : await db.series.toArray();
  return rows.map((row) => SeriesPlan.parse(row)).sort((a, b) => a.createdAt - b.createdAt);
}

async function knownFor(db: MirrorDb, libraryId: string, cardId: string | null): Promise<KnownRecords> {
  const mine = <T extends { cardId: string }>(r: T) => cardId === null || r.cardId === cardId;
  const [holds, loans, cart] = await Promise.all([
    db.holds.where('libraryId').equals(libraryId).filter(mine).toArray(),
    db.loans.where('libraryId').equals(libraryId).filter(mine).toArray(),
    db.cart.where('libraryId').equals(libraryId).toArray(),
  ]);
  return { holds, loans, cart };
}

/** Bring every plan's volumes in line with the mirror (picked up, borrowed, returned, cancelled, expired). */
export async function syncSeries(db: MirrorDb): Promise<void> {
  await db.transaction('rw', [db.series, db.holds, db.loans, db.cart], async () => {
    for (const plan of await readPlans(db)) {
      const synced = syncPlan(plan, await knownFor(db, plan.libraryId, plan.cardId));
      if (JSON.stringify(synced.volumes) !== JSON.stringify(plan.volumes)) await db.series.put(synced);
    }
  });
}

/** Each plan with its next step, under its library's limit and ordering. */
export async function planStates(db: MirrorDb, libraryId?: string): Promise<PlanState[]> {
  const plans = await readPlans(db, libraryId);
  const libraries = new Map((await db.libraries.toArray()).map((l): [string, Library] => [l.id, l]));
  const states: PlanState[] = [];
  for (const plan of plans) {
    const library = libraries.get(plan.libraryId);
    const known = await knownFor(db, plan.libraryId, plan.cardId);
    const pending = pendingCount(plans, plan);
    const free = freeSlots(library?.rules.limit ?? null, activeHoldCount(known.holds, plan.cardId), pending);
    states.push({ plan, free: Number.isFinite(free) ? free : null, step: nextStep(plan, { ordered: Boolean(library?.rules.orderedReservation), free }) });
  }
  return states;
}
