import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../test/helpers/opac';
import { shownCard } from './shown-card';

describe('the card a page shows as logged in', () => {
  it('reads the number the library shows beside the patron\'s name', () => {
    expect(shownCard(parseHtml('<div class="head"><p class="user">カード番号: 0123456 北海 花子 さん</p></div>'))).toBe('0123456');
    expect(shownCard(parseHtml('<span>利用者番号：１２３４５６７８</span>'))).toBe('12345678');
  });

  it('is no evidence inside a form (a login form\'s label and the number typed there), nor when two numbers are shown', () => {
    expect(shownCard(parseHtml('<form><label>カード番号: <input name="card" value="0123456"></label> 0123456</form>'))).toBeNull();
    expect(shownCard(parseHtml('<form><p>カード番号: 0123456</p></form>'))).toBeNull();
    expect(shownCard(parseHtml('<p>カード番号: 0123456</p><p>カード番号: 7654321</p>'))).toBeNull();
    expect(shownCard(parseHtml('<p>ログインしてください</p>'))).toBeNull();
  });

  it('takes nothing Uketori itself put on the page', () => {
    expect(shownCard(parseHtml('<span data-uketori="x">カード番号: 0123456</span>'))).toBeNull();
  });
});
