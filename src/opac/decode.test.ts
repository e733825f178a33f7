import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('reads Shift_JIS declared in a meta tag as CP932 (NEC and IBM extensions included)', () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>髙橋①～</body></html>';
    const out = decodeHtml(iconv.encode(html, 'cp932'));
    expect(out.encoding).toBe('shift_jis');
    expect(out.text).toContain('髙橋①');
  });

  it('honours <meta charset>, ignores one inside a comment, and maps cp932', () => {
    expect(decodeHtml(iconv.encode('<meta charset="cp932"><p>予約</p>', 'cp932')).text).toContain('予約');
    expect(decodeHtml(utf8('<!-- <meta charset="shift_jis"> --><p>予約</p>')).encoding).toBe('utf-8');
    expect(decodeHtml(iconv.encode('<meta charset="euc-jp"><p>予約</p>', 'euc-jp')).text).toContain('予約');
  });

  it('lets a byte-order mark win over the meta tag, and defaults to UTF-8', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="shift_jis"><p>予約</p>')]);
    expect(decodeHtml(bom)).toEqual({ text: '<meta charset="shift_jis"><p>予約</p>', encoding: 'utf-8' });
    expect(decodeHtml(utf8('<p>予約</p>'))).toEqual({ text: '<p>予約</p>', encoding: 'utf-8' });
    expect(decodeHtml(utf8('<meta charset="utf-16"><p>予約</p>')).encoding).toBe('utf-8');
    expect(decodeHtml(utf8('<meta charset="klingon"><p>予約</p>')).encoding).toBe('utf-8');
  });

  it('takes the charset of the HTTP Content-Type when the page declares none, as a browser does (and before the meta tag)', () => {
    const sjis = iconv.encode('<html><body><p>髙橋の予約</p></body></html>', 'cp932');
    expect(decodeHtml(sjis).text).not.toContain('髙橋');
    expect(decodeHtml(sjis, 'text/html; charset=Shift_JIS')).toMatchObject({ encoding: 'shift_jis' });
    expect(decodeHtml(sjis, 'text/html; charset=Shift_JIS').text).toContain('髙橋の予約');
    expect(decodeHtml(iconv.encode('<p>予約</p>', 'euc-jp'), 'text/html;charset="EUC-JP"').text).toContain('予約');
    expect(decodeHtml(utf8('<p>予約</p>'), 'text/html')).toEqual({ text: '<p>予約</p>', encoding: 'utf-8' });
  });
});
