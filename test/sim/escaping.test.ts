// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, SimBrowser, type Page } from './browser';
import { escapeHtml, html } from './core/html';
import { startSim } from './start-sim';

const BOLD = '<b>太字</b>の本';
const SCRIPT = '<script>alert(1)</script>';
const AUTHOR = '"引用符" & <i>著者</i>';
const PATRON = { card: '5555555', password: 'pw', holds: [{ id: '1000801' }], loans: [{ id: '1000802', lentOn: '2026-11-20' }] };

let sim: Awaited<ReturnType<typeof startSim>>;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(() => sim.close());

/** The markup in titles and authors shows as text and never becomes an element. */
function expectEscaped(page: Page, titles: string[]): void {
  expect(page.status).toBe(200);
  for (const raw of [BOLD, SCRIPT, '<i>著者</i>']) expect(page.html).not.toContain(raw);
  expect(page.doc.querySelector('script, b, i')).toBeNull();
  for (const title of titles) expect(page.text).toContain(title);
}

describe('the html tag', () => {
  it('escapes interpolations, nested arrays included, and keeps SafeHtml as is', () => {
    expect(html`<td>${SCRIPT}</td>`.value).toBe('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html`<a title="${AUTHOR}">`.value).toBe('<a title="&quot;引用符&quot; &amp; &lt;i&gt;著者&lt;/i&gt;">');
    expect(html`${[html`<b>${BOLD}</b>`, null, false, 0]}`.value).toBe(`<b>${escapeHtml(BOLD)}</b>0`);
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});

describe('markup titles are escaped on every page', () => {
  it('北海道立図書館', async () => {
    const origin = sim.origins['hokkaido-pref']!;
    await control(origin, 'seed-patron', PATRON);
    const browser = new SimBrowser(origin);
    await browser.submit(await browser.get('/wo/usr/login'), { button: 'ログイン', fill: { card: PATRON.card, password: PATRON.password } });
    expectEscaped(await browser.get('/wo/opc/srh/list?title=%3C'), [BOLD, SCRIPT, AUTHOR]);
    for (const [bib, title] of [['1000801', BOLD], ['1000802', SCRIPT]]) {
      const detail = await browser.get(`/wo/opc_srh/srh_detail/${bib}/`);
      expectEscaped(detail, [title!]);
      await browser.submit(detail, { button: '予約カート' });
    }
    const cart = await browser.get('/wo/usr/cart');
    expectEscaped(cart, [BOLD, SCRIPT]);
    expectEscaped(await browser.submit(cart, { button: '予約する', check: ['bib=1000801', 'bib=1000802'] }), [BOLD, SCRIPT]);
    const holds = await browser.get('/wo/usr/rsv');
    expectEscaped(holds, [BOLD]);
    expectEscaped(await browser.follow(holds, '変更'), [BOLD]);
    expectEscaped(await browser.get('/wo/usr/lend'), [SCRIPT]);
  });

  it('北杜市図書館 (Shift_JIS)', async () => {
    const origin = sim.origins['hokuto-city']!;
    await control(origin, 'seed-patron', PATRON);
    const browser = new SimBrowser(origin);
    await browser.submit(await browser.get('/Libsearch/login'), { button: 'ログイン', fill: { usercardno: PATRON.card, userpasswd: PATRON.password } });
    const list = await browser.get('/Libsearch/search?title=%3C');
    expectEscaped(list, [BOLD, SCRIPT, AUTHOR]);
    expectEscaped(await browser.get('/Libsearch/detail?id=1000801'), [BOLD]);
    expectEscaped(await browser.get('/Libsearch/detail?id=1000802'), [SCRIPT]);
    const cart = await browser.submit(list, { button: '予約カートに追加', check: ['id=1000801', 'id=1000802'] });
    expectEscaped(cart, [BOLD, SCRIPT]);
    expectEscaped(await browser.submit(cart, { button: '予約申請する' }), [BOLD, SCRIPT]);
    expectEscaped(await browser.get('/Libsearch/mylib/reserve'), [BOLD]);
    expectEscaped(await browser.get('/Libsearch/mylib/lend'), [SCRIPT]);
  });
});
