import { afterEach, describe, expect, it, vi } from 'vitest';
import { libraryById } from '../libraries';
import type { Library } from '../model';
import { injectionFor, pageInjector, SLOW_PAGE_MS, type InjectorEdges, type PageInjection } from './page-injection';

/** A row of this family (or of the generic reader) listed at these addresses. */
const ofFamily = (id: string, family: Library['family'], origins: string[]): Library => ({ ...libraryById('hokkaido-pref')!, id, family, origins });
const page = (href: string) => new URL(href);
const files = (injection: PageInjection | null) => injection?.files;

describe('what a library page is injected with', () => {
  const hokkaido = libraryById('hokkaido-pref')!;
  const nishinomiya = libraryById('nishinomiya-city')!;
  const generic = ofFamily('plain', 'generic', ['https://opac.example.jp']);
  const granted = ['https://www.library.pref.hokkaido.jp/*', 'http://www.library.pref.hokkaido.jp/*', 'https://tosho.nishi.or.jp/*', 'https://opac.example.jp/*'];
  const all = [hokkaido, nishinomiya, generic];

  it('gives each library\'s pages the core and its family\'s file, and a page of the generic reader the signatures', () => {
    expect(files(injectionFor(page('https://www.library.pref.hokkaido.jp/wo/opac/rsv'), all, granted, {}))).toEqual(['opac.js', 'family-wo.js']);
    expect(files(injectionFor(page('https://tosho.nishi.or.jp/licsxp-opac/WOpacMnuTopInitAction.do'), all, granted, {}))).toEqual(['opac.js', 'family-licsxp.js']);
    expect(files(injectionFor(page('https://opac.example.jp/holds'), all, granted, {}))).toEqual(['opac.js', 'part-signatures.js']);
  });

  it('hands over the rows listed at the page\'s origin (port included) and the switches, nothing of other origins', () => {
    const nakano = ofFamily('nakano', 'wo', ['https://saas.example.jp/tokyo-nakano']);
    const other = ofFamily('other', 'winj', ['https://saas.example.jp/other']);
    const elsewhere = ofFamily('elsewhere', 'wo', ['https://saas.example.jp:8443/x']);
    const switches = { markers: false, series: true };
    const injection = injectionFor(page('https://saas.example.jp/other/opac/holds'), [nakano, other, elsewhere], ['https://saas.example.jp/*'], switches);
    expect(injection).toEqual({ files: ['opac.js', 'family-winj.js', 'family-wo.js'], handover: { libraries: [nakano, other], switches } });
  });

  it('takes the family a generic row\'s listed address shows (a hosted service\'s host)', () => {
    const kadoma = ofFamily('kadoma', 'generic', ['https://www.lics-saas.nexs-service.jp/kadoma']);
    expect(files(injectionFor(page('https://www.lics-saas.nexs-service.jp/kadoma/webopac/'), [kadoma], ['https://www.lics-saas.nexs-service.jp/*'], {}))).toEqual(['opac.js', 'family-licsre.js', 'part-signatures.js']);
  });

  it('injects nothing into a page of an origin the browser has not granted, or of no library', () => {
    const ungranted = ofFamily('b', 'licsxp', ['https://not-granted.example.jp']);
    expect(injectionFor(page('https://not-granted.example.jp/'), [ungranted], ['https://granted.example.jp/*'], {})).toBeNull();
    expect(injectionFor(page('https://www.example.com/'), all, granted, {})).toBeNull();
    expect(injectionFor(page('https://opac.example.jp/'), [], granted, {})).toBeNull();
  });
});

describe('when a library page is injected', () => {
  afterEach(() => vi.useRealTimers());
  const INJECTION: PageInjection = { files: ['opac.js', 'family-wo.js'], handover: { libraries: [], switches: {} } };
  const LIBRARY_PAGE = 'https://opac.example.jp/holds';

  function setup(tabNow: { url?: string; status?: string } | null = null) {
    const edges = {
      plan: vi.fn<InjectorEdges['plan']>(async (url) => (url.startsWith('https://opac.example.jp/') ? INJECTION : null)),
      inject: vi.fn<InjectorEdges['inject']>(async () => undefined),
      tab: vi.fn<InjectorEdges['tab']>(async () => tabNow),
    };
    const report = vi.fn();
    return { edges, report, injector: pageInjector(edges, report) };
  }

  it('injects a library page once it has loaded, and nothing into another page', async () => {
    const { edges, injector } = setup();
    injector.updated(1, { status: 'loading' }, { url: LIBRARY_PAGE, status: 'loading' });
    expect(edges.plan).not.toHaveBeenCalled();
    injector.updated(1, { status: 'complete' }, { url: LIBRARY_PAGE });
    injector.updated(2, { status: 'complete' }, { url: 'https://www.example.com/' });
    // A tab whose origin the patron did not grant shows no address; an extension page is none of a library's.
    injector.updated(3, { status: 'complete' }, {});
    injector.updated(4, { status: 'complete' }, { url: 'chrome-extension://abc/options.html' });
    await vi.waitFor(() => expect(edges.plan).toHaveBeenCalledTimes(2));
    expect(edges.inject.mock.calls).toEqual([[1, INJECTION]]);
  });

  it('injects a page still loading SLOW_PAGE_MS after the tab showed its address, and only once', async () => {
    vi.useFakeTimers();
    const { edges, injector } = setup({ url: LIBRARY_PAGE, status: 'loading' });
    injector.updated(1, { status: 'loading' }, { status: 'loading' }); // from a page whose origin was not granted
    await vi.advanceTimersByTimeAsync(SLOW_PAGE_MS);
    injector.updated(1, {}, { url: LIBRARY_PAGE, status: 'loading' }); // the library's address: the wait begins
    await vi.advanceTimersByTimeAsync(SLOW_PAGE_MS / 2);
    injector.updated(1, {}, { url: LIBRARY_PAGE, status: 'loading' }); // its title: still the same wait
    await vi.advanceTimersByTimeAsync(SLOW_PAGE_MS / 2 - 1);
    expect(edges.tab).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(edges.inject.mock.calls).toEqual([[1, INJECTION]]);
  });

  it('leaves a quick page to its load: the wait for a slow one ends with it, or with the tab', async () => {
    vi.useFakeTimers();
    const { edges, injector } = setup({ url: LIBRARY_PAGE, status: 'loading' });
    injector.updated(1, { status: 'loading' }, { url: LIBRARY_PAGE, status: 'loading' });
    injector.updated(1, { status: 'complete' }, { url: LIBRARY_PAGE });
    injector.updated(2, { status: 'loading' }, { url: LIBRARY_PAGE, status: 'loading' });
    injector.removed(2);
    await vi.advanceTimersByTimeAsync(SLOW_PAGE_MS * 2);
    expect(edges.tab).not.toHaveBeenCalled();
    expect(edges.inject.mock.calls).toEqual([[1, INJECTION]]);
  });

  it('injects nothing when the slow page has loaded meanwhile, its tab is gone, or it went elsewhere', async () => {
    vi.useFakeTimers();
    for (const now of [{ url: LIBRARY_PAGE, status: 'complete' }, null, { url: 'https://www.example.com/', status: 'loading' }]) {
      const { edges, injector } = setup(now);
      injector.updated(1, { status: 'loading' }, { url: LIBRARY_PAGE, status: 'loading' });
      await vi.advanceTimersByTimeAsync(SLOW_PAGE_MS);
      expect(edges.tab).toHaveBeenCalledTimes(1);
      expect(edges.inject).not.toHaveBeenCalled();
    }
  });

  it('reports a refused injection, and the next page is injected as before', async () => {
    const { edges, report, injector } = setup();
    edges.inject.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    injector.updated(1, { status: 'complete' }, { url: LIBRARY_PAGE });
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'Cannot access contents of the page' })));
    injector.updated(1, { status: 'complete' }, { url: LIBRARY_PAGE });
    await vi.waitFor(() => expect(edges.inject).toHaveBeenCalledTimes(2));
  });
});
