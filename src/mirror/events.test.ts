import { describe, expect, it } from 'vitest';
import type { MirrorEvent } from '../model';
import { freshDb } from '../../test/helpers/mirror';
import { KEEP_EVENTS_MS, MAX_EVENTS, pruneEvents } from './events';

const NOW = Date.parse('2026-11-23T10:00+09:00');
const DAY = 24 * 3600_000;
const event = (at: number, title = 'A'): MirrorEvent => ({
  kind: 'hold_added', at, libraryId: 'hokkaido-pref', cardId: 'c1', recordKey: `k|${title}`, title, from: null, to: 'waiting', outcome: null,
});

describe('pruning the events table', () => {
  it('removes events older than 90 days and keeps the rest', async () => {
    const db = freshDb();
    await db.events.bulkAdd([event(NOW - 200 * DAY, 'old'), event(NOW - KEEP_EVENTS_MS - 1, 'just too old'), event(NOW - KEEP_EVENTS_MS, 'kept'), event(NOW - DAY, 'recent')]);
    expect(await pruneEvents(db, NOW)).toBe(2);
    expect((await db.events.toArray()).map((e) => e.title)).toEqual(['kept', 'recent']);
    // Nothing more to do the second time.
    expect(await pruneEvents(db, NOW)).toBe(0);
  });

  it('keeps only the newest events beyond the cap, whatever their age', async () => {
    const db = freshDb();
    await db.events.bulkAdd(Array.from({ length: MAX_EVENTS + 30 }, (_, i) => event(NOW - DAY, `e${i}`)));
    expect(await pruneEvents(db, NOW)).toBe(30);
    expect(await db.events.count()).toBe(MAX_EVENTS);
    const titles = (await db.events.orderBy(':id').toArray()).map((e) => e.title);
    expect(titles[0]).toBe('e30');
    expect(titles.at(-1)).toBe(`e${MAX_EVENTS + 29}`);
  });
});
