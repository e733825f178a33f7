import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../../../test/shared-dir';
import { parseHtml } from '../../../../test/helpers/opac';
import { formRequest } from '../../cart';
import { decodeHtml } from '../../decode';
import { licsre } from '.';

const PAGE = join(SHARED_DIR, 'opac-samples/licsre/itoshima-searchdetail.html');
const BASE = 'https://www.lib-itoshima.jp/WebOpac/webopac/';

describe.skipIf(!existsSync(PAGE))('LiCS-Re, the real Itoshima detail page (../shared, byte for byte)', () => {
  const bytes = existsSync(PAGE) ? readFileSync(PAGE) : new Uint8Array();
  const doc = () => parseHtml(decodeHtml(bytes).text);

  it('is UTF-8 with a byte-order mark and CRLF line endings, decoded as a browser does', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeHtml(bytes)).toMatchObject({ encoding: 'utf-8' });
    expect(decodeHtml(bytes).text.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('says it is a detail page from its own heading, whatever address answered the POST', () => {
    for (const action of ['searchdetail.do', 'searchdetail.do?biblioid=1', 'historyback.do?histnum=1', 'rsvcartadd.do']) {
      expect(licsre.detect(new URL(action, BASE), doc()), action).toBe('detail');
    }
  });

  it('puts the page\'s title in the cart through its own rsvcartadd form', () => {
    const page = doc();
    const action = licsre.cartAction!(new URL('searchdetail.do', BASE), page, '162873');
    expect(action).toEqual({ formSelector: 'form#rsvcartadd', action: `${BASE}rsvcartadd.do`, method: 'POST', fields: { biblioid: '162873' } });
    expect(formRequest(page, action!)).toEqual({ action: `${BASE}rsvcartadd.do`, method: 'POST', entries: [['biblioid', '162873'], ['rownum', '1'], ['histnum', '2']] });
    expect(licsre.cartAction!(new URL('searchdetail.do', BASE), page, '999999')).toBeNull();
  });
});

describe('LiCS-Re pages by their class names', () => {
  it('a list with rsv_* cells is the holds list and one with cart_* cells the cart, at any address', () => {
    const holds = parseHtml('<table class="reservationListTbl"><tr><th>タイトル</th><th>状態</th></tr><tr><td class="rsv_title">三体</td><td class="rsv_status">予約中</td></tr></table>');
    const cart = parseHtml('<table class="reservationListTbl"><tr><th>タイトル</th></tr><tr><td class="cart_title">三体</td></tr></table>');
    expect(licsre.detect(new URL('usermenu.do', BASE), holds)).toBe('holds');
    expect(licsre.detect(new URL('rsvcartadd.do', BASE), cart)).toBe('cart');
  });
});
