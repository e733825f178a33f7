import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS } from '../reminders/schedule';
import { readSetting, updateSetting, writeSetting } from './settings';
import { freshDb } from '../../test/helpers/mirror';

describe('settings', () => {
  it('falls back to defaults when absent or no longer valid', async () => {
    const db = freshDb();
    expect(await readSetting(db, 'reminders')).toEqual(DEFAULT_REMINDER_SETTINGS);
    await db.settings.put({ key: 'reminders', value: { at: 'noon' } });
    expect(await readSetting(db, 'reminders')).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(await readSetting(db, 'pages')).toEqual({});
  });

  it('refuses to write an invalid value', async () => {
    const db = freshDb();
    await expect(writeSetting(db, 'reminders', { ...DEFAULT_REMINDER_SETTINGS, at: '24:00' })).rejects.toThrow();
  });

  it('updates one entry without losing another written at the same time', async () => {
    const db = freshDb();
    await Promise.all(['a', 'b', 'c'].map((id) => updateSetting(db, 'pages', (all) => ({ ...all, [id]: { holds: `https://x.jp/${id}`, loans: null } }))));
    expect(Object.keys(await readSetting(db, 'pages')).sort()).toEqual(['a', 'b', 'c']);
  });
});
