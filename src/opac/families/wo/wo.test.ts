import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library, type PageKind } from '../../../model';
import { parseHtml, REPO_ROOT } from '../../../../test/helpers/opac';
import { readPage } from '../../read';
import { familyForUrl } from '../../registry';
import { wo } from '.';

const seed = (name: string) => parseHtml(readFileSync(join(REPO_ROOT, 'test/fixtures/seed/hokkaido-pref', name), 'utf8'));
const origin = 'https://www.library.pref.hokkaido.jp';
/** The patron pages' addresses are not public: an address the family cannot tell anything from. */
const patronPage = new URL(`${origin}/wo/`);
const page = (body: string) => parseHtml(`<!DOCTYPE html><html><head><title>北海道立図書館 利用者ポータル</title></head><body>${body}</body></html>`);

describe('wo (北海道立 and its sister libraries)', () => {
  it.each<[string, PageKind]>([
    ['holds.html', 'holds'],
    ['loans.html', 'loans'],
    ['cart.html', 'cart'],
    ['login.html', 'login'],
    ['detail.html', 'detail'],
  ])('tells the guide screen %s by its name: %s', (file, kind) => {
    expect(wo.detect(patronPage, seed(file))).toBe(kind);
  });

  it('the portal top and the 読みたい順予約 step are not lists, though they may show titles', () => {
    const rows = '<table><tr><th>タイトル</th><th>予約日</th><th>受取場所</th></tr><tr><td>三体III 上</td><td>2026/03/20</td><td>北海道立図書館</td></tr></table>';
    expect(wo.detect(patronPage, page(`<h1>北海道立図書館 利用者ポータル</h1>${rows}`))).toBe('other');
    expect(wo.detect(patronPage, page(`<h1>北海道立図書館 利用者ポータル</h1><h2>読みたい順予約</h2>${rows}`))).toBe('other');
    // A screen the guides do not name is left to the label-driven detection.
    expect(wo.detect(patronPage, page(`<h1>北海道立図書館 利用者ポータル</h1><h2>検索結果一覧</h2>`))).toBe('results');
  });

  it('a record address is a detail page; the search address with a query is told by the page', () => {
    expect(wo.detect(new URL(`${origin}/wo/opc_srh/srh_detail/1000123/`), seed('detail.html'))).toBe('detail');
    expect(wo.detect(new URL(`${origin}/wo/opc/srh/`), page('<h2>蔵書検索</h2>'))).toBe('other');
    expect(wo.detect(new URL(`${origin}/wo/opc/srh/?title=x`), seed('detail.html'))).toBe('detail');
  });

  it('a library row naming the family reads its patron pages as wo, with the label-driven reader', () => {
    const row = Library.parse({
      id: 'hokkaido-wo', name: '北海道立図書館', nameEn: 'Hokkaido', origins: [origin], family: 'wo',
      rules: { hold: null, closed: {}, limit: null, renewal: null, orderedReservation: null },
    });
    expect(familyForUrl(patronPage)).toBeNull();
    const r = readPage(patronPage, seed('holds.html'), { today: '2026-04-05' }, [row]);
    expect([r.family, r.library, r.page, r.notUnderstood]).toEqual(['wo', 'hokkaido-wo', 'holds', null]);
    expect(r.holds.map((h) => [h.title, h.state, h.pickupDeadline])).toEqual([
      ['ぐりとぐら', 'waiting', null],
      ['三体II 黒暗森林 上', 'ready', '2026-04-12'],
      ['三体II 黒暗森林 下', 'waiting', null],
    ]);
  });
});
