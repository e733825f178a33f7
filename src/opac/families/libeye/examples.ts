import type { ExampleUrl } from '../../types';

/** opac-census.csv (libraries' own links to their OPAC), and ニセコ's news page (reference/library-data.md). */
export const examples: readonly ExampleUrl[] = [
  { url: 'http://www.lib-eye.net/mikasa/servlet/Index?findtype=1', kind: 'other' },
  { url: 'https://www.lib-eye.net/furubira/', kind: 'other' },
  { url: 'https://www.lib-eye.net/hidaka-hokkaido/', kind: 'other' },
  { url: 'http://lib-eye.net/rankoshi/', kind: 'other' },
  { url: 'http://www.lib-finder.net/kuttyan/servlet/Index?findtype=1', kind: 'other' },
  { url: 'http://www.lib-finder2.net/akabira/', kind: 'other' },
  { url: 'http://www.lib-finder2.net/yura/servlet/Index?findtype=1', kind: 'other' },
  { url: 'http://lib-eye.net/hirogawa/', kind: 'other' },
  { url: 'http://www.lib-eye.net/town.miyake.lib/', kind: 'other' },
  { url: 'http://www.lib-finder.net/takanabe/servlet/Index?findtype=1', kind: 'other' },
  { url: 'http://www.lib-eye.net/iwaizumi/', kind: 'other' },
  { url: 'http://www.lib-eye.net/shichinohe/servlet/Index?findtype=1', kind: 'other' },
  { url: 'http://www.lib-finder2.net/kochi-tsuno/servlet/Index?findtype=9', kind: 'other' },
  { url: 'https://lib-eye.net/niseko/servlet/NewsInfo?findtype=2&pagetype=TOP', kind: 'other' },
];
