import { describe, expect, it, vi } from 'vitest';
import { freshDb, hold, snap } from '../mirror/test-helpers';
import { backgroundHandlers, type BackgroundEdges } from './handlers';

function setup(granted: string[] = ['https://opac.example.jp']) {
  const db = freshDb();
  const edges: BackgroundEdges = {
    now: () => 1_000,
    hasOrigin: async (origin) => granted.includes(origin),
    changed: vi.fn(async () => {}),
  };
  return { db, edges, h: backgroundHandlers(db, edges) };
}

describe('background handlers', () => {
  it('adds a known library with the granted origin, and refuses an origin not granted', async () => {
    const { db, edges, h } = setup();
    const { library } = await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/opac/top', libraryId: 'hokkaido-pref' }, {});
    expect(library.id).toBe('hokkaido-pref');
    expect(library.origins).toContain('https://opac.example.jp');
    expect(await db.libraries.count()).toBe(1);
    expect(edges.changed).toHaveBeenCalledWith('libraries');
    await expect(h.addLibrary({ type: 'addLibrary', url: 'https://elsewhere.jp/', libraryId: null }, {})).rejects.toThrow(/not granted/);
  });

  it('adds an unknown OPAC as a custom library whose family comes from its URL', async () => {
    const { h } = setup(['https://www.library.city.ichikawa.lg.jp']);
    const { library } = await h.addLibrary({ type: 'addLibrary', url: 'https://www.library.city.ichikawa.lg.jp/winj/opac/top.do', libraryId: null }, {});
    expect(library).toMatchObject({ id: 'custom-www-library-city-ichikawa-lg-jp', family: 'winj', origins: ['https://www.library.city.ichikawa.lg.jp'] });
  });

  it('identifies the library of a page by origin, with the card last seen there', async () => {
    const { h } = setup();
    await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/', libraryId: null }, {});
    expect(await h.identify({ type: 'identify', url: 'https://other.example.jp/' }, {})).toEqual({ library: null, cardId: null });
    const { cardId } = await h.cardSeen({ type: 'cardSeen', libraryId: 'custom-opac-example-jp', cardNumber: '1234567890' }, {});
    const found = await h.identify({ type: 'identify', url: 'https://opac.example.jp/holds' }, {});
    expect(found.library?.id).toBe('custom-opac-example-jp');
    expect(found.cardId).toBe(cardId);
  });

  it('answers what the mirror knows of one library: current holds, loans and cart of visible cards', async () => {
    const { db, h } = setup();
    await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/', libraryId: 'hokkaido-pref' }, {});
    await h.snapshot({ type: 'snapshot', snapshot: snap('holds', 1, { holds: [hold('A'), hold('B')] }) as never }, {});
    await h.snapshot({ type: 'snapshot', snapshot: snap('holds', 2, { holds: [hold('A')] }) as never }, {});
    const records = await h.libraryRecords({ type: 'libraryRecords', libraryId: 'hokkaido-pref' }, {});
    expect(records.holds.map((r) => r.title)).toEqual(['A']);
    await db.cards.toCollection().modify({ hidden: true });
    expect((await h.libraryRecords({ type: 'libraryRecords', libraryId: 'hokkaido-pref' }, {})).holds).toEqual([]);
  });

  it('reconciles snapshots only for libraries the patron added', async () => {
    const { edges, h } = setup();
    await expect(h.snapshot({ type: 'snapshot', snapshot: snap('holds', 1, { libraryId: 'nowhere', holds: [] }) as never }, {})).rejects.toThrow(/unknown library/);
    await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/', libraryId: 'hokkaido-pref' }, {});
    const result = await h.snapshot({ type: 'snapshot', snapshot: snap('holds', 1, { holds: [hold('A')] }) as never }, {});
    expect(result).toEqual({ events: 1 });
    expect(edges.changed).toHaveBeenCalledWith('records');
  });
});
