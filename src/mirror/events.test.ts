import { describe, expect, it } from 'vitest';
import type { ChangeEvent, MirrorChange } from '../model';
import { allEvents, freshDb } from '../../test/helpers/mirror';
import { KEEP_EVENTS_MS, MAX_EVENTS, pruneEvents } from './events';

const NOW = Date.parse('2026-11-23T10:00+09:00');
const DAY = 24 * 3600_000;
const event = (title: string): ChangeEvent => ({ kind: 'hold_added', recordKey: `k|${title}`, title, from: null, to: 'waiting', outcome: null });
const change = (at: number, ...titles: string[]): MirrorChange => ({ at, libraryId: 'hokkaido-pref', cardId: 'c1', events: titles.map(event) });
const titles = async (db: ReturnType<typeof freshDb>) => (await allEvents(db)).map((e) => e.title);

describe('pruning the events table', () => {
  it('removes the changes older than 90 days and keeps the rest', async () => {
    const db = freshDb();
    await db.events.bulkAdd([change(NOW - 200 * DAY, 'old', 'older'), change(NOW - KEEP_EVENTS_MS - 1, 'just too old'), change(NOW - KEEP_EVENTS_MS, 'kept'), change(NOW - DAY, 'recent')]);
    expect(await pruneEvents(db, NOW)).toBe(3);
    expect(await titles(db)).toEqual(['kept', 'recent']);
    // Nothing more to do the second time.
    expect(await pruneEvents(db, NOW)).toBe(0);
  });

  it('keeps only the newest events beyond the cap, whatever their age: the change the cap falls in keeps its newest', async () => {
    const db = freshDb();
    const half = MAX_EVENTS / 2;
    const named = (from: number, n: number) => Array.from({ length: n }, (_, i) => `e${from + i}`);
    await db.events.bulkAdd([change(NOW - 3 * DAY, ...named(0, 10)), change(NOW - 2 * DAY, ...named(10, 40)), change(NOW - DAY, ...named(50, half)), change(NOW, ...named(50 + half, half))]);
    expect(await pruneEvents(db, NOW)).toBe(50);
    expect(await db.events.count()).toBe(2);
    const kept = await titles(db);
    expect(kept).toHaveLength(MAX_EVENTS);
    expect([kept[0], kept.at(-1)]).toEqual(['e50', `e${MAX_EVENTS + 49}`]);
    expect(await pruneEvents(db, NOW)).toBe(0);
  });

  it('trims the change the cap falls in to the events that fit', async () => {
    const db = freshDb();
    await db.events.bulkAdd([change(NOW - DAY, 'a', 'b', 'c'), change(NOW, ...Array.from({ length: MAX_EVENTS - 1 }, (_, i) => `n${i}`))]);
    expect(await pruneEvents(db, NOW)).toBe(2);
    const kept = await titles(db);
    expect(kept).toHaveLength(MAX_EVENTS);
    expect(kept[0]).toBe('c');
  });
});
