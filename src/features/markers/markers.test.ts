// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { featureSim } from '../../../test/helpers/features';
import { loadPage as load } from '../../../test/helpers/sim-session';
import { readPage } from '../../opac/read';
import { markers } from '.';

const TODAY = '2026-11-23';
const { libraryAt, browserAt, mount } = featureSim(['hokuto-city'], TODAY);

describe('markers on result pages', () => {
  it('marks what the patron borrows, has reserved, has ready and has in the cart', async () => {
    const library = libraryAt('hokuto-city');
    const browser = browserAt('hokuto-city');
    const results = await browser.get('/Libsearch/search?title=1Q84');
    const reading = readPage(new URL(results.url), load(results), { today: TODAY }, [library]);
    const [one, two, three, four] = reading.items as Array<{ title: string; bibId: string }>;
    const record = (item: { title: string; bibId: string }, extra: object) => ({ title: item.title, volume: null, bibId: item.bibId, titleKey: 'x', ...extra });
    const { badges } = await mount(markers, results, library, {
      loans: [record(one!, {})] as never,
      holds: [record(two!, { state: 'waiting', rank: 3 }), record(three!, { state: 'ready', pickupDeadline: '2026-11-25' })] as never,
      cart: [record(four!, {})] as never,
    });
    expect(badges()).toEqual(['借りています', '予約中 (3位)', '受取可 · 11/25まで', 'カートにあります']);
  });
});
