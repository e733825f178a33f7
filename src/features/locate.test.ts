// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../test/helpers/opac';
import { locator } from './locate';

const where = (el: Element | null) => (el ? `${el.tagName.toLowerCase()}#${el.id}` : null);

describe('locator', () => {
  it('finds the deepest element whose text is the title, before any that only starts with it', () => {
    const doc = parseHtml(`<table>
      <tr><td id="c1"><a id="a1">1Q84 BOOK2</a> 〈7月-9月〉</td></tr>
      <tr><td id="c2"><a id="a2">1Q84 BOOK2</a></td></tr>
    </table>`);
    expect(where(locator(doc).title('1Q84 BOOK2'))).toBe('a#a1');
    expect(where(locator(doc).title('1Q84 BOOK2 〈7月-9月〉'))).toBe('td#c1');
  });

  it('falls back to the first element, in the page order, whose text starts with the title', () => {
    const doc = parseHtml(`<ul>
      <li id="l2"><span id="s2">火花 / 又吉直樹</span></li>
      <li id="l1"><span id="s1">火花 / 又吉 直樹 著</span></li>
    </ul>`);
    expect(where(locator(doc).title('火花'))).toBe('span#s2');
  });

  it('takes no element longer than a title, nor one holding such an element, nor what Uketori put there', () => {
    const long = 'あ'.repeat(401);
    const doc = parseHtml(`<div id="outer"><div id="inner"><p id="p">${long}</p><b id="b">短い題名</b></div></div>
      <span id="ours" data-uketori="x">別の題名</span>`);
    const find = locator(doc);
    expect(where(find.title('短い題名'))).toBe('b#b');
    expect(find.title(long.slice(0, 10))).toBeNull();
    expect(find.title('別の題名')).toBeNull();
  });

  it('finds a title that sits in a container of short elements adding up to more than a title', () => {
    const cells = Array.from({ length: 80 }, (_, i) => `<td id="t${i}">本の題名その${i}</td>`).join('');
    const doc = parseHtml(`<div id="wrap"><table><tr>${cells}</tr></table></div>`);
    expect(where(locator(doc).title('本の題名その7'))).toBe('td#t7');
    expect(where(locator(doc).title('本の題名その3'))).toBe('td#t3');
  });
});
