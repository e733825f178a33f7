import { afterEach, describe, expect, it, vi } from 'vitest';
import { addPending, attachIntents, readIntentValue, takePending } from './intents';

afterEach(() => vi.useRealTimers());

describe('what waits for a login', () => {
  it('is kept by the extension, never in the page’s storage, and taken once', async () => {
    const saved: Array<[string, unknown]> = [];
    attachIntents(document, {}, async (key, value) => void saved.push([key, value]));
    addPending(document, 'pendingAction', 'renew|三体|');
    addPending(document, 'pendingCart', '1000101');
    await new Promise((done) => setTimeout(done, 0)); // the writes reach the background in order
    expect(window.sessionStorage.length).toBe(0);
    expect(window.localStorage.length).toBe(0);
    expect(saved.map(([key]) => key)).toEqual(['pendingAction', 'pendingCart']);
    expect([...takePending(document, 'pendingAction')]).toEqual(['renew|三体|']);
    expect([...takePending(document, 'pendingAction')]).toEqual([]);
    expect(readIntentValue(document, 'pendingCart')).toEqual([{ id: '1000101', at: expect.any(Number) }]);
  });

  it('forgets what was asked more than ten minutes ago, and ignores values of another shape', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 10, 1) });
    const doc = document.implementation.createHTMLDocument();
    attachIntents(doc, { pendingCart: [{ id: 'old', at: Date.now() - 11 * 60_000 }, { id: 'new', at: Date.now() - 60_000 }, { bibId: 'x', at: Date.now() }] }, async () => {});
    expect([...takePending(doc, 'pendingCart')]).toEqual(['new']);
  });
});
