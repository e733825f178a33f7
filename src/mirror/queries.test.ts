import { describe, expect, it } from 'vitest';
import { libraryById } from '../libraries';
import { badgeState, overview } from './queries';
import { reconcile } from './reconcile';
import { freshDb, hold, snap } from '../../test/helpers/mirror';

describe('badge state', () => {
  it('counts ready holds and turns urgent on an estimated deadline of tomorrow', async () => {
    const db = freshDb();
    await db.libraries.put(libraryById('hokkaido-pref')!);
    // Seen ready on 11-23 without a date: estimated 12-03 (10 days from the day after the notice).
    await reconcile(db, snap('holds', 1, { today: '2026-11-23', holds: [hold('A', { state: 'ready', rank: null })] }));
    expect(await badgeState(db, '2026-11-23', '2026-11-24')).toEqual({ ready: 1, urgent: false });
    expect(await badgeState(db, '2026-12-02', '2026-12-03')).toEqual({ ready: 1, urgent: true });
    await db.cards.toCollection().modify({ hidden: true });
    expect(await badgeState(db, '2026-12-02', '2026-12-03')).toEqual({ ready: 0, urgent: false });
  });
});

describe('overview', () => {
  it('gives every library a group and ready holds their deadline, estimated or shown', async () => {
    const db = freshDb();
    await db.libraries.bulkPut([libraryById('hokkaido-pref')!, libraryById('tochigi-pref')!]);
    await reconcile(db, snap('holds', 1, { today: '2026-11-23', holds: [hold('A', { state: 'ready', rank: null }), hold('B', { state: 'ready', rank: null, pickupDeadline: '2026-11-25' })] }));
    const [hokkaido, tochigi] = await overview(db, '2026-11-23');
    expect(tochigi).toEqual({ library: { id: 'tochigi-pref', name: '栃木県立図書館', nameEn: 'Tochigi Prefectural Library', origins: ['https://www.lib.pref.tochigi.lg.jp', 'http://www.lib.pref.tochigi.lg.jp'] }, cards: [] });
    expect(hokkaido!.cards[0]!.ready.map((h) => [h.title, h.deadline.date, h.deadline.estimated])).toEqual([['B', '2026-11-25', false], ['A', '2026-12-03', true]]);
  });
});
