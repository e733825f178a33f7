import { describe, expect, it } from 'vitest';
import { freshDb } from '../../test/helpers/mirror';
import { fakeEdges, fakeSession, fromExtension, fromLibrary } from '../../test/helpers/background-edges';
import { libraryById } from '../libraries';
import { backgroundHandlers } from './handlers';
import { dropTabIntents, intentSlot } from './intent-handlers';

describe('intents of a tab', () => {
  it('keeps each tab\'s intents per library in session storage, out of other tabs\' and libraries\' reach', async () => {
    const session = fakeSession();
    const h = backgroundHandlers(freshDb(), { ...fakeEdges(), session });
    const tab = (tabId: number, libraryId = 'mito-city') => ({ ...fromLibrary(libraryId), tabId });
    const intent = { bibIds: ['1000101'], titles: ['1Q84'], ordered: false, finish: true, pressed: [], at: 1 };
    await h.setIntent({ type: 'setIntent', libraryId: 'mito-city', key: 'seriesCart', value: intent }, tab(3));
    expect(await h.intents({ type: 'intents', libraryId: 'mito-city' }, tab(3))).toEqual({ seriesCart: intent });
    expect(await h.intents({ type: 'intents', libraryId: 'mito-city' }, tab(4))).toEqual({});
    expect(await h.intents({ type: 'intents', libraryId: 'hokkaido-pref' }, tab(3, 'hokkaido-pref'))).toEqual({});
    expect([...session.items.keys()]).toEqual(['intent|3|mito-city|seriesCart']);
    await h.setIntent({ type: 'setIntent', libraryId: 'mito-city', key: 'seriesCart', value: null }, tab(3));
    expect(await h.intents({ type: 'intents', libraryId: 'mito-city' }, tab(3))).toEqual({});
  });

  it('has no intents for a sender without a tab', async () => {
    const h = backgroundHandlers(freshDb(), fakeEdges());
    await expect(h.intents({ type: 'intents', libraryId: 'mito-city' }, fromExtension)).rejects.toThrow(/in a tab/);
    await expect(h.intents({ type: 'intents', libraryId: 'mito-city' }, fromLibrary('mito-city'))).rejects.toThrow(/in a tab/);
  });
});

describe('intents when a tab closes or leaves its library', () => {
  const MITO = libraryById('mito-city')!;
  const HOKKAIDO = libraryById('hokkaido-pref')!;
  const libraries = async () => [MITO, HOKKAIDO];
  const page = (library: typeof MITO, path = '/opac/cart') => `${library.origins[0]}${path}`;

  async function stored() {
    const session = fakeSession();
    await session.set({
      [intentSlot(3, 'mito-city', 'seriesCart')]: { bibIds: ['1'] },
      [intentSlot(3, 'hokkaido-pref', 'pendingCart')]: { bibIds: ['2'] },
      [intentSlot(4, 'mito-city', 'pendingCart')]: { bibIds: ['3'] },
      'something-else': 1,
    });
    return session;
  }

  it('removes every intent of a closed tab, and nothing of other tabs', async () => {
    const session = await stored();
    await dropTabIntents(session, 3, null, libraries);
    expect([...session.items.keys()]).toEqual([intentSlot(4, 'mito-city', 'pendingCart'), 'something-else']);
  });

  it('keeps the intents of the library the tab is still on, and removes those of libraries it left', async () => {
    const session = await stored();
    await dropTabIntents(session, 3, page(MITO), libraries);
    expect([...session.items.keys()]).toEqual([intentSlot(3, 'mito-city', 'seriesCart'), intentSlot(4, 'mito-city', 'pendingCart'), 'something-else']);
  });

  it('removes them all when the tab goes to a page of no library, or one the browser does not show', async () => {
    for (const url of ['https://www.example.com/', 'about:blank', null]) {
      const session = await stored();
      await dropTabIntents(session, 3, url, libraries);
      expect([...session.items.keys()], String(url)).toEqual([intentSlot(4, 'mito-city', 'pendingCart'), 'something-else']);
    }
  });
});
