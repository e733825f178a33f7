import { z } from 'zod';
import { Card, CartItem, Hold, Instant, Library, Loan, MirrorEvent, Reminder, SeriesPlan, Setting } from '../model';
import type { MirrorDb } from './db';
import { SETTINGS, type SettingKey } from './settings';

const FORMAT = 'uketori-backup';

/** A stored setting: the typed ones must still fit their schema, anything else is kept as it was. */
const BackupSetting = Setting.superRefine((s, ctx) => {
  const known = SETTINGS[s.key as SettingKey];
  if (!known) return;
  const parsed = known.schema.safeParse(s.value);
  if (!parsed.success) ctx.addIssue({ code: 'custom', message: `setting ${s.key}: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
});

/** Everything the mirror holds, one array per table: what "export" writes and "import" accepts. */
export const Backup = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  exportedAt: Instant,
  tables: z.object({
    libraries: z.array(Library),
    cards: z.array(Card),
    holds: z.array(Hold),
    loans: z.array(Loan),
    cart: z.array(CartItem),
    events: z.array(MirrorEvent),
    reminders: z.array(Reminder),
    series: z.array(SeriesPlan),
    settings: z.array(BackupSetting),
  }),
});
export type Backup = z.infer<typeof Backup>;
type TableName = keyof Backup['tables'];
const TABLES = Object.keys(Backup.shape.tables.shape) as TableName[];

export async function exportMirror(db: MirrorDb, now: number): Promise<Backup> {
  const entries = await Promise.all(TABLES.map(async (name) => [name, await db.table(name).toArray()] as const));
  return { format: FORMAT, version: 1, exportedAt: now, tables: Object.fromEntries(entries) as Backup['tables'] };
}

/** A backup file's text, checked; the reason names the first problem so the patron can tell a wrong file from a damaged one. */
export function parseBackup(text: string): { ok: true; backup: Backup } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = Backup.safeParse(json);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, reason: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
}

/** Replace the whole mirror with a backup in one transaction: either everything is restored or nothing changed. */
export async function importMirror(db: MirrorDb, backup: Backup): Promise<void> {
  await db.transaction('rw', TABLES.map((name) => db.table(name)), async () => {
    for (const name of TABLES) {
      await db.table(name).clear();
      await db.table(name).bulkAdd(backup.tables[name]);
    }
  });
}

/** "Delete all data": every table emptied, the card salt included, so nothing of the patron is left. */
export async function clearMirror(db: MirrorDb): Promise<void> {
  await db.transaction('rw', TABLES.map((name) => db.table(name)), async () => {
    for (const name of TABLES) await db.table(name).clear();
  });
}
