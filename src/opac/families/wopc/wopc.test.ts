import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../test/helpers/opac';
import { familyForUrl } from '../../registry';
import { wopc } from '.';

const base = 'https://ilisod001.apsel.jp/ami-lib/wopc/pc/pages/';
/** A JSF view as MyFaces renders it: the form and its `<id>_SUBMIT` marker. */
const view = (id: string, body = '') =>
  parseHtml(`<!DOCTYPE html><html><body><form id="${id}" method="post"><input type="hidden" name="${id}_SUBMIT" value="1">${body}</form></body></html>`);

describe('wopc', () => {
  it('a postback is told by the view it renders, not by the address it was sent to', () => {
    expect(wopc.detect(new URL(`${base}TopPage.jsp`), view('searchResultListForm'))).toBe('results');
    expect(wopc.detect(new URL(`${base}SearchDetail.jsp`), view('topPageForm'))).toBe('other');
    // A view no source shows (the patron's lists) is left to the label-driven detection, whatever the address.
    const loans = view('lendListForm', '<h2>貸出状況一覧</h2><table><tr><th>タイトル</th><th>返却期限日</th></tr><tr><td>A</td><td>2026/04/01</td></tr></table>');
    expect(wopc.detect(new URL(`${base}TopPage.jsp`), loans)).toBe('loans');
  });

  it('without a view form the address tells; a form without the JSF marker is no view', () => {
    expect(wopc.detect(new URL(`${base}SearchResultList.jsp`), parseHtml('<form id="searchResultListForm"></form>'))).toBe('results');
    expect(wopc.detect(new URL(`${base}TopPage.jsp`), parseHtml('<form id="searchResultListForm"></form>'))).toBe('other');
  });

  it('claims the hosted service host that runs it, not its hosts that run another interface or may', () => {
    expect(familyForUrl(new URL('https://ilisod001.apsel.jp/furano-library/sp/'))?.id).toBe('wopc');
    expect(familyForUrl(new URL('https://ilisod002.apsel.jp/iga-library/item-details?id=43503'))).toBeNull();
    expect(familyForUrl(new URL('https://ilisod005.apsel.jp/yamada-library/'))).toBeNull();
  });
});
