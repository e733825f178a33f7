import { STORAGE_FULL_KEY, StorageFull, isQuotaError, type SpaceWhat, type WriteWatch } from '../mirror/storage-space';
import type { BackgroundEdges } from './edges';

type Session = BackgroundEdges['session'];

/** The notice of writes refused for lack of space: one per store (the mirror, the session storage of intents). */
export interface SpaceNotice {
  /** The mirror's writes (../mirror/storage-space.ts watchWrites). */
  mirror: WriteWatch;
  /** The extension's session storage, telling this notice of what it refused and of every write it kept. */
  watched(session: Session): Session;
}

/**
 * Keep the notice the popup and the options page show in the extension's session storage: set when a write is
 * refused for lack of space, and cleared, store by store, by the next write there that succeeds. Changes are
 * written in order, and only when the notice changes (most writes change nothing).
 */
export function spaceNotice(area: Session, now: () => number, report: (error: unknown) => void): SpaceNotice {
  const refused = new Set<SpaceWhat>();
  let queue = area.get([STORAGE_FULL_KEY]).then((stored) => {
    const notice = StorageFull.safeParse(stored[STORAGE_FULL_KEY]);
    if (notice.success) notice.data.what.forEach((w) => refused.add(w));
  }).catch(report);
  const update = (change: () => boolean) => {
    queue = queue.then(async () => {
      if (!change()) return;
      if (refused.size === 0) await area.remove(STORAGE_FULL_KEY);
      else await area.set({ [STORAGE_FULL_KEY]: { what: [...refused], at: now() } satisfies StorageFull });
    }).catch(report);
  };
  const add = (what: SpaceWhat[]) => update(() => what.filter((w) => !refused.has(w)).map((w) => refused.add(w)).length > 0);
  const clear = (what: SpaceWhat[]) => update(() => what.filter((w) => refused.delete(w)).length > 0);
  const MIRROR: SpaceWhat[] = ['records', 'reminders', 'series', 'settings'];
  return {
    mirror: { refused: add, saved: () => clear(MIRROR) },
    watched: (session) => ({
      get: session.get,
      remove: session.remove,
      async set(items) {
        try {
          await session.set(items);
        } catch (error) {
          if (isQuotaError(error)) add(['intents']);
          throw error;
        }
        clear(['intents']);
      },
    }),
  };
}
