import { describe, expect, it } from 'vitest';
import type { MirrorChange } from '../model';
import { changesOf, eventsOf } from './changes';

const NOW = Date.parse('2026-11-23T10:00+09:00');
const DAY = 24 * 3600_000;
const change = (at: number, cardId: string, ...titles: string[]): MirrorChange => ({
  at, libraryId: 'hokkaido-pref', cardId, events: titles.map((title) => ({ kind: 'hold_added', recordKey: `k|${title}`, title, from: null, to: 'waiting', outcome: null })),
});

describe('the events of the history', () => {
  it('are kept as one change per time and card, and listed one by one with both', () => {
    const changes = [change(NOW - DAY, 'c1', 'a', 'b'), change(NOW - DAY, 'c2', 'c'), change(NOW, 'c1', 'd')];
    const events = eventsOf(changes);
    expect(events.map((e) => [e.title, e.at, e.cardId])).toEqual([['a', NOW - DAY, 'c1'], ['b', NOW - DAY, 'c1'], ['c', NOW - DAY, 'c2'], ['d', NOW, 'c1']]);
    expect(changesOf(events)).toEqual(changes);
    // Ids of the releases that kept one row per event are not carried into the changes.
    expect(changesOf(events.map((e, id) => ({ ...e, id })))).toEqual(changes);
  });
});
