import { describe, expect, it, vi } from 'vitest';
import { createListener, type Handlers } from './channel';

const handlers = (): Handlers => ({
  snapshot: vi.fn(async () => ({ events: 3 })),
  cardSeen: vi.fn(async () => { throw new Error('unknown library: x'); }),
  identify: vi.fn(async () => ({ library: null, cardId: null })),
  libraryRecords: vi.fn(),
  claimCartAdd: vi.fn(),
  finishCartAdd: vi.fn(),
  addLibrary: vi.fn(),
  refresh: vi.fn(),
  featureSwitches: vi.fn(),
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

describe('message listener', () => {
  it('answers a valid message with the handler value', async () => {
    const listen = createListener(handlers());
    expect(await listen({ type: 'identify', url: 'https://opac.example.jp/' }, {})).toEqual({ ok: true, value: { library: null, cardId: null } });
  });

  it('rejects malformed messages with a clear error and never calls a handler', async () => {
    const h = handlers();
    const listen = createListener(h);
    expect(await listen({ type: 'identify', url: 'not a url' }, {})).toEqual({ ok: false, error: expect.stringMatching(/^invalid message: url: /) });
    expect(await listen({ type: 'launch-missiles' }, {})).toMatchObject({ ok: false, error: expect.stringContaining('invalid message') });
    expect(await listen(null, {})).toMatchObject({ ok: false });
    expect(await listen({ type: 'snapshot', snapshot: { libraryId: 'x' } }, {})).toMatchObject({ ok: false, error: expect.stringContaining('snapshot.') });
    expect(h.snapshot).not.toHaveBeenCalled();
    expect(h.identify).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error reply instead of throwing', async () => {
    const listen = createListener(handlers());
    expect(await listen({ type: 'cardSeen', libraryId: 'x', cardNumber: '12345678' }, {})).toEqual({ ok: false, error: 'unknown library: x' });
  });

  it('leaves messages for the offscreen document to their own listener', () => {
    expect(createListener(handlers())({ target: 'offscreen', type: 'parse' }, {})).toBeUndefined();
  });
});
