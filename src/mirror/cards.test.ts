import { describe, expect, it } from 'vitest';
import { CARD_KEY, noteCard } from './cards';
import { freshDb } from '../../test/helpers/mirror';

describe('card identity', () => {
  it('stores a keyed hash and the last four digits, never the number, and its key cannot be read', async () => {
    const db = freshDb();
    const card = await noteCard(db, 'hokkaido-pref', '0123 4567 8901 2345', 1);
    expect(card.last4).toBe('2345');
    expect(card.id).toMatch(/^[0-9a-f]{24}$/);
    const everything = JSON.stringify([await db.cards.toArray(), await db.settings.toArray()]);
    expect(everything).not.toContain('0123456789012345');
    expect(everything).not.toContain('45678901');
    const key = (await db.settings.get(CARD_KEY))!.value as CryptoKey;
    expect(key).toBeInstanceOf(CryptoKey);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    // Knowing the scheme and the number is not enough without the key: no unkeyed hash of it is the id.
    for (const text of ['hokkaido-pref|0123456789012345', '|hokkaido-pref|0123456789012345']) {
      const plain = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
      expect(card.id).not.toBe(plain);
    }
  });

  it('still recognises a card of the first releases (salted id) and keeps its records with it', async () => {
    const db = freshDb();
    const salt = '00112233445566778899aabbccddeeff';
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}|hokkaido-pref|0123456789012345`));
    const legacyId = Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
    await db.settings.put({ key: 'cardSalt', value: salt });
    await db.cards.put({ id: legacyId, libraryId: 'hokkaido-pref', last4: '2345', label: 'mine', hidden: false, holdsSeenAt: null, loansSeenAt: null, lastSeenAt: 1 });
    const card = await noteCard(db, 'hokkaido-pref', '0123456789012345', 5);
    expect(card).toMatchObject({ id: legacyId, label: 'mine', lastSeenAt: 5 });
    expect(await db.cards.count()).toBe(1);
  });

  it('gives the same card the same id however it is typed, and different libraries different ids', async () => {
    const db = freshDb();
    const a = await noteCard(db, 'hokkaido-pref', '0123456789012345', 1);
    const b = await noteCard(db, 'hokkaido-pref', '０１２３-４５６７-８９０１-２３４５', 2);
    const c = await noteCard(db, 'mito-city', '0123456789012345', 3);
    expect(b.id).toBe(a.id);
    expect(b.lastSeenAt).toBe(2);
    expect(c.id).not.toBe(a.id);
    expect(await db.cards.count()).toBe(2);
  });

  it('keys per browser: another mirror gets another id for the same card', async () => {
    const one = await noteCard(freshDb(), 'hokkaido-pref', '0123456789012345', 1);
    const two = await noteCard(freshDb(), 'hokkaido-pref', '0123456789012345', 1);
    expect(one.id).not.toBe(two.id);
  });

  it('rejects a number too short to be a card', async () => {
    await expect(noteCard(freshDb(), 'hokkaido-pref', '12 ', 1)).rejects.toThrow(/too short/);
  });
});
