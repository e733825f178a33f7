import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { libraryById } from '../libraries';
import { writeSetting } from '../mirror/settings';
import { freshDb, hold, snap } from '../../test/helpers/mirror';
import { libraryForUrl } from '../opac/registry';
import { backgroundHandlers } from './handlers';
import { fakeEdges, fakeOpac, fromExtension, fromLibrary } from '../../test/helpers/background-edges';

function setup(granted: string[] = ['https://opac.example.jp']) {
  const db = freshDb();
  const edges = fakeEdges(fakeOpac(), granted);
  return { db, edges, h: backgroundHandlers(db, edges) };
}

describe('background handlers', () => {
  it('adds a known library with the granted origin, and refuses an origin not granted', async () => {
    const { db, edges, h } = setup();
    const { library } = await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/opac/top', libraryId: 'hokkaido-pref' }, fromExtension);
    expect(library.id).toBe('hokkaido-pref');
    expect(library.origins).toContain('https://opac.example.jp');
    expect(await db.libraries.count()).toBe(1);
    await expect(h.addLibrary({ type: 'addLibrary', url: 'https://elsewhere.jp/', libraryId: null }, fromExtension)).rejects.toThrow(/not granted/);
  });

  it('adds an unknown OPAC as a custom library whose family comes from its URL', async () => {
    const { h } = setup(['https://www.library.city.ichikawa.lg.jp']);
    const { library } = await h.addLibrary({ type: 'addLibrary', url: 'https://www.library.city.ichikawa.lg.jp/winj/opac/top.do', libraryId: null }, fromExtension);
    expect(library).toMatchObject({ id: 'custom-www-library-city-ichikawa-lg-jp', family: 'winj', origins: ['https://www.library.city.ichikawa.lg.jp'] });
    expect(library.name).toBe('www.library.city.ichikawa.lg.jp');
    expect(library.rules.orderedReservation).toBeNull();
  });

  it('names a custom library as the patron typed it, and gives a LICS-XP one its family\'s 順番予約へ', async () => {
    const { h } = setup(['https://tosho.example.jp']);
    const { library } = await h.addLibrary({ type: 'addLibrary', url: 'https://tosho.example.jp/licsxp-opac/WOpacMnuTopInitAction.do', libraryId: null, name: '  あおば市立図書館 ' }, fromExtension);
    expect(library).toMatchObject({ name: 'あおば市立図書館', nameEn: 'あおば市立図書館', family: 'licsxp', rules: { orderedReservation: '順番予約へ' } });
  });

  it('identifies the library of a page by origin, with the card last seen there', async () => {
    const { h } = setup();
    await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/', libraryId: null }, fromExtension);
    expect(await h.identify({ type: 'identify', url: 'https://other.example.jp/' }, fromExtension)).toEqual({ library: null, cardId: null });
    const { cardId } = await h.cardSeen({ type: 'cardSeen', libraryId: 'custom-opac-example-jp', cardNumber: '1234567890' }, fromExtension);
    const found = await h.identify({ type: 'identify', url: 'https://opac.example.jp/holds' }, fromExtension);
    expect(found.library?.id).toBe('custom-opac-example-jp');
    expect(found.cardId).toBe(cardId);
  });

  it('identifies pages by the one rule the reader uses: two libraries of one hosted service apart, by their paths', async () => {
    const host = 'https://www.lics-saas.nexs-service.jp';
    const { db, h } = setup([host]);
    const ono = (await h.addLibrary({ type: 'addLibrary', url: `${host}/ono/`, libraryId: null }, fromExtension)).library;
    const kadoma = (await h.addLibrary({ type: 'addLibrary', url: `${host}/kadoma/webopac/usermenu.do`, libraryId: null }, fromExtension)).library;
    expect(await db.libraries.count()).toBe(2);
    const libraries = await db.libraries.toArray();
    for (const [url, id] of [[`${host}/ono/webopac/userlist.do?type=3`, ono.id], [`${host}/kadoma/webopac/userlist.do?type=2`, kadoma.id], [`${host}/index.html`, null]] as const) {
      expect((await h.identify({ type: 'identify', url }, fromExtension)).library?.id ?? null, url).toBe(id);
      expect(libraryForUrl(new URL(url), libraries)?.id ?? null, url).toBe(id);
    }
  });

  it('answers what the mirror knows of one library: current holds, loans and cart of visible cards', async () => {
    const { db, h } = setup();
    await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/', libraryId: 'hokkaido-pref' }, fromExtension);
    await h.snapshot({ type: 'snapshot', snapshot: snap('holds', 1, { holds: [hold('A'), hold('B')] }) as never }, fromExtension);
    await h.snapshot({ type: 'snapshot', snapshot: snap('holds', 2, { holds: [hold('A')] }) as never }, fromExtension);
    const records = await h.libraryRecords({ type: 'libraryRecords', libraryId: 'hokkaido-pref' }, fromExtension);
    expect(records.holds.map((r) => r.title)).toEqual(['A']);
    await db.cards.toCollection().modify({ hidden: true });
    expect((await h.libraryRecords({ type: 'libraryRecords', libraryId: 'hokkaido-pref' }, fromExtension)).holds).toEqual([]);
  });

  it('reconciles snapshots only for libraries the patron added', async () => {
    const { edges, h } = setup();
    await expect(h.snapshot({ type: 'snapshot', snapshot: snap('holds', 1, { libraryId: 'nowhere', holds: [] }) as never }, fromExtension)).rejects.toThrow(/unknown library/);
    await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/', libraryId: 'hokkaido-pref' }, fromExtension);
    const result = await h.snapshot({ type: 'snapshot', snapshot: snap('holds', 1, { holds: [hold('A')] }) as never }, fromExtension);
    expect(result).toEqual({ events: 1 });
    expect(edges.changed).toHaveBeenCalledWith([expect.objectContaining({ kind: 'hold_added' })]);
  });

  it('answers a snapshot with the deadlines of its ready holds, estimated from the mirror with that page in it', async () => {
    const { h } = setup();
    await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/', libraryId: 'hokkaido-pref' }, fromExtension);
    const ready = (title: string, pickupDeadline: string | null = null) => hold(title, { state: 'ready', rank: null, pickupDeadline });
    const first = await h.snapshot({ type: 'snapshot', snapshot: snap('holds', 1, { today: '2026-11-20', holds: [ready('A')] }) as never }, fromExtension);
    // 北海道立: 10 days from the day after the notice; seen ready on 11-20, the shelf keeps it until 11-30.
    expect(first.deadlines).toEqual([{ titleKey: 'a', deadline: { date: '2026-11-30', estimated: true, basis: 'first_seen' } }]);
    const later = await h.snapshot({ type: 'snapshot', snapshot: snap('holds', 2, { holds: [ready('A'), ready('B', '2026-11-25'), hold('C'), ready('D')] }) as never }, fromExtension);
    expect(later.deadlines).toEqual([
      { titleKey: 'a', deadline: { date: '2026-11-30', estimated: true, basis: 'first_seen' } },
      { titleKey: 'b', deadline: { date: '2026-11-25', estimated: false, basis: 'page' } },
      { titleKey: 'd', deadline: { date: '2026-12-03', estimated: true, basis: 'first_seen' } },
    ]);
  });
});

describe('loadPart handler', () => {
  it('injects the part\'s file into the frame of the tab the content script speaks from', async () => {
    const { edges, h } = setup();
    expect(await h.loadPart({ type: 'loadPart', name: 'part-shop' }, { ...fromLibrary('hokkaido-pref'), tabId: 7, frameId: 3 })).toEqual({});
    expect(edges.inject).toHaveBeenCalledWith(7, 3, 'part-shop.js');
    await h.loadPart({ type: 'loadPart', name: 'family-wo' }, { ...fromLibrary('hokkaido-pref'), tabId: 8 });
    expect(edges.inject).toHaveBeenLastCalledWith(8, 0, 'family-wo.js');
  });

  it('refuses a sender with no tab (an extension page) and injects nothing', async () => {
    const { edges, h } = setup();
    await expect(h.loadPart({ type: 'loadPart', name: 'part-act' }, fromExtension)).rejects.toThrow(/in a tab/);
    expect(edges.inject).not.toHaveBeenCalled();
  });
});

describe('settings and data handlers', () => {
  const HOLDS_URL = 'https://opac.example.jp/holds';

  it('remembers where the holds page is from a holds snapshot', async () => {
    const { db, h } = setup();
    await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/', libraryId: 'hokkaido-pref' }, fromExtension);
    await h.snapshot({ type: 'snapshot', snapshot: snap('holds', 1, { url: HOLDS_URL, holds: [hold('A')] }) as never }, fromExtension);
    expect((await db.settings.get('pages'))?.value).toEqual({ 'hokkaido-pref': { holds: HOLDS_URL, loans: null } });
  });

  it('answers feature switches, all on by default, and saves them', async () => {
    const { edges, h } = setup();
    expect(Object.values(await h.featureSwitches({ type: 'featureSwitches' }, fromExtension)).every(Boolean)).toBe(true);
    await h.saveSettings({ type: 'saveSettings', features: { markers: false } }, fromExtension);
    expect(await h.featureSwitches({ type: 'featureSwitches' }, fromExtension)).toMatchObject({ markers: false, series: true });
    expect(edges.changed).toHaveBeenCalledWith();
  });

  it('names a card by its last digits or its label, and by nothing when it has neither (a page that shows no number)', async () => {
    const { db, h } = setup();
    await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/', libraryId: 'hokkaido-pref' }, fromExtension);
    const { cardId } = await h.cardSeen({ type: 'cardSeen', libraryId: 'hokkaido-pref', cardNumber: '0123456' }, fromExtension);
    expect(await h.cardName({ type: 'cardName', cardId }, fromExtension)).toEqual({ name: '…3456' });
    await db.cards.update(cardId, { last4: '' });
    expect(await h.cardName({ type: 'cardName', cardId }, fromExtension)).toEqual({ name: null });
    await db.cards.update(cardId, { label: '家族' });
    expect(await h.cardName({ type: 'cardName', cardId }, fromExtension)).toEqual({ name: '家族' });
  });

  it('renames and hides a card', async () => {
    const { h } = setup();
    await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/', libraryId: 'hokkaido-pref' }, fromExtension);
    const { cardId } = await h.cardSeen({ type: 'cardSeen', libraryId: 'hokkaido-pref', cardNumber: '0123456' }, fromExtension);
    expect((await h.updateCard({ type: 'updateCard', cardId, label: '家族' }, fromExtension)).card).toMatchObject({ label: '家族', hidden: false });
    expect((await h.updateCard({ type: 'updateCard', cardId, hidden: true }, fromExtension)).card).toMatchObject({ label: '家族', hidden: true });
    expect((await h.updateCard({ type: 'updateCard', cardId, label: null }, fromExtension)).card.label).toBeNull();
    await expect(h.updateCard({ type: 'updateCard', cardId: 'nope', hidden: true }, fromExtension)).rejects.toThrow(/unknown card/);
  });

  it('exports, deletes and imports everything; a bad file is refused and changes nothing', async () => {
    const { db, edges, h } = setup();
    await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/', libraryId: 'hokkaido-pref' }, fromExtension);
    await h.snapshot({ type: 'snapshot', snapshot: snap('holds', 1, { url: HOLDS_URL, holds: [hold('A')] }) as never }, fromExtension);
    const backup = await h.exportData({ type: 'exportData' }, fromExtension);
    await expect(h.importData({ type: 'importData', json: '{"nope": 1}' }, fromExtension)).rejects.toThrow(/format/);
    expect(await db.holds.count()).toBe(1);
    await h.deleteAllData({ type: 'deleteAllData' }, fromExtension);
    expect(await db.libraries.count()).toBe(0);
    expect(edges.changed).toHaveBeenCalledWith();
    const { counts } = await h.importData({ type: 'importData', json: JSON.stringify(backup) }, fromExtension);
    expect(counts).toMatchObject({ libraries: 1, holds: 1 });
    expect(await h.exportData({ type: 'exportData' }, fromExtension)).toEqual(backup);
  });
});

describe('refresh handler', () => {
  const ORIGIN = 'https://www.library.pref.hokkaido.jp';
  const HOLDS = `${ORIGIN}/wo/usr/rsv`;
  const NOW = Date.parse('2026-11-23T10:00+09:00');

  async function library() {
    const opac = fakeOpac();
    opac.pages.set(HOLDS, readFileSync('test/fixtures/seed/hokkaido-pref/holds.html', 'utf8'));
    const db = freshDb();
    const edges = fakeEdges(opac, [ORIGIN], () => NOW);
    await db.libraries.put(libraryById('hokkaido-pref')!);
    await writeSetting(db, 'pages', { 'hokkaido-pref': { holds: HOLDS, loans: null } });
    return { db, opac, edges, h: backgroundHandlers(db, edges) };
  }

  it('checks a library once when asked twice at once: the second request joins the first', async () => {
    const { db, opac, edges, h } = await library();
    const answers = await Promise.all([
      h.refresh({ type: 'refresh', libraryId: null }, fromExtension),
      h.refresh({ type: 'refresh', libraryId: 'hokkaido-pref' }, fromExtension),
      h.refresh({ type: 'refresh', libraryId: null }, fromExtension),
    ]);
    expect(answers.map((a) => a.results)).toEqual(Array(3).fill([{ libraryId: 'hokkaido-pref', outcome: 'ok' }]));
    expect(opac.fetched).toEqual([HOLDS]);
    const events = await db.events.count();
    expect(events).toBeGreaterThan(0);
    // Reconciled and reported once: one set of events, one change for reminders and the badge.
    expect(vi.mocked(edges.changed).mock.calls).toHaveLength(1);

    // Once over, the next request checks again.
    await h.refresh({ type: 'refresh', libraryId: null }, fromExtension);
    expect(opac.fetched).toEqual([HOLDS, HOLDS]);
  });

  it('never joins a check from before delete-all: the new request checks again, the old one writes nothing', async () => {
    const { db, opac, edges, h } = await library();
    // The library answers only when the test says so.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    let asked = 0;
    const fetchPage = edges.refresh.fetchPage;
    edges.refresh.fetchPage = async (url) => {
      asked += 1;
      await answered;
      return fetchPage(url);
    };
    const before = h.refresh({ type: 'refresh', libraryId: null }, fromExtension);
    await vi.waitFor(() => expect(asked).toBe(1));
    await h.deleteAllData({ type: 'deleteAllData' }, fromExtension);
    await db.libraries.put(libraryById('hokkaido-pref')!);
    await writeSetting(db, 'pages', { 'hokkaido-pref': { holds: HOLDS, loans: null } });
    const after = h.refresh({ type: 'refresh', libraryId: null }, fromExtension);
    // The new request asks the library itself while the old check still waits for its answer.
    await vi.waitFor(() => expect(asked).toBe(2));
    answer();
    await expect(before).rejects.toThrow(/deleted or replaced/);
    expect((await after).results).toEqual([{ libraryId: 'hokkaido-pref', outcome: 'ok' }]);
    expect(opac.fetched).toEqual([HOLDS, HOLDS]);
  });
});

describe('delete-all', () => {
  it('empties the mirror, has the browser forget the rest, and derives reminders and badge again even when that fails', async () => {
    const { db, edges, h } = setup();
    await h.addLibrary({ type: 'addLibrary', url: 'https://opac.example.jp/', libraryId: 'hokkaido-pref' }, fromExtension);
    vi.mocked(edges.changed).mockClear();
    vi.mocked(edges.forgetAll).mockRejectedValueOnce(new Error('storage.sync is not available'));
    await expect(h.deleteAllData({ type: 'deleteAllData' }, fromExtension)).rejects.toThrow(/storage.sync/);
    expect(await db.libraries.count()).toBe(0);
    expect(edges.forgetAll).toHaveBeenCalledTimes(1);
    expect(vi.mocked(edges.changed).mock.calls).toEqual([[]]);
  });
});
