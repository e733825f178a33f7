import type { Handlers } from '../messaging/channel';
import { clearMirror, exportMirror, importMirror, parseBackup } from '../mirror/backup';
import type { MirrorDb } from '../mirror/db';
import { featureSwitches } from '../features/switches';
import { writeSetting } from '../mirror/settings';
import type { BackgroundEdges } from './edges';
import type { Library } from '../model';
import { endInterruptedRefreshes, refreshLibrary } from './refresh';
import { singleFlight } from './serial';

type DataHandlers = Pick<Handlers, 'refresh' | 'featureSwitches' | 'saveSettings' | 'updateCard' | 'exportData' | 'importData' | 'deleteAllData'>;

/** Refresh, settings and the patron's data as a whole (export, import, delete). */
export function dataHandlers(db: MirrorDb, edges: BackgroundEdges): DataHandlers {
  /** After the mirror was replaced or emptied, everything derived from it is derived again. */
  const rederive = async () => {
    await edges.changed();
  };
  // Built once per background start, so this runs once per start; a refresh asked meanwhile waits for it.
  const started = endInterruptedRefreshes(db).catch((error: unknown) => console.warn('[Uketori]', error));
  // Bumped before the mirror is emptied or replaced: a refresh started earlier sees it and writes nothing back.
  let generation = 0;
  // One check per library at a time (今すぐ確認 pressed again, two popups, a check asked for all and one for this
  // library): a request meanwhile joins the check under way, so its pages are fetched, reconciled and reported
  // once. A check from before a delete or an import belongs to a mirror that is gone and is never joined.
  const refreshOnce = singleFlight((library: Library, mine: number) => `${mine}|${library.id}`, async (library: Library, mine: number) => {
    const refreshed = await refreshLibrary(db, library, edges.refresh, () => generation === mine);
    await edges.changed(refreshed.events);
    return refreshed;
  });
  return {
    async refresh({ libraryId }) {
      await started;
      const mine = generation;
      // Every library (or one), side by side: libraries are separate servers.
      const libraries = (await db.libraries.toArray()).filter((l) => libraryId === null || l.id === libraryId);
      const results = await Promise.all(libraries.map((library) => refreshOnce(library, mine)));
      return { results: results.map(({ libraryId: id, outcome }) => ({ libraryId: id, outcome })) };
    },
    featureSwitches: () => featureSwitches(db),
    async saveSettings({ reminders, features }) {
      if (reminders) await writeSetting(db, 'reminders', reminders);
      if (features) await writeSetting(db, 'features', features);
      // The content script is handed the switches with every injection (src/background/page-injection.ts).
      await edges.changed();
      return {};
    },
    async updateCard({ cardId, label, hidden }) {
      const card = await db.cards.get(cardId);
      if (!card) throw new Error(`unknown card: ${cardId}`);
      const updated = { ...card, ...(label !== undefined && { label: label || null }), ...(hidden !== undefined && { hidden }) };
      await db.cards.put(updated);
      await edges.changed();
      return { card: updated };
    },
    exportData: () => exportMirror(db, edges.now()),
    async importData({ json }) {
      const parsed = parseBackup(json);
      if (!parsed.ok) throw new Error(parsed.reason);
      generation += 1;
      await importMirror(db, parsed.backup, parsed.legacySalt);
      await rederive();
      return { counts: Object.fromEntries(Object.entries(parsed.backup.tables).map(([name, rows]) => [name, rows.length])) };
    },
    async deleteAllData() {
      generation += 1;
      await clearMirror(db);
      // Whatever the browser refuses to forget, what is derived from the (now empty) mirror still goes.
      try {
        await edges.forgetAll();
      } finally {
        await rederive();
      }
      return {};
    },
  };
}
