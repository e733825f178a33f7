import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadingDoc } from '../../test/helpers/loading-doc';
import { pageLoaded } from './idle';

afterEach(() => vi.useRealTimers());

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
  it('reads a page already loaded (the script injected after its load) in the next task, after the files injected with it', async () => {
    vi.useFakeTimers();
    const { doc, load } = loadingDoc();
    load();
    const wait = waiting(doc);
    await Promise.resolve();
    expect(wait.done).toBe(false);
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
