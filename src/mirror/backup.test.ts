import { describe, expect, it } from 'vitest';
import { libraryById } from '../libraries';
import { MAX_BACKUP_CHARS, clearMirror, exportMirror, importMirror, parseBackup } from './backup';
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
    // The file lists events one by one, as every release wrote them, though the mirror keeps one row per reading.
    expect(backup.tables.events.map((e) => [e.kind, e.title, e.at])).toEqual([['hold_added', 'A', 2], ['hold_ready', 'A', 2], ['hold_added', 'B', 2], ['loan_added', 'C', 3]]);
    expect(await db.events.count()).toBe(2);
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
    expect(parseBackup(JSON.stringify({ ...before, version: 3 }))).toMatchObject({ ok: false, reason: expect.stringMatching(/^version: /) });
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

  it('never carries a secret of the browser: no card key, no salt, and a file cannot bring one', async () => {
    const db = await filled();
    const backup = await exportMirror(db, 100);
    expect(backup.version).toBe(2);
    expect(backup.tables.settings.map((s) => s.key).sort()).toEqual(['features']);
    const smuggled = { ...backup, tables: { ...backup.tables, settings: [...backup.tables.settings, { key: 'cardKey', value: 'x' }, { key: 'cardSalt', value: 'y' }] } };
    const parsed = parseBackup(JSON.stringify(smuggled));
    if (!parsed.ok) throw new Error(parsed.reason);
    await importMirror(db, parsed.backup, parsed.legacySalt);
    // The browser's own key stays (so its cards are recognised again) and nothing came in with the file.
    expect((await db.settings.get('cardKey'))!.value).toBeInstanceOf(CryptoKey);
    expect(await db.settings.get('cardSalt')).toBeUndefined();
    expect((await noteCard(db, 'hokkaido-pref', '0123456', 9)).id).toBe(backup.tables.cards[0]!.id);
  });

  it('upgrades a version 1 file: its salt recognises its cards, and is never exported again', async () => {
    const db = await filled();
    const v2 = await exportMirror(db, 100);
    const salt = '00112233445566778899aabbccddeeff';
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}|hokkaido-pref|0123456`));
    const legacyId = Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
    const v1 = { ...v2, version: 1, tables: { ...v2.tables, cards: [{ ...v2.tables.cards[0]!, id: legacyId }], settings: [...v2.tables.settings, { key: 'cardSalt', value: salt }] } };
    const fresh = freshDb();
    const parsed = parseBackup(JSON.stringify(v1));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.legacySalt).toBe(salt);
    await importMirror(fresh, parsed.backup, parsed.legacySalt);
    expect((await noteCard(fresh, 'hokkaido-pref', '0123456', 9)).id).toBe(legacyId);
    expect(await fresh.cards.count()).toBe(1);
    expect(JSON.stringify(await exportMirror(fresh, 10))).not.toContain(salt);
  });

  it('marks the rows of a file from before whole titles, so reading them whole tells nothing new', async () => {
    const db = freshDb();
    await db.libraries.put(libraryById('hokkaido-pref')!);
    // As the families read 三体 第2部 黒暗森林 and 1Q84 BOOK1〈4月-6月〉 before: cut at the volume.
    await reconcile(db, snap('holds', 2, { holds: [hold('三体', { volume: '第2部' })] }));
    await reconcile(db, snap('loans', 3, { loans: [loan('1Q84', { volume: 'BOOK1' })] }));
    const { titles, ...before } = await exportMirror(db, 100);
    expect(titles).toBe('whole');
    const parsed = parseBackup(JSON.stringify(before));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect([...parsed.backup.tables.holds, ...parsed.backup.tables.loans].map((r) => r.keyedByCutTitle)).toEqual([true, true]);

    const fresh = freshDb();
    await importMirror(fresh, parsed.backup);
    expect(await reconcile(fresh, snap('holds', 4, { holds: [hold('三体 第2部 黒暗森林', { volume: '第2部' })] }))).toEqual([]);
    expect(await reconcile(fresh, snap('loans', 5, { loans: [loan('1Q84 BOOK1〈4月-6月〉', { volume: 'BOOK1' })] }))).toEqual([]);
    expect((await fresh.holds.toArray()).map((h) => [h.title, h.keyedByCutTitle])).toEqual([['三体 第2部 黒暗森林', undefined]]);
    // A file written since keeps its rows as they are.
    const again = parseBackup(JSON.stringify(await exportMirror(fresh, 200)));
    if (!again.ok) throw new Error(again.reason);
    expect(again.backup.tables.holds.map((h) => h.keyedByCutTitle)).toEqual([undefined]);
  });

  it('refuses files too large, rows of no library, and addresses outside their library', async () => {
    const db = await filled();
    const before = await exportMirror(db, 0);
    // A version 1 file is judged as what it is, after its upgrade: the schema names what is missing.
    expect(parseBackup('{"format": "uketori-backup", "version": 1, "tables": {}}')).toMatchObject({ ok: false, reason: expect.stringMatching(/exportedAt|tables/) });
    expect(parseBackup(' '.repeat(MAX_BACKUP_CHARS + 1))).toMatchObject({ ok: false, reason: expect.stringMatching(/^too large/) });
    const stray = { ...before, tables: { ...before.tables, holds: [{ ...before.tables.holds[0]!, libraryId: 'elsewhere' }] } };
    expect(parseBackup(JSON.stringify(stray))).toMatchObject({ ok: false, reason: expect.stringContaining('holds: a row of a library not in the backup') });
    const origin = before.tables.libraries[0]!.origins[0]!;
    for (const url of ['https://evil.example/holds', 'javascript:alert(1)', `file:///etc/passwd`]) {
      const pages = { ...before, tables: { ...before.tables, settings: [{ key: 'pages', value: { 'hokkaido-pref': { holds: url, loans: null } } }] } };
      expect(parseBackup(JSON.stringify(pages)), url).toMatchObject({ ok: false, reason: expect.stringContaining('setting pages') });
    }
    const badOrigin = { ...before, tables: { ...before.tables, libraries: [{ ...before.tables.libraries[0]!, origins: ['javascript:x'] }] } };
    expect(parseBackup(JSON.stringify(badOrigin))).toMatchObject({ ok: false, reason: expect.stringContaining('not http(s)') });
    const own = { ...before, tables: { ...before.tables, settings: [{ key: 'pages', value: { 'hokkaido-pref': { holds: `${origin}/holds`, loans: null } } }] } };
    expect(parseBackup(JSON.stringify(own))).toMatchObject({ ok: true });
  });
});
