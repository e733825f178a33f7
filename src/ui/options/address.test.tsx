import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readPastedAddress } from '../../libraries/pasted-address';
import { useLocale } from '../../../test/helpers/i18n';
import { AddressReading } from './address';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function shown(text: string): { kind: string | null; lines: string[] } {
  render(<AddressReading reading={readPastedAddress(text, [])} />, root);
  const box = root.querySelector<HTMLElement>('#address-reading');
  return { kind: box?.dataset.kind ?? null, lines: Array.from(root.querySelectorAll('#address-reading li, #address-reading p')).map((el) => el.textContent ?? '') };
}

describe('what the options page says of a pasted address', () => {
  it('names the product, the OPAC\'s address on the hosted service, what works and the permission it will ask for', () => {
    useLocale('ja');
    expect(shown('https://www.lics-saas.nexs-service.jp/kakogawa/shisetsu/index.html')).toEqual({
      kind: 'product',
      lines: [
        '蔵書検索のシステム: LiCS-Re',
        '蔵書検索の住所: https://www.lics-saas.nexs-service.jp/kakogawa',
        'ワンクリックでカートへ: 汎用の方法で試みます（ページにタイトルごとのカートのボタンがあるとき）',
        'シリーズ順に予約: 1巻ずつ（次の巻の番になるとお知らせします）',
        '予約・貸出の表示と「今すぐ確認」: このシステム用の読み取りで（予約・貸出のページを一度開いたあと）',
        '「追加」を押すと、ブラウザが https://www.lics-saas.nexs-service.jp/* へのアクセスの許可を求めます。',
      ],
    });
  });

  it('names a known library and its ordered reservation, in English too', () => {
    useLocale('en');
    const { kind, lines } = shown('http://www.library.pref.hokkaido.jp/wo/opc/srh/');
    expect(kind).toBe('library');
    expect(lines.slice(0, 5)).toEqual([
      'Library: Hokkaido Prefectural Library',
      'OPAC system: /wo/opc',
      'OPAC address: http://www.library.pref.hokkaido.jp',
      'One-click cart: tried the general way (where a page has a cart button per title)',
      'Series in reading order: with the library\'s own “読みたい順予約”',
    ]);
  });

  it('says plainly when the address does not tell which OPAC it is, and names no system', () => {
    useLocale('ja');
    const { kind, lines } = shown('https://www.lib-city-hokuto.hokkaido.jp/opac/');
    expect(kind).toBe('unknown');
    expect(lines[0]).toMatch(/^この住所からは、どの蔵書検索（OPAC）か分かりません。.*そのページの住所を貼り付けてください。/);
    expect(lines).toContain('蔵書検索のシステム: 不明（汎用の読み取りで読みます）');
  });

  it('shows nothing for text that is no web address', () => {
    useLocale('ja');
    expect(shown('図書館')).toEqual({ kind: null, lines: [] });
  });
});
