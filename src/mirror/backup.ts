import { z } from 'zod';
import { Card, CartItem, Hold, Instant, Library, Loan, MirrorEvent, Reminder, SeriesPlan, Setting } from '../model';
import { LEGACY_SALT, SECRET_SETTINGS } from './cards';
import type { MirrorDb } from './db';
import { changesOf, eventsOf } from './changes';
import { isLibraryUrl } from './urls';
import { LibraryPages, RefreshStatuses, SETTINGS, type SettingKey } from './settings';

const FORMAT = 'uketori-backup';
/** The format written now. 1: the first releases (carried the card salt); 2: no secret of the browser inside. */
const VERSION = 2;
/** A backup is the patron's lists, not a library catalogue: anything larger is not one of ours. */
export const MAX_BACKUP_CHARS = 20_000_000;

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
  version: z.literal(VERSION),
  /**
   * Written since the vendor families read titles whole (mirror schema v2). A file without it was keyed by cut titles:
   * its rows are marked on import as the schema upgrade marks them, so the next reading moves them without events.
   */
  titles: z.literal('whole').optional(),
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

/** A table's rows as a backup lists them: the events one by one, as the mirror's changes hold them (changes.ts). */
async function rowsOf(db: MirrorDb, name: TableName): Promise<unknown[]> {
  return name === 'events' ? eventsOf(await db.events.orderBy(':id').toArray()) : db.table(name).toArray();
}

export async function exportMirror(db: MirrorDb, now: number): Promise<Backup> {
  const entries = await Promise.all(TABLES.map(async (name) => [name, await rowsOf(db, name)] as const));
  const tables = Object.fromEntries(entries) as Backup['tables'];
  // The card key is non-extractable and the legacy salt would make card ids reversible: neither leaves the browser.
  tables.settings = tables.settings.filter((s) => !SECRET_SETTINGS.includes(s.key));
  return { format: FORMAT, version: VERSION, titles: 'whole', exportedAt: now, tables };
}

/**
 * Older formats brought to the current one. Version 1 carried the card salt of the first releases: it is taken as
 * the legacy salt (so the cards in the file are recognised at the next login), and is never written out again.
 */
function upgrade(json: unknown): { backup: unknown; legacySalt: string | null } {
  const old = json as { format?: unknown; version?: unknown; tables?: { settings?: unknown } };
  if (old?.format !== FORMAT || old.version !== 1) return { backup: json, legacySalt: null };
  // Whatever else is wrong with the file is for the schema to say, as for a current one.
  if (!Array.isArray(old.tables?.settings)) return { backup: { ...old, version: VERSION }, legacySalt: null };
  const rows = old.tables.settings as Array<{ key?: unknown; value?: unknown } | null>;
  const salt = rows.find((s) => s?.key === LEGACY_SALT)?.value;
  const settings = rows.filter((s) => !SECRET_SETTINGS.includes(String(s?.key)));
  return { backup: { ...old, version: VERSION, tables: { ...old.tables, settings } }, legacySalt: typeof salt === 'string' ? salt : null };
}

/**
 * What a backup says must make sense, not only fit the shapes: every row belongs to a library of the backup, and every
 * address Uketori would fetch or open is http(s) on that library's own origins. The first problem, or null.
 */
function senseOf(backup: Backup): string | null {
  const { libraries } = backup.tables;
  for (const library of libraries) {
    if (library.origins.some((o) => !/^https?:\/\/[^/]+/.test(o))) return `library ${library.id}: an origin that is not http(s)`;
  }
  const ids = new Set(libraries.map((l) => l.id));
  for (const name of ['cards', 'holds', 'loans', 'cart', 'series'] as const) {
    const stray = backup.tables[name].find((row) => !ids.has(row.libraryId));
    if (stray) return `${name}: a row of a library not in the backup (${stray.libraryId})`;
  }
  const owned = (libraryId: string, url: string | null) => {
    const library = libraries.find((l) => l.id === libraryId);
    return url === null || (library !== undefined && isLibraryUrl(url, library, libraries));
  };
  for (const plan of backup.tables.series) {
    if (plan.volumes.some((v) => !owned(plan.libraryId, v.detailUrl))) return `series ${plan.id}: an address outside its library`;
  }
  for (const setting of backup.tables.settings) {
    if (setting.key === 'pages') {
      for (const [id, pages] of Object.entries(LibraryPages.parse(setting.value))) {
        if (!owned(id, pages.holds) || !owned(id, pages.loans)) return `setting pages: an address outside library ${id}`;
      }
    }
    if (setting.key === 'refresh') {
      for (const [id, status] of Object.entries(RefreshStatuses.parse(setting.value))) {
        if (!owned(id, status.loginUrl)) return `setting refresh: an address outside library ${id}`;
      }
    }
  }
  return null;
}

/** A file from before whole titles: every row keyed by a title marked as keyed by its cut title (db.ts, v2). */
function markCutTitles(backup: Backup): void {
  const { tables } = backup;
  for (const rows of [tables.holds, tables.loans, tables.cart]) for (const row of rows) row.keyedByCutTitle = true;
  for (const plan of tables.series) for (const volume of plan.volumes) volume.keyedByCutTitle = true;
  backup.titles = 'whole';
}

/** A backup file's text, checked; the reason names the first problem so the patron can tell a wrong file from a damaged one. */
export function parseBackup(text: string): { ok: true; backup: Backup; legacySalt: string | null } | { ok: false; reason: string } {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, reason: `too large: ${text.length} characters (at most ${MAX_BACKUP_CHARS})` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const { backup, legacySalt } = upgrade(json);
  const parsed = Backup.safeParse(backup);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  // Secrets are this browser's own: a file cannot bring a card key.
  parsed.data.tables.settings = parsed.data.tables.settings.filter((s) => !SECRET_SETTINGS.includes(s.key));
  if (parsed.data.titles === undefined) markCutTitles(parsed.data);
  const nonsense = senseOf(parsed.data);
  return nonsense ? { ok: false, reason: nonsense } : { ok: true, backup: parsed.data, legacySalt };
}

/**
 * Replace the whole mirror with a backup in one transaction: either everything is restored or nothing changed. The
 * browser's card key stays, so the cards of a backup made here are recognised again.
 */
export async function importMirror(db: MirrorDb, backup: Backup, legacySalt: string | null = null): Promise<void> {
  await db.transaction('rw', TABLES.map((name) => db.table(name)), async () => {
    const kept = (await db.settings.bulkGet([...SECRET_SETTINGS])).filter((s) => s !== undefined);
    for (const name of TABLES) {
      await db.table(name).clear();
      await db.table(name).bulkAdd(name === 'events' ? changesOf(backup.tables.events) : backup.tables[name]);
    }
    await db.settings.bulkPut(kept);
    if (legacySalt !== null && !kept.some((s) => s.key === LEGACY_SALT)) await db.settings.put({ key: LEGACY_SALT, value: legacySalt });
  });
}

/** "Delete all data": every table emptied, the card salt included, so nothing of the patron is left. */
export async function clearMirror(db: MirrorDb): Promise<void> {
  await db.transaction('rw', TABLES.map((name) => db.table(name)), async () => {
    for (const name of TABLES) await db.table(name).clear();
  });
}
