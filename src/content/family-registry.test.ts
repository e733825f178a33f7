import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Library, type LibraryInput } from '../model';
import { wo } from '../opac/families/wo';
import { winj } from '../opac/families/winj';
import { familyIdFor } from '../opac/signatures';
import { fakeInjection } from '../../test/helpers/background-injection';

const row = (family: LibraryInput['family']): Library =>
  Library.parse({ id: 'x', name: 'x', nameEn: 'x', origins: ['https://opac.example.jp'], family, rules: { hold: null, closed: {}, limit: null, renewal: null, orderedReservation: null } });

const WO_PAGE = new URL('http://www.library.pref.hokkaido.jp/wo/opc/srh/');
const WINJ_PAGE = new URL('https://www.library.city.ichikawa.lg.jp/winj/opac/top.do');

// The families loaded live as long as the frame's content script: a fresh registry per test.
let registry: typeof import('./family-registry');
let parts: typeof import('./parts');
beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  registry = await import('./family-registry');
  parts = await import('./parts');
});
/** What part-signatures hands over when it runs (registered beside the core for a library whose row names no family). */
const signaturesRun = () => parts.provide('part-signatures', { familyIdFor });
afterEach(() => vi.restoreAllMocks());

describe('the families loaded beside the content script', () => {
  it('are found once provided, once each even if a file runs twice', () => {
    expect(registry.familyById('wo')).toBeNull();
    expect(registry.familyForUrl(WO_PAGE)).toBeNull();
    registry.provideFamily(wo);
    registry.provideFamily(wo);
    expect(registry.familyById('wo')).toBe(wo);
    expect(registry.familyForUrl(WO_PAGE)).toBe(wo);
    expect(registry.familyForUrl(new URL('https://opac.example.jp/mypage'), row('wo'))).toBe(wo);
    expect(registry.FAMILY_ADAPTERS).toEqual([wo]);
    // A family not loaded is not known here, though the background knows it.
    expect(registry.familyForUrl(WINJ_PAGE)).toBeNull();
    expect(registry.isKnownFamily('winj')).toBe(false);
    expect(registry.isKnownFamily('wo')).toBe(true);
  });

  it('asks nothing for a family already loaded', async () => {
    const sent = fakeInjection(() => undefined);
    registry.provideFamily(wo);
    await registry.loadFamilyFor(new URL('https://opac.example.jp/mypage'), row('wo'));
    await registry.loadFamilyFor(WO_PAGE, row('wo'));
    expect(sent).not.toHaveBeenCalled();
  });

  it('for a generic row, loads the family its page\'s URL shows, by the signatures registered beside the core', async () => {
    const files = { 'family-wo': wo, 'family-winj': winj } as Record<string, typeof wo>;
    const sent = fakeInjection((name) => registry.provideFamily(files[name]!));
    signaturesRun();
    await registry.loadFamilyFor(WINJ_PAGE, row('generic'));
    expect(sent).toHaveBeenCalledExactlyOnceWith({ type: 'loadPart', name: 'family-winj' });
    expect(registry.familyForUrl(WINJ_PAGE)).toBe(winj);
    // Nothing asked for a page whose URL shows no family.
    await registry.loadFamilyFor(new URL('https://opac.example.jp/login'), row('generic'));
    expect(sent).toHaveBeenCalledOnce();
  });

  it('has the signatures and the family a row names injected when their files did not run here', async () => {
    const files = { 'family-wo': wo, 'family-winj': winj } as Record<string, typeof wo>;
    const sent = fakeInjection((name) => (name === 'part-signatures' ? signaturesRun() : registry.provideFamily(files[name]!)));
    await registry.loadFamilyFor(new URL('https://opac.example.jp/mypage'), row('wo'));
    expect(sent.mock.calls).toEqual([[{ type: 'loadPart', name: 'part-signatures' }], [{ type: 'loadPart', name: 'family-wo' }]]);
    expect(registry.familyById('wo')).toBe(wo);
  });
});
