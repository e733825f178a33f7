import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { libraryById } from '../libraries';
import { readPageFacts } from '../messaging/page-facts';
import type { Library } from '../model';
import { libraryForUrl } from '../opac/registry';
import { scriptGroups, syncPageFacts } from './content-scripts';

const at = (id: string, origins: string[]): Library => ({ ...libraryById(id)!, origins });
/** A row of this family (or of the generic reader) listed at these addresses. */
const ofFamily = (id: string, family: Library['family'], origins: string[]): Library => ({ ...libraryById('hokkaido-pref')!, id, family, origins });

describe('content script registrations grouped by the family files their pages need', () => {
  it('gives libraries on different hosts the file of each one\'s family, and a host of the generic reader the signatures', () => {
    const hokkaido = libraryById('hokkaido-pref')!;
    const nishinomiya = libraryById('nishinomiya-city')!;
    const generic = ofFamily('plain', 'generic', ['https://opac.example.jp']);
    const granted = ['https://www.library.pref.hokkaido.jp/*', 'http://www.library.pref.hokkaido.jp/*', 'https://tosho.nishi.or.jp/*', 'https://opac.example.jp/*'];
    expect(scriptGroups([hokkaido, nishinomiya, generic], granted)).toEqual([
      { parts: ['family-wo'], matches: ['https://www.library.pref.hokkaido.jp/*', 'http://www.library.pref.hokkaido.jp/*'] },
      { parts: ['family-licsxp'], matches: ['https://tosho.nishi.or.jp/*'] },
      { parts: ['part-signatures'], matches: ['https://opac.example.jp/*'] },
    ]);
  });

  it('takes the family a generic row\'s listed address shows (a hosted service\'s host)', () => {
    const kadoma = ofFamily('kadoma', 'generic', ['https://www.lics-saas.nexs-service.jp/kadoma']);
    expect(scriptGroups([kadoma], ['https://www.lics-saas.nexs-service.jp/*'])).toEqual([{ parts: ['family-licsre', 'part-signatures'], matches: ['https://www.lics-saas.nexs-service.jp/*'] }]);
  });

  it('registers libraries of two families on one host together, with both files; hosts needing the same files share one', () => {
    const wo = ofFamily('a', 'wo', ['https://saas.example.jp/a']);
    const winj = ofFamily('b', 'winj', ['https://saas.example.jp/b']);
    const again = ofFamily('c', 'winj', ['https://other.example.jp/c']);
    const alsoBoth = [ofFamily('d', 'wo', ['https://both.example.jp']), ofFamily('e', 'winj', ['https://both.example.jp/e'])];
    expect(scriptGroups([wo, winj, again, ...alsoBoth], ['https://saas.example.jp/*', 'https://other.example.jp/*', 'https://both.example.jp/*'])).toEqual([
      { parts: ['family-winj', 'family-wo'], matches: ['https://saas.example.jp/*', 'https://both.example.jp/*'] },
      { parts: ['family-winj'], matches: ['https://other.example.jp/*'] },
    ]);
  });

  it('leaves out the origins the browser has not granted', () => {
    const granted = ofFamily('a', 'wo', ['https://granted.example.jp']);
    const ungranted = ofFamily('b', 'licsxp', ['https://not-granted.example.jp']);
    expect(scriptGroups([granted, ungranted], ['https://granted.example.jp/*'])).toEqual([{ parts: ['family-wo'], matches: ['https://granted.example.jp/*'] }]);
    expect(scriptGroups([ungranted], [])).toEqual([]);
  });
});

describe('page facts kept with the content script registrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps, per granted origin, the libraries listed there and the switches; nothing for an origin not granted', async () => {
    const hokkaido = at('hokkaido-pref', ['https://opac.example.jp']);
    const nakano = at('hokkaido-pref', ['https://saas.example.jp/tokyo-nakano']);
    const other = { ...at('hokkaido-pref', ['https://saas.example.jp/other']), id: 'other' };
    const ungranted = { ...at('hokkaido-pref', ['https://not-granted.example.jp']), id: 'ungranted' };
    const switches = { markers: false, series: true };
    await syncPageFacts([hokkaido, nakano, other, ungranted], ['https://opac.example.jp/*', 'https://saas.example.jp/*'], switches);

    expect(await readPageFacts('https://opac.example.jp')).toEqual({ libraries: [hokkaido], switches });
    const saas = await readPageFacts('https://saas.example.jp');
    expect(saas?.libraries.map((l) => l.origins[0])).toEqual(['https://saas.example.jp/tokyo-nakano', 'https://saas.example.jp/other']);
    // The content script decides with the same rule as the background's identify.
    expect(libraryForUrl(new URL('https://saas.example.jp/other/opac/holds'), saas!.libraries)?.id).toBe('other');
    expect(await readPageFacts('https://not-granted.example.jp')).toBeNull();
  });

  it('forgets the facts of an origin no longer granted or listed, and leaves other storage alone', async () => {
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await syncPageFacts([at('hokkaido-pref', ['https://opac.example.jp'])], ['https://opac.example.jp/*'], {});
    await syncPageFacts([], [], {});
    expect(await readPageFacts('https://opac.example.jp')).toBeNull();
    expect(await fakeBrowser.storage.local.get('unrelated')).toEqual({ unrelated: 1 });
  });
});
