import type { Handlers } from '../messaging/channel';
import { clearMirror, exportMirror, importMirror, parseBackup } from '../mirror/backup';
import type { MirrorDb } from '../mirror/db';
import { featureSwitches } from '../features/switches';
import { writeSetting } from '../mirror/settings';
import type { BackgroundEdges } from './edges';
import { endInterruptedRefreshes, refreshLibraries } from './refresh';

type DataHandlers = Pick<Handlers, 'refresh' | 'featureSwitches' | 'saveSettings' | 'updateCard' | 'exportData' | 'importData' | 'deleteAllData'>;

/** Refresh, settings and the patron's data as a whole (export, import, delete). */
export function dataHandlers(db: MirrorDb, edges: BackgroundEdges): DataHandlers {
  /** After the mirror was replaced or emptied, everything derived from it is derived again. */
  const rederive = async () => {
    await edges.changed('libraries');
    await edges.changed('records');
  };
  // Built once per background start, so this runs once per start; a refresh asked meanwhile waits for it.
  const started = endInterruptedRefreshes(db).catch((error: unknown) => console.warn('[Uketori]', error));
  // Bumped before the mirror is emptied or replaced: a refresh started earlier sees it and writes nothing back.
  let generation = 0;
  return {
    async refresh({ libraryId }) {
      await started;
      const mine = generation;
      const results = await refreshLibraries(db, edges.refresh, libraryId, () => generation === mine);
      await edges.changed('records', results.flatMap((r) => r.events));
      return { results: results.map(({ libraryId: id, outcome }) => ({ libraryId: id, outcome })) };
    },
    featureSwitches: () => featureSwitches(db),
    async saveSettings({ reminders, features }) {
      if (reminders) await writeSetting(db, 'reminders', reminders);
      if (features) await writeSetting(db, 'features', features);
      // The content script reads the switches from what is kept with its registrations (src/messaging/page-facts.ts).
      if (features) await edges.changed('libraries');
      await edges.changed('records');
      return {};
    },
    async updateCard({ cardId, label, hidden }) {
      const card = await db.cards.get(cardId);
      if (!card) throw new Error(`unknown card: ${cardId}`);
      const updated = { ...card, ...(label !== undefined && { label: label || null }), ...(hidden !== undefined && { hidden }) };
      await db.cards.put(updated);
      await edges.changed('records');
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
      await edges.forgetAll();
      await rederive();
      return {};
    },
  };
}
