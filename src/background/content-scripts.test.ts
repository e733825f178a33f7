import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { libraryById } from '../libraries';
import { readPageFacts } from '../messaging/page-facts';
import type { Library } from '../model';
import { libraryForUrl } from '../opac/registry';
import { syncPageFacts } from './content-scripts';

const at = (id: string, origins: string[]): Library => ({ ...libraryById(id)!, origins });

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
