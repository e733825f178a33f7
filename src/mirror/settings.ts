import { z } from 'zod';
import { Instant } from '../model';
import { DEFAULT_REMINDER_SETTINGS, ReminderSettings } from '../reminders/schedule';
import type { MirrorDb } from './db';

/** The patron's switches of in-page features by feature id (src/features/registry.ts lists the features). */
export const FeatureSwitches = z.record(z.string(), z.boolean());
export type FeatureSwitches = z.infer<typeof FeatureSwitches>;

/** The holds and loans pages last read at each library: refresh fetches them, a notification click opens them. */
export const LibraryPages = z.record(z.string(), z.object({ holds: z.string().url().nullable(), loans: z.string().url().nullable() }));
export type LibraryPages = z.infer<typeof LibraryPages>;

export const REFRESH_OUTCOMES = ['ok', 'login', 'not_understood', 'failed', 'no_pages'] as const;
/** What the last refresh of one library found; the popup shows it live. */
export const RefreshStatus = z.object({
  running: z.boolean(),
  checkedAt: Instant.nullable(),
  outcome: z.enum(REFRESH_OUTCOMES).nullable(),
  /** Where the patron logs in again (the holds page, which the OPAC sends through its login form). */
  loginUrl: z.string().url().nullable(),
  /** Text the patron can copy into a bug report when a page was not understood or could not be fetched. */
  diagnostic: z.string().nullable(),
});
export type RefreshStatus = z.infer<typeof RefreshStatus>;
export const RefreshStatuses = z.record(z.string(), RefreshStatus);
export type RefreshStatuses = z.infer<typeof RefreshStatuses>;

/** Every typed setting: its key in the settings table, its schema and the value used while none is stored. */
export const SETTINGS = {
  reminders: { schema: ReminderSettings, fallback: DEFAULT_REMINDER_SETTINGS },
  features: { schema: FeatureSwitches, fallback: {} as FeatureSwitches },
  pages: { schema: LibraryPages, fallback: {} as LibraryPages },
  refresh: { schema: RefreshStatuses, fallback: {} as RefreshStatuses },
} as const;
export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;

/** A stored setting, or its fallback when absent or no longer valid (a stale shape never breaks the background). */
export async function readSetting<K extends SettingKey>(db: MirrorDb, key: K): Promise<SettingValue<K>> {
  const stored = await db.settings.get(key);
  const parsed = SETTINGS[key].schema.safeParse(stored?.value);
  return (parsed.success ? parsed.data : SETTINGS[key].fallback) as SettingValue<K>;
}

export async function writeSetting<K extends SettingKey>(db: MirrorDb, key: K, value: SettingValue<K>): Promise<void> {
  await db.settings.put({ key, value: SETTINGS[key].schema.parse(value) });
}

/** Read, change and write one setting in a transaction, so two updates (two libraries refreshing) never lose one. */
export async function updateSetting<K extends SettingKey>(db: MirrorDb, key: K, change: (value: SettingValue<K>) => SettingValue<K>): Promise<void> {
  await db.transaction('rw', db.settings, async () => writeSetting(db, key, change(await readSetting(db, key))));
}
