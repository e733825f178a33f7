import type { From, Handlers } from '../messaging/channel';
import type { MirrorDb } from '../mirror/db';
import type { SeriesPlan } from '../model';
import { moveVolume } from '../series/queue';
import type { BackgroundEdges } from './edges';
import { planStates, readPlans } from '../mirror/series';

type SeriesHandlers = Pick<Handlers, 'seriesPlans' | 'createSeries' | 'seriesProgress' | 'seriesAction'>;

/** Series plans: created from a page, moved on by the page's cart, steered from the popup. */
export function seriesHandlers(db: MirrorDb, edges: BackgroundEdges): SeriesHandlers {
  const update = async (id: string, change: (plan: SeriesPlan) => SeriesPlan | null, { caller }: From) => {
    const plan = (await readPlans(db)).find((p) => p.id === id);
    // A library's page may move on only that library's plans.
    if (!plan || (caller.kind === 'content' && caller.libraryId !== plan.libraryId)) throw new Error(`unknown series plan: ${id}`);
    const next = change(plan);
    if (next) await db.series.put(next);
    else await db.series.delete(id);
    // Statuses, the next step and its notice all follow from the mirror again.
    await edges.changed();
    return {};
  };
  return {
    seriesPlans: ({ libraryId }) => planStates(db, libraryId),
    async createSeries({ plan }) {
      if (!(await db.libraries.get(plan.libraryId))) throw new Error(`unknown library: ${plan.libraryId}`);
      const created: SeriesPlan = { ...plan, id: crypto.randomUUID(), createdAt: edges.now() };
      await db.series.put(created);
      await edges.changed();
      return { plan: created };
    },
    seriesProgress: ({ id, bibIds, status }, from) => update(id, (plan) => ({
      ...plan,
      volumes: plan.volumes.map((v) => (v.bibId !== null && bibIds.includes(v.bibId) ? { ...v, status } : v)),
    }), from),
    seriesAction: ({ id, action }, from) => update(id, (plan) => {
      switch (action.op) {
        case 'pause': return { ...plan, paused: true };
        case 'resume': return { ...plan, paused: false };
        case 'cancel': return null;
        case 'move': return moveVolume(plan, action.from, action.to);
        case 'advanceOn': return { ...plan, advanceOn: action.on };
      }
    }, from),
  };
}
