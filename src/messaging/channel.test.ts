import { describe, expect, it, vi } from 'vitest';
import { createListener, type Handlers, type IdentifyCaller } from './channel';
import type { Caller } from './protocol';

const handlers = (): Handlers => ({
  snapshot: vi.fn(async () => ({ events: 3 })),
  cardSeen: vi.fn(async () => { throw new Error('unknown library: x'); }),
  identify: vi.fn(async () => ({ library: null, cardId: null })),
  loadPart: vi.fn(),
  libraryRecords: vi.fn(),
  claimCartAdd: vi.fn(),
  finishCartAdd: vi.fn(),
  addLibrary: vi.fn(),
  refresh: vi.fn(),
  featureSwitches: vi.fn(),
  intents: vi.fn(),
  setIntent: vi.fn(),
  saveSettings: vi.fn(),
  updateCard: vi.fn(),
  exportData: vi.fn(),
  importData: vi.fn(),
  deleteAllData: vi.fn(),
  seriesPlans: vi.fn(),
  createSeries: vi.fn(),
  seriesProgress: vi.fn(),
  seriesAction: vi.fn(),
  claimRecordAction: vi.fn(),
  finishRecordAction: vi.fn(),
  cardName: vi.fn(),
  queueRecordActions: vi.fn(),
  takeRecordActions: vi.fn(),
});

const asExtension: IdentifyCaller = async () => ({ kind: 'extension' });
/** A content script of the library at opac.example.jp. */
const asLibrary: IdentifyCaller = async (sender) => (sender.url?.startsWith('https://opac.example.jp/')
  ? { kind: 'content', libraryId: 'a', owns: (url: URL) => url.origin === 'https://opac.example.jp' } satisfies Caller
  : null);

describe('message listener', () => {
  it('answers a valid message with the handler value', async () => {
    const listen = createListener(handlers(), asExtension);
    expect(await listen({ type: 'identify', url: 'https://opac.example.jp/' }, {})).toEqual({ ok: true, value: { library: null, cardId: null } });
  });

  it('rejects malformed messages with a clear error and never calls a handler', async () => {
    const h = handlers();
    const listen = createListener(h, asExtension);
    expect(await listen({ type: 'identify', url: 'not a url' }, {})).toEqual({ ok: false, error: expect.stringMatching(/^invalid message: url: /) });
    expect(await listen({ type: 'launch-missiles' }, {})).toMatchObject({ ok: false, error: expect.stringContaining('invalid message') });
    expect(await listen(null, {})).toMatchObject({ ok: false });
    expect(await listen({ type: 'snapshot', snapshot: { libraryId: 'x' } }, {})).toMatchObject({ ok: false, error: expect.stringContaining('snapshot.') });
    expect(h.snapshot).not.toHaveBeenCalled();
    expect(h.identify).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error reply instead of throwing', async () => {
    const listen = createListener(handlers(), asExtension);
    expect(await listen({ type: 'cardSeen', libraryId: 'x', cardNumber: '12345678' }, {})).toEqual({ ok: false, error: 'unknown library: x' });
  });

  it('leaves messages for the offscreen document to their own listener', () => {
    expect(createListener(handlers(), asExtension)({ target: 'offscreen', type: 'parse' }, {})).toBeUndefined();
  });

});

describe('who may send what', () => {
  const page = { url: 'https://opac.example.jp/holds;jsessionid=SECRET', tab: { id: 7 } };
  const snapshotOf = (libraryId: string, url: string) => ({
    type: 'snapshot',
    snapshot: { libraryId, cardId: null, page: 'holds', url, takenAt: 1, today: '2026-12-06', holds: [], loans: [], items: [], cart: [] },
  });

  it('refuses every extension-only message from a library page, logs it without the session id, and calls no handler', async () => {
    const h = handlers();
    const log = vi.fn();
    const listen = createListener(h, asLibrary, log);
    const extensionOnly = [
      { type: 'exportData' }, { type: 'importData', json: '{}' }, { type: 'deleteAllData' }, { type: 'refresh', libraryId: null },
      { type: 'addLibrary', url: 'https://evil.example/', libraryId: null }, { type: 'saveSettings' },
      { type: 'updateCard', cardId: 'c', hidden: true }, { type: 'seriesAction', id: 'p', action: { op: 'cancel' } },
    ];
    for (const message of extensionOnly) {
      expect(await listen(message, page), message.type).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^refused ${message.type}: only the extension`)) });
    }
    for (const name of ['exportData', 'importData', 'deleteAllData', 'refresh', 'addLibrary', 'saveSettings', 'updateCard', 'seriesAction'] as const) expect(h[name]).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(extensionOnly.length);
    expect(log.mock.calls.flat().join('\n')).not.toContain('SECRET');
    expect(log.mock.calls[0]![0]).toContain('https://opac.example.jp');
  });

  it('lets a library page speak of its own library only, and of URLs on its own origins only', async () => {
    const h = handlers();
    const listen = createListener(h, asLibrary, () => undefined);
    expect(await listen({ type: 'libraryRecords', libraryId: 'b' }, page)).toMatchObject({ ok: false, error: expect.stringContaining('its own library') });
    expect(await listen({ type: 'cardSeen', libraryId: 'b', cardNumber: '12345678' }, page)).toMatchObject({ ok: false });
    expect(await listen({ type: 'identify', url: 'https://other.example.jp/' }, page)).toMatchObject({ ok: false, error: expect.stringContaining('URL outside') });
    expect(await listen(snapshotOf('b', 'https://opac.example.jp/holds'), page)).toMatchObject({ ok: false });
    expect(await listen(snapshotOf('a', 'https://evil.example/holds'), page)).toMatchObject({ ok: false });
    expect(await listen(snapshotOf('a', 'javascript:alert(1)'), page)).toMatchObject({ ok: false });
    expect(h.libraryRecords).not.toHaveBeenCalled();
    expect(h.snapshot).not.toHaveBeenCalled();
    expect(h.identify).not.toHaveBeenCalled();
    expect(await listen(snapshotOf('a', 'https://opac.example.jp/holds'), page)).toEqual({ ok: true, value: { events: 3 } });
    expect(await listen({ type: 'identify', url: 'https://opac.example.jp/top' }, page)).toMatchObject({ ok: true });
    expect(h.snapshot).toHaveBeenCalledWith(expect.anything(), { caller: expect.objectContaining({ kind: 'content', libraryId: 'a' }), tabId: 7 });
  });

  it('lets a library page ask for the extension\'s parts by name only, for its own tab and frame', async () => {
    const h = handlers();
    const listen = createListener(h, asLibrary, () => undefined);
    for (const name of ['part-evil', '../background', 'family-nope', 'https://evil.example/x.js', 'part-shop.js']) {
      expect(await listen({ type: 'loadPart', name }, page), name).toEqual({ ok: false, error: expect.stringMatching(/^invalid message: name: /) });
    }
    expect(h.loadPart).not.toHaveBeenCalled();
    vi.mocked(h.loadPart).mockResolvedValue({});
    expect(await listen({ type: 'loadPart', name: 'family-licsxp' }, { ...page, frameId: 2 })).toEqual({ ok: true, value: {} });
    expect(h.loadPart).toHaveBeenCalledWith({ type: 'loadPart', name: 'family-licsxp' }, expect.objectContaining({ tabId: 7, frameId: 2 }));
  });

  it('answers nobody it cannot place: no URL, or a page of no library', async () => {
    const h = handlers();
    const listen = createListener(h, asLibrary, () => undefined);
    expect(await listen({ type: 'featureSwitches' }, {})).toMatchObject({ ok: false, error: expect.stringContaining('neither') });
    expect(await listen({ type: 'identify', url: 'https://elsewhere.example/' }, { url: 'https://elsewhere.example/' })).toMatchObject({ ok: false });
    expect(h.featureSwitches).not.toHaveBeenCalled();
    expect(h.identify).not.toHaveBeenCalled();
  });
});
