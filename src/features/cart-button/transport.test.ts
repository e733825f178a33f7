// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../test/helpers/opac';
import { frameTransport, sameOriginHttp } from './transport';

describe('where the cart sends and fetches', () => {
  it('only to the tab\'s own origin over http(s)', () => {
    const base = 'https://opac.example.jp/wo/opc/srh/list';
    expect(sameOriginHttp('/wo/usr/cart', base)).toBe(true);
    expect(sameOriginHttp('https://opac.example.jp/x', base)).toBe(true);
    for (const url of ['https://evil.example/cart', 'http://opac.example.jp/x', 'javascript:alert(1)', 'data:text/html,x', '//evil.example/x']) {
      expect(sameOriginHttp(url, base), url).toBe(false);
    }
  });

  it('refuses a cart form whose action points elsewhere, and sends nothing', async () => {
    const doc = parseHtml('<html><body></body></html>');
    const send = frameTransport(doc, 'cart-button');
    await expect(send({ method: 'POST', action: 'https://evil.example/cart', entries: [] } as never)).rejects.toThrow(/outside the library/);
    expect(doc.querySelectorAll('iframe, form')).toHaveLength(0);
  });
});
