import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageLoaded } from './idle';

afterEach(() => vi.useRealTimers());

/** A document still loading, whose window fires its load event when the test says. */
function loadingDoc() {
  const win = new EventTarget();
  const doc = { readyState: 'interactive', defaultView: win };
  const load = () => {
    doc.readyState = 'complete';
    win.dispatchEvent(new Event('load'));
  };
  return { doc: doc as unknown as Document, load };
}

describe('waiting for the page to load before reading it', () => {
  it('does not wait for a page already loaded', async () => {
    vi.useFakeTimers();
    const { doc, load } = loadingDoc();
    load();
    let done = false;
    void pageLoaded(doc, 100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('goes on after the page\'s load event, not before it', async () => {
    vi.useFakeTimers();
    const { doc, load } = loadingDoc();
    let done = false;
    void pageLoaded(doc, 100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(done).toBe(false);
    load();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('never waits longer than its limit for a page still fetching', async () => {
    vi.useFakeTimers();
    const { doc } = loadingDoc();
    let done = false;
    void pageLoaded(doc, 100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
