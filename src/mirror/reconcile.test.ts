import { describe, expect, it } from 'vitest';
import { InvalidSnapshotError, UnattributedSnapshotError, reconcile } from './reconcile';
import { allEvents, freshDb, hold, loan, snap } from '../../test/helpers/mirror';

const kinds = (events: Array<{ kind: string }>) => events.map((e) => e.kind);
const T0 = Date.UTC(2026, 10, 23, 1);
const T1 = T0 + 3_600_000;
const T2 = T1 + 3_600_000;

describe('reconcile: holds', () => {
  it('adds new holds, with a ready event and a deadline event for one already ready', async () => {
    const db = freshDb();
    const events = await reconcile(db, snap('holds', T0, {
      holds: [hold('ノルウェイの森 上'), hold('三体', { state: 'ready', stateLabel: '貸出可能', rank: null, pickupDeadline: '2026-11-30' })],
    }));
    expect(kinds(events)).toEqual(['hold_added', 'hold_added', 'hold_ready', 'hold_deadline_set']);
    expect(events.every((e) => e.at === T0 && e.libraryId === 'hokkaido-pref' && e.cardId === events[0]!.cardId)).toBe(true);
    expect(await db.holds.count()).toBe(2);
    const ready = (await db.holds.where('state').equals('ready').first())!;
    expect(ready.firstSeenReadyOn).toBe('2026-11-23');
    // Kept as one change: one row of the history, whatever the number of events.
    expect(await db.events.count()).toBe(1);
    expect(await allEvents(db)).toEqual(events);
  });

  it('reports a state change, the hold becoming ready, and the deadline set then moved', async () => {
    const db = freshDb();
    await reconcile(db, snap('holds', T0, { holds: [hold('1Q84 BOOK1')] }));
    const transit = await reconcile(db, snap('holds', T1, { holds: [hold('1Q84 BOOK1', { state: 'in_transit', stateLabel: '移送中', rank: null })] }));
    expect(transit.map((e) => [e.kind, e.from, e.to])).toEqual([['hold_state_changed', 'waiting', 'in_transit']]);

    const ready = await reconcile(db, snap('holds', T2, {
      today: '2026-11-24',
      holds: [hold('1Q84 BOOK1', { state: 'ready', stateLabel: '提供可能', rank: null })],
    }));
    expect(kinds(ready)).toEqual(['hold_state_changed', 'hold_ready']);
    const set = await reconcile(db, snap('holds', T2 + 1, { holds: [hold('1Q84 BOOK1', { state: 'ready', stateLabel: '提供可能', rank: null, pickupDeadline: '2026-12-01' })] }));
    expect(set.map((e) => [e.kind, e.from, e.to])).toEqual([['hold_deadline_set', null, '2026-12-01']]);
    const moved = await reconcile(db, snap('holds', T2 + 2, { holds: [hold('1Q84 BOOK1', { state: 'ready', stateLabel: '提供可能', rank: null, pickupDeadline: '2026-12-03' })] }));
    expect(moved.map((e) => [e.kind, e.from, e.to])).toEqual([['hold_deadline_moved', '2026-12-01', '2026-12-03']]);
    // The first day it was seen ready is kept: it is the start of estimated deadlines.
    expect((await db.holds.toArray())[0]!.firstSeenReadyOn).toBe('2026-11-24');
  });

  it('keeps identity across whitespace and full/half-width differences in titles', async () => {
    const db = freshDb();
    await reconcile(db, snap('holds', T0, { holds: [hold('１Ｑ８４　ＢＯＯＫ１')] }));
    const events = await reconcile(db, snap('holds', T1, { holds: [hold('1Q84 BOOK1', { rank: 1 })] }));
    expect(events).toEqual([]);
    expect(await db.holds.count()).toBe(1);
    expect((await db.holds.toArray())[0]!.rank).toBe(1);
  });

  it('keeps two holds of the same title apart', async () => {
    const db = freshDb();
    await reconcile(db, snap('holds', T0, { holds: [hold('鬼滅の刃 1'), hold('鬼滅の刃 1', { rank: 5 })] }));
    expect(await db.holds.count()).toBe(2);
  });

  it('marks a hold that left the holds page as cancelled, or expired when its deadline passed', async () => {
    const db = freshDb();
    await reconcile(db, snap('holds', T0, {
      holds: [hold('A'), hold('B', { state: 'ready', stateLabel: '貸出可能', rank: null, pickupDeadline: '2026-11-20' })],
    }));
    const events = await reconcile(db, snap('holds', T1, { holds: [] }));
    expect(events.map((e) => [e.kind, e.title, e.outcome])).toEqual([['hold_gone', 'A', 'cancelled'], ['hold_gone', 'B', 'expired']]);
    const rows = await db.holds.toArray();
    expect(rows.every((h) => h.goneAt === T1)).toBe(true);
  });

  it('calls a hold picked up when its title is on loan, whichever page was seen first', async () => {
    const loansFirst = freshDb();
    await reconcile(loansFirst, snap('holds', T0, { holds: [hold('ノルウェイの森 上', { state: 'ready', stateLabel: '貸出可能', rank: null })] }));
    await reconcile(loansFirst, snap('loans', T1, { loans: [loan('ノルウェイの森　上')] }));
    const gone = await reconcile(loansFirst, snap('holds', T2, { holds: [] }));
    expect(gone.map((e) => [e.kind, e.outcome])).toEqual([['hold_gone', 'picked_up']]);

    const holdsFirst = freshDb();
    await reconcile(holdsFirst, snap('holds', T0, { holds: [hold('ノルウェイの森 上', { state: 'ready', stateLabel: '貸出可能', rank: null })] }));
    const cancelled = await reconcile(holdsFirst, snap('holds', T1, { holds: [] }));
    expect(cancelled[0]!.outcome).toBe('cancelled');
    const loaned = await reconcile(holdsFirst, snap('loans', T2, { loans: [loan('ノルウェイの森 上')] }));
    expect(loaned.map((e) => [e.kind, e.outcome])).toEqual([['loan_added', null], ['hold_gone', 'picked_up']]);
    expect((await holdsFirst.holds.toArray())[0]!.outcome).toBe('picked_up');
  });

  it('only adds or updates holds from pages that are not the holds list', async () => {
    const db = freshDb();
    await reconcile(db, snap('holds', T0, { holds: [hold('A'), hold('B')] }));
    const events = await reconcile(db, snap('other', T1, { holds: [hold('C')] }));
    expect(kinds(events)).toEqual(['hold_added']);
    expect((await db.holds.toArray()).filter((h) => h.goneAt === null)).toHaveLength(3);
  });
});

describe('reconcile: loans and cart', () => {
  it('adds loans, reports a changed due date, and returns what left the loans page', async () => {
    const db = freshDb();
    expect(kinds(await reconcile(db, snap('loans', T0, { loans: [loan('A'), loan('B')] })))).toEqual(['loan_added', 'loan_added']);
    const renewed = await reconcile(db, snap('loans', T1, { loans: [loan('A', { dueDate: '2026-12-21', renewable: false, renewBlockedReason: '延長済み' }), loan('B')] }));
    expect(renewed.map((e) => [e.kind, e.from, e.to])).toEqual([['loan_due_changed', '2026-12-07', '2026-12-21']]);
    const returned = await reconcile(db, snap('loans', T2, { loans: [loan('A', { dueDate: '2026-12-21' })] }));
    expect(returned.map((e) => [e.kind, e.title])).toEqual([['loan_returned', 'B']]);
    expect(await db.loans.count()).toBe(1);
  });

  it('replaces the library cart from a cart page', async () => {
    const db = freshDb();
    await reconcile(db, snap('cart', T0, { cart: [{ title: 'A', volume: null, bibId: '1' }, { title: 'B', volume: null, bibId: '2' }] }));
    await reconcile(db, snap('cart', T1, { cart: [{ title: 'B', volume: null, bibId: '2' }] }));
    const cart = await db.cart.toArray();
    expect(cart.map((c) => [c.title, c.addedAt])).toEqual([['B', T0]]);
  });
});

describe('reconcile: cards, races and bad input', () => {
  it('ignores a holds snapshot older than the one already applied (two tabs racing)', async () => {
    const db = freshDb();
    const newer = reconcile(db, snap('holds', T1, { holds: [hold('A', { state: 'ready', stateLabel: '貸出可能', rank: null })] }));
    const older = reconcile(db, snap('holds', T0, { holds: [hold('A'), hold('B')] }));
    await Promise.all([newer, older]);
    const current = (await db.holds.toArray()).filter((h) => h.goneAt === null);
    // Whichever transaction ran first, the newer page wins: A is ready and B (only on the older page) is not current.
    expect(current.map((h) => [h.title, h.state])).toEqual([['A', 'ready']]);
  });

  it('rejects a malformed snapshot with a clear error and writes nothing', async () => {
    const db = freshDb();
    const bad = snap('holds', T0, { holds: [hold('A', { pickupDeadline: '11/30' as string })] });
    await expect(reconcile(db, bad)).rejects.toThrow(InvalidSnapshotError);
    await expect(reconcile(db, bad)).rejects.toThrow(/holds\.0\.pickupDeadline/);
    await expect(reconcile(db, { nonsense: true } as never)).rejects.toThrow(/invalid snapshot/);
    expect(await db.holds.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });

  // Issue 15 reverses the rule this test held ("the card last seen" took a page that named no card): with two cards
  // at one library that filed one card's holds under the other and marked the other's as cancelled.
  it('with several cards at a library, files a page only under the card it shows as logged in; without evidence, changes nothing', async () => {
    const db = freshDb();
    await db.cards.put({ id: 'c1', libraryId: 'hokkaido-pref', last4: '1234', label: null, hidden: false, holdsSeenAt: null, loansSeenAt: null, lastSeenAt: T0 });
    await db.cards.put({ id: 'c2', libraryId: 'hokkaido-pref', last4: '5678', label: null, hidden: false, holdsSeenAt: null, loansSeenAt: null, lastSeenAt: T1 });
    await reconcile(db, snap('holds', T1, { cardId: 'c1', holds: [hold('A')] }));
    await expect(reconcile(db, snap('holds', T2, { holds: [hold('B')] }))).rejects.toThrow(UnattributedSnapshotError);
    await expect(reconcile(db, snap('loans', T2, { loans: [] }))).rejects.toThrow(UnattributedSnapshotError);
    expect((await db.holds.toArray()).map((h) => [h.title, h.cardId, h.goneAt])).toEqual([['A', 'c1', null]]);
    expect((await allEvents(db)).filter((e) => e.kind === 'hold_gone')).toEqual([]);
    await reconcile(db, snap('holds', T2, { cardId: 'c2', holds: [hold('B')] }));
    expect((await db.holds.toArray()).map((h) => [h.title, h.cardId, h.goneAt]).sort()).toEqual([['A', 'c1', null], ['B', 'c2', null]]);
  });

  it('files a page that names no card under the library\'s only card', async () => {
    const db = freshDb();
    await db.cards.put({ id: 'c1', libraryId: 'hokkaido-pref', last4: '1234', label: null, hidden: false, holdsSeenAt: null, loansSeenAt: null, lastSeenAt: T0 });
    await reconcile(db, snap('holds', T2, { holds: [hold('A')] }));
    expect((await db.holds.toArray())[0]!.cardId).toBe('c1');
    await expect(reconcile(db, snap('holds', T2, { cardId: 'c1', libraryId: 'mito-city', holds: [] }))).rejects.toThrow(/belongs to hokkaido-pref/);
  });

  it('takes a time from the future as now: a clock that was set ahead never freezes a card\'s list', async () => {
    const db = freshDb();
    const ahead = T2 + 86_400_000 * 30;
    await reconcile(db, snap('holds', ahead, { holds: [hold('A'), hold('B')] }), T2);
    expect((await db.cards.toArray())[0]!.holdsSeenAt).toBe(T2);
    // A card the old code had frozen (seen "in a month") takes today's page again.
    await db.cards.toCollection().modify({ holdsSeenAt: ahead });
    const events = await reconcile(db, snap('holds', T2 + 1000, { holds: [hold('A')] }), T2 + 1000);
    expect(events.map((e) => e.kind)).toEqual(['hold_gone']);
    expect((await db.holds.toArray()).filter((h) => h.goneAt === null).map((h) => h.title)).toEqual(['A']);
    // Without `now` (the mirror's own callers that pass none) the rule for two racing tabs stays: older is ignored.
    expect(await reconcile(db, snap('holds', T1, { holds: [] }))).toEqual([]);
  });
});
