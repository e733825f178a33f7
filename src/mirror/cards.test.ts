import { describe, expect, it } from 'vitest';
import { noteCard } from './cards';
import { freshDb } from '../../test/helpers/mirror';

describe('card identity', () => {
  it('stores a salted hash and the last four digits, never the number', async () => {
    const db = freshDb();
    const card = await noteCard(db, 'hokkaido-pref', '0123 4567 8901 2345', 1);
    expect(card.last4).toBe('2345');
    expect(card.id).toMatch(/^[0-9a-f]{24}$/);
    const everything = JSON.stringify([await db.cards.toArray(), await db.settings.toArray()]);
    expect(everything).not.toContain('0123456789012345');
    expect(everything).not.toContain('45678901');
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

  it('salts per browser: another mirror gets another id for the same card', async () => {
    const one = await noteCard(freshDb(), 'hokkaido-pref', '0123456789012345', 1);
    const two = await noteCard(freshDb(), 'hokkaido-pref', '0123456789012345', 1);
    expect(one.id).not.toBe(two.id);
  });

  it('rejects a number too short to be a card', async () => {
    await expect(noteCard(freshDb(), 'hokkaido-pref', '12 ', 1)).rejects.toThrow(/too short/);
  });
});
