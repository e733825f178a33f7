import { describe, expect, it } from 'vitest';
import { libraryById } from '../libraries';
import { clearMirror, exportMirror, importMirror, parseBackup } from './backup';
import { noteCard } from './cards';
import { reconcile } from './reconcile';
import { writeSetting } from './settings';
import { freshDb, hold, loan, snap } from '../../test/helpers/mirror';

async function filled() {
  const db = freshDb();
  await db.libraries.put(libraryById('hokkaido-pref')!);
  await noteCard(db, 'hokkaido-pref', '0123456', 1);
  await reconcile(db, snap('holds', 2, { holds: [hold('A', { state: 'ready', rank: null }), hold('B')] }));
  await reconcile(db, snap('loans', 3, { loans: [loan('C')] }));
  await writeSetting(db, 'features', { markers: false });
  await db.reminders.put({ id: 'r1', recordKey: 'k', kind: 'hold_ready', fireAt: 5, firedAt: 5, snoozedUntil: null });
  return db;
}

describe('export and import', () => {
  it('restores everything an export holds, into an emptied mirror', async () => {
    const db = await filled();
    const backup = await exportMirror(db, 100);
    const text = JSON.stringify(backup);
    await clearMirror(db);
    expect(await db.holds.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    await importMirror(db, parsed.backup);
    expect(await exportMirror(db, 100)).toEqual(backup);
  });

  it('rejects corrupt files with the reason, and leaves the mirror untouched', async () => {
    const db = await filled();
    const before = await exportMirror(db, 0);
    expect(parseBackup('{"format": "uketori-backup", ')).toMatchObject({ ok: false, reason: expect.stringMatching(/^not JSON: /) });
    expect(parseBackup('[]')).toMatchObject({ ok: false, reason: expect.stringContaining('(root)') });
    expect(parseBackup(JSON.stringify({ ...before, format: 'other' }))).toMatchObject({ ok: false, reason: expect.stringMatching(/^format: /) });
    expect(parseBackup(JSON.stringify({ ...before, version: 2 }))).toMatchObject({ ok: false, reason: expect.stringMatching(/^version: /) });
    const badHold = { ...before, tables: { ...before.tables, holds: [{ ...before.tables.holds[0], state: 'lost' }] } };
    expect(parseBackup(JSON.stringify(badHold))).toMatchObject({ ok: false, reason: expect.stringMatching(/^tables\.holds\.0\.state: /) });
    const badSetting = { ...before, tables: { ...before.tables, settings: [{ key: 'reminders', value: { at: '25:00' } }] } };
    expect(parseBackup(JSON.stringify(badSetting))).toMatchObject({ ok: false, reason: expect.stringContaining('setting reminders') });

    // Valid rows that cannot go in together (two holds with one key) abort the one transaction: nothing changed.
    const twice = { ...before, tables: { ...before.tables, holds: [...before.tables.holds, before.tables.holds[0]!], cards: [] } };
    const parsed = parseBackup(JSON.stringify(twice));
    if (!parsed.ok) throw new Error(parsed.reason);
    await expect(importMirror(db, parsed.backup)).rejects.toThrow();
    expect(await exportMirror(db, 0)).toEqual(before);
  });
});
