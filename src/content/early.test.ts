import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadingDoc } from '../../test/helpers/loading-doc';
import { pageFactsKey } from '../messaging/page-facts';
import { early, EARLY_GLOBAL, startEarly } from './early';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as Record<string, unknown>)[EARLY_GLOBAL];
});

describe("the content script's first lines", () => {
  it('ask at document_start for the page facts of the page\'s origin', async () => {
    const facts = { libraries: [], switches: { series: false } };
    await fakeBrowser.storage.local.set({ [pageFactsKey('https://opac.example.jp')]: facts, [pageFactsKey('https://other.example.jp')]: { libraries: [], switches: {} } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    startEarly(loadingDoc('loading').doc);
    expect(get).toHaveBeenCalledTimes(1);
    expect(await early()!.stored).toEqual({ [pageFactsKey('https://opac.example.jp')]: facts });
  });

  it('run no file before the page has loaded, then every file in order, in the frame after the load event', async () => {
    vi.useFakeTimers();
    const page = loadingDoc('loading');
    startEarly(page.doc);
    const ran: string[] = [];
    early()!.later(() => ran.push('core'));
    early()!.later(() => ran.push('family'));
    page.parsed();
    await vi.advanceTimersByTimeAsync(50);
    page.load();
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual([]);
    page.frame();
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual(['core', 'family']);
    // A file injected later (a part asked for by the core) runs at once.
    early()!.later(() => ran.push('part'));
    expect(ran).toEqual(['core', 'family', 'part']);
  });

  it('run the files after one that throws, and are not moved by a load event the page\'s script dispatches', async () => {
    vi.useFakeTimers();
    const page = loadingDoc();
    startEarly(page.doc);
    const ran: string[] = [];
    early()!.later(() => {
      throw new Error('broken file');
    });
    early()!.later(() => ran.push('family'));
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    page.fake();
    page.frame();
    await vi.advanceTimersByTimeAsync(10);
    expect(ran).toEqual([]);
    page.load();
    await vi.advanceTimersByTimeAsync(0);
    page.frame();
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual(['family']);
    expect(info).toHaveBeenCalledWith('[Uketori]', expect.objectContaining({ message: 'broken file' }));
  });
});
