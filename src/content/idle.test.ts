import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageLoaded } from './idle';

afterEach(() => vi.useRealTimers());

/**
 * A document still loading, whose window fires its load event when the test says: the browser's own (trusted), or
 * one the page's script dispatches (untrusted; a real Event cannot be made trusted, so the listeners are called).
 */
function loadingDoc() {
  const listeners: Array<{ listener: (event: { isTrusted: boolean }) => void; signal?: AbortSignal }> = [];
  const win = { addEventListener: (_type: string, listener: (event: { isTrusted: boolean }) => void, options?: { signal?: AbortSignal }) => listeners.push({ listener, signal: options?.signal }) };
  const doc = { readyState: 'interactive', defaultView: win };
  const fire = (isTrusted: boolean) => listeners.filter((l) => !l.signal?.aborted).forEach((l) => l.listener({ isTrusted }));
  const load = () => {
    doc.readyState = 'complete';
    fire(true);
  };
  return { doc: doc as unknown as Document, load, fake: () => fire(false) };
}

/** Whether pageLoaded(doc, 100) has resolved yet, asked as the fake timers move. */
function waiting(doc: Document): { readonly done: boolean } {
  const state = { done: false };
  void pageLoaded(doc, 100).then(() => (state.done = true));
  return state;
}

describe('waiting for the page to load before reading it', () => {
  it('does not wait for a page already loaded', async () => {
    vi.useFakeTimers();
    const { doc, load } = loadingDoc();
    load();
    const wait = waiting(doc);
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.done).toBe(true);
  });

  it('goes on after the page\'s load event, not before it', async () => {
    vi.useFakeTimers();
    const { doc, load } = loadingDoc();
    const wait = waiting(doc);
    await vi.advanceTimersByTimeAsync(50);
    expect(wait.done).toBe(false);
    load();
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.done).toBe(true);
  });

  it('is not moved by a load event the page\'s own script dispatches', async () => {
    vi.useFakeTimers();
    const { doc, load, fake } = loadingDoc();
    const wait = waiting(doc);
    fake();
    await vi.advanceTimersByTimeAsync(10);
    expect(wait.done).toBe(false);
    load();
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.done).toBe(true);
  });

  it('never waits longer than its limit for a page still fetching', async () => {
    vi.useFakeTimers();
    const { doc } = loadingDoc();
    const wait = waiting(doc);
    await vi.advanceTimersByTimeAsync(99);
    expect(wait.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.done).toBe(true);
  });
});
