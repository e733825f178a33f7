import { describe, expect, it } from 'vitest';
import { freshDb } from '../../test/helpers/mirror';
import { fakeEdges, fakeSession, fromExtension, fromLibrary } from '../../test/helpers/background-edges';
import { backgroundHandlers } from './handlers';

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
