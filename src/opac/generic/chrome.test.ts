import { describe, expect, it } from 'vitest';
import { notRecordLink } from './chrome';

const BASE = 'https://opac.example.jp/WebOpac/webopac/searchlist.do';
const link = (html: string, around = '') => {
  const doc = new DOMParser().parseFromString(around ? around.replace('LINK', html) : `<main>${html}</main>`, 'text/html');
  return doc.querySelector('a')!;
};

describe('links that are never records', () => {
  it.each([
    ['<a href="javascript:page_move(2);">2</a>', 'page'],
    ['<a href="javascript:page_move(13);">最後のページ</a>', 'page'],
    ['<a href="list?q=x&amp;page=3">次へ</a>', 'page'],
    ['<a href="list?q=x&amp;page=2">≫</a>', 'page'],
    ['<a href="javascript:Disp_OnOff(0);">画像表示ON</a>', 'toggle'],
    ['<a href="javascript:sort_change(\'1\');">タイトル順</a>', 'toggle'],
    ['<a href="list?q=x&amp;kbn=1">図書 (50件)</a>', 'facet'],
    ['<a href="javascript:list_author(\'70259\');">斎藤/文一／著</a>', 'person'],
    ['<a href="list?author=%E6%9D%91%E4%B8%8A">村上春樹</a>', 'person'],
    ['<a href="https://books.google.com/books?vid=ISBN4772009477">Googleブックス</a>', 'external'],
    ['<a href="#pageContent">本文へ</a>', 'fragment'],
  ] as const)('%s → %s', (html, why) => {
    expect(notRecordLink(link(html), BASE)).toBe(why);
  });

  it('menus, headers and breadcrumbs are page chrome, whatever their links', () => {
    expect(notRecordLink(link('<a href="detail?bibid=1">三体</a>', '<nav class="main-nav">LINK</nav>'), BASE)).toBe('chrome');
    expect(notRecordLink(link('<a href="detail?bibid=1">三体</a>', '<div id="headerBlock">LINK</div>'), BASE)).toBe('chrome');
    expect(notRecordLink(link('<a href="index.do">メインメニュー</a>', '<ol id="topicpath"><li>LINK</li></ol>'), BASE)).toBe('chrome');
  });

  it('a link to a record\'s own page is one, whatever its words', () => {
    expect(notRecordLink(link('<a href="javascript:search_detail(\'162873\');">1984</a>'), BASE)).toBeNull();
    expect(notRecordLink(link('<a href="searchdetail.do?biblioid=5">画像表示の技法</a>'), BASE)).toBeNull();
    expect(notRecordLink(link('<a href="book?bibno=5">ノルウェイの森</a>', '<div class="contentsWrap noSide"><table class="list"><tr class="ItemHeader"><td>LINK</td></tr></table></div>'), BASE)).toBeNull();
  });
});
