import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageLoaded } from './idle';

afterEach(() => vi.useRealTimers());

type Listener = (event: { isTrusted: boolean }) => void;

/** An event target whose listeners are called when the test says, trusted or not; `on` with an AbortSignal as the DOM's. */
function target() {
  const listeners: Array<{ type: string; listener: Listener; signal?: AbortSignal }> = [];
  return {
    addEventListener: (type: string, listener: Listener, options?: { signal?: AbortSignal }) => void listeners.push({ type, listener, signal: options?.signal }),
    fire: (type: string, isTrusted: boolean) => listeners.filter((l) => l.type === type && !l.signal?.aborted).forEach((l) => l.listener({ isTrusted })),
  };
}

/**
 * A document parsed (`interactive`) or still being parsed (`loading`, as a document_start script finds it), whose
 * events come when the test says: the browser's own (trusted), or one the page's script dispatches (untrusted; a real
 * Event cannot be made trusted, so the listeners are called).
 */
function loadingDoc(readyState: 'loading' | 'interactive' = 'interactive') {
  const frames: Array<() => void> = [];
  const win = { ...target(), requestAnimationFrame: (callback: () => void) => frames.push(callback) };
  const events = target();
  const doc: { readyState: DocumentReadyState; defaultView: object; addEventListener: object } = { readyState, defaultView: win, addEventListener: events.addEventListener };
  const parsed = () => {
    doc.readyState = 'interactive';
    events.fire('DOMContentLoaded', true);
  };
  const load = () => {
    doc.readyState = 'complete';
    win.fire('load', true);
  };
  /** The browser's next frame: its animation frame callbacks, then (not modelled) its paint. */
  const frame = () => frames.splice(0).forEach((callback) => callback());
  return { doc: doc as unknown as Document, parsed, load, frame, fake: () => win.fire('load', false), fakeParsed: () => events.fire('DOMContentLoaded', false) };
}

/** Whether pageLoaded(doc, 100) has resolved yet, asked as the fake timers move. */
function waiting(doc: Document): { readonly done: boolean } {
  const state = { done: false };
  void pageLoaded(doc, 100).then(() => (state.done = true));
  return state;
}

/** The browser's load event, then its next frame: the moment a loaded page is read. */
async function loadAndFrame({ load, frame }: ReturnType<typeof loadingDoc>): Promise<void> {
  load();
  await vi.advanceTimersByTimeAsync(0);
  frame();
  await vi.advanceTimersByTimeAsync(0);
}

/** The wait ends exactly `ms` from now: not a millisecond before. */
async function endsIn(wait: { readonly done: boolean }, ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms - 1);
  expect(wait.done).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(wait.done).toBe(true);
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

  it('goes on in the frame after the page\'s load event, before it is painted: not before the load, nor among its handlers', async () => {
    vi.useFakeTimers();
    const { doc, load, frame } = loadingDoc();
    const wait = waiting(doc);
    await vi.advanceTimersByTimeAsync(50);
    expect(wait.done).toBe(false);
    load();
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.done).toBe(false);
    frame();
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.done).toBe(true);
  });

  it('goes on a moment after the load event in a tab that paints no frames (one behind others)', async () => {
    vi.useFakeTimers();
    const { doc, load } = loadingDoc();
    const wait = waiting(doc);
    load();
    await endsIn(wait, 100);
  });

  it('is not moved by a load event the page\'s own script dispatches', async () => {
    vi.useFakeTimers();
    const page = loadingDoc();
    const wait = waiting(page.doc);
    page.fake();
    page.frame();
    await vi.advanceTimersByTimeAsync(10);
    expect(wait.done).toBe(false);
    await loadAndFrame(page);
    expect(wait.done).toBe(true);
  });

  it('never waits longer than its limit for a page still fetching', async () => {
    vi.useFakeTimers();
    const wait = waiting(loadingDoc().doc);
    await endsIn(wait, 100);
  });

  it('reads nothing of a page still being parsed, however long it takes, and counts its limit from the parse', async () => {
    vi.useFakeTimers();
    const { doc, parsed, fakeParsed } = loadingDoc('loading');
    const wait = waiting(doc);
    await vi.advanceTimersByTimeAsync(500);
    fakeParsed();
    await vi.advanceTimersByTimeAsync(500);
    expect(wait.done).toBe(false);
    parsed();
    await endsIn(wait, 100);
  });

  it('goes on after the load event of a page it found being parsed', async () => {
    vi.useFakeTimers();
    const page = loadingDoc('loading');
    const wait = waiting(page.doc);
    page.parsed();
    await vi.advanceTimersByTimeAsync(30);
    expect(wait.done).toBe(false);
    await loadAndFrame(page);
    expect(wait.done).toBe(true);
  });
});
