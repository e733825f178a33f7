import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../test/helpers/opac';
import { familyById } from '../../opac/registry';
import { syncCartCount } from './count';

describe('the page\'s cart count after an add', () => {
  const page = () => parseHtml('<a id="stat-cart" href="#">カート <span class="value">1</span></a><p>予約カート (1)</p>');

  it('follows the library\'s answer: the count in its own words, and its family\'s count badge', () => {
    const shown = page();
    syncCartCount(shown, parseHtml('<a id="stat-cart" href="#">カート <span class="value">2</span></a>'), familyById('licsxp'));
    expect(shown.querySelector('.value')!.textContent).toBe('2');
    expect(shown.body.textContent).toContain('予約カート (2)');
  });

  it('reads no badge for a family that has none, and changes nothing when the answer shows no count', () => {
    const shown = page();
    syncCartCount(shown, parseHtml('<a id="stat-cart" href="#">カート <span class="value">2</span></a>'), null);
    expect(shown.body.textContent).toBe('カート 1予約カート (1)');
    syncCartCount(shown, parseHtml('<p>予約カート（3）</p>'), null);
    expect([shown.querySelector('.value')!.textContent, shown.querySelector('p')!.textContent]).toEqual(['1', '予約カート (3)']);
  });
});
