import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { control } from '../sim/browser';
import type { RunningSim } from '../sim/core/launch';
import { DEMO_PATRONS } from '../sim/demo-world';
import { BROWSERS, type ExtensionBrowser } from './harness/browsers';
import { cartStatus, demoPatronState, demoUrl, logIn, markPage, seedDemoPatron, stillSamePage } from './harness/demo-patron';
import { demoSuite } from './harness/demo-suite';
import { ui, waitForUi } from './harness/ui';
import { advanceWorld } from './harness/world';

const SHOTS = resolve('shots');
mkdirSync(SHOTS, { recursive: true });
const LIBRARIES = ['hokkaido-pref', 'hokuto-city', 'tochigi-pref', 'mito-city', 'licsxp-demo', 'winj-demo'];
const ADDED = '✓ カートに追加しました';

async function serverCart(sim: RunningSim, id: string): Promise<number> {
  return (await demoPatronState(sim.origins, id)).cart.length;
}

async function cartButtons(page: Page): Promise<string[]> {
  await page.waitForSelector('html[data-uketori-features]', { timeout: 20_000 });
  return page.$$eval(ui('button[data-uketori="cart-button"]'), (els) => els.map((b) => (b as HTMLElement).dataset.bib!));
}

async function click(page: Page, bibId: string): Promise<string> {
  // Trusted input, as a person clicks: Uketori ignores clicks made by script.
  await page.click(ui(`button[data-uketori="cart-button"][data-bib=${JSON.stringify(bibId)}]`));
  return cartStatus(page, bibId);
}

describe.each(BROWSERS)('in-page features in %s', (kind) => {
  const suite = demoSuite(kind);
  let sim: RunningSim;
  let ext: ExtensionBrowser;
  let page: Page;
  beforeAll(() => void ({ sim, ext, page } = suite));

  it.each(LIBRARIES)('adds three titles with one click each at %s, and the page never navigates', async (id) => {
    await logIn(page, sim.origins, id);
    await page.goto(demoUrl(sim.origins, id, 'search'));
    const before = await serverCart(sim, id);
    const buttons = await cartButtons(page);
    await markPage(page);
    const outcomes: string[] = [];
    for (const bib of buttons) {
      outcomes.push(await click(page, bib));
      if (outcomes.filter((o) => o === ADDED).length === 3) break;
    }
    expect(outcomes.filter((o) => o === ADDED)).toHaveLength(3);
    expect(await serverCart(sim, id)).toBe(before + 3);
    expect(await stillSamePage(page)).toBe(true);
    if (id === 'hokuto-city') await page.screenshot({ path: `${SHOTS}/${kind}-results-added.png`, fullPage: true });
  });

  it('says what cannot be lent, and shows the library message when the cart is full', async () => {
    await logIn(page, sim.origins, 'hokkaido-pref');
    await page.goto(`${sim.origins['hokkaido-pref']}/wo/opc/srh/list?title=${encodeURIComponent('広辞苑')}`);
    await cartButtons(page);
    expect(await click(page, '1000701')).toBe('この資料はカートに入れられません');

    await logIn(page, sim.origins, 'licsxp-demo');
    await page.goto(`${sim.origins['licsxp-demo']}/licsxp-opac/WOpacEsSchCmpdExecAction.do?condition1Text=${encodeURIComponent('の')}`);
    const outcomes = [];
    for (const bib of await cartButtons(page)) {
      const outcome = await click(page, bib);
      outcomes.push(outcome);
      if (outcome.startsWith('上限')) break;
    }
    expect(outcomes.at(-1)).toBe('上限に達しました: 予約カートに登録できるのは10件までです。');
    expect(await serverCart(sim, 'licsxp-demo')).toBe(10);
  });

  it('asks to log in when the session is gone, then finishes the add after login', async () => {
    await page.goto(`${sim.origins['hokkaido-pref']}/wo/usr/logout`);
    await page.goto(`${sim.origins['hokkaido-pref']}/wo/opc_srh/srh_detail/1000501/`);
    await cartButtons(page);
    expect(await click(page, '1000501')).toBe('ログインが必要です ログインして追加');
    await Promise.all([page.waitForNavigation(), page.click(ui('a[data-uketori="cart-button"]'))]);
    const { card, password } = DEMO_PATRONS['hokkaido-pref']!;
    await page.type('input[name=card]', card);
    await page.type('input[name=password]', password);
    await Promise.all([page.waitForNavigation(), page.click('input[type=submit][value=ログイン]')]);
    expect(new URL(page.url()).pathname).toBe('/wo/opc_srh/srh_detail/1000501/');
    expect(await cartStatus(page, '1000501')).toBe(ADDED);
  });

  it('badges a hold that became ready after the clock moved, and ranks still waiting', async () => {
    const origin = sim.origins['hokkaido-pref']!;
    await seedDemoPatron(sim.origins, 'hokkaido-pref', { holds: [{ id: '1000121', reservedOn: '2026-11-20' }, { id: '1000201', reservedOn: '2026-11-20' }] });
    await logIn(page, sim.origins, 'hokkaido-pref');
    await page.goto(demoUrl(sim.origins, 'hokkaido-pref', 'holds'));
    await page.waitForSelector('html[data-uketori-features]');
    await control(origin, 'return', { itemId: '1000121' });
    await advanceWorld(ext, origin, 1);
    await page.goto(demoUrl(sim.origins, 'hokkaido-pref', 'holds'));
    await waitForUi(page, '[data-uketori="deadline-badges"]');
    const badges = await page.$$eval(ui('[data-uketori="deadline-badges"]'), (els) => els.map((e) => [e.textContent, (e as HTMLElement).dataset.tone]));
    expect(badges).toContainEqual([expect.stringMatching(/^あと\d+日 · \d+\/\d+\(.\)$/), expect.stringMatching(/later|soon|urgent/)]);
    expect(badges.some(([text]) => /^\d+位/.test(text ?? ''))).toBe(true);
    await page.screenshot({ path: `${SHOTS}/${kind}-holds-badged.png`, fullPage: true });
  });

  it('marks 推定 on a hold that became ready this very day: the background estimates it from the page just read', async () => {
    // Put aside today, hours before the notice goes out at 20:00 (the world's days start at 10:00).
    await seedDemoPatron(sim.origins, 'hokkaido-pref', { holds: [{ id: '1000101', state: 'ready' }] });
    await logIn(page, sim.origins, 'hokkaido-pref');
    await page.goto(demoUrl(sim.origins, 'hokkaido-pref', 'holds'));
    await page.waitForSelector('html[data-uketori-features]');
    // 北海道立 prints the 取置期限日 only from the next day; its rule keeps a hold 10 days from the day after the notice.
    const badges = await page.$$eval(ui('[data-uketori="deadline-badges"]'), (els) => els.map((e) => e.textContent ?? ''));
    expect(badges).toEqual([expect.stringMatching(/^あと10日 · \d+\/\d+\(.\) \(推定\)$/)]);
  });

  it('tells on the loans page when a renewal is possible, and why not', async () => {
    await logIn(page, sim.origins, 'mito-city');
    await page.goto(demoUrl(sim.origins, 'mito-city', 'loans'));
    await waitForUi(page, '[data-uketori="loan-badges"]');
    const badges = await page.$$eval(ui('[data-uketori="loan-badges"]'), (els) => els.map((e) => e.textContent ?? ''));
    expect(badges.some((b) => /^返却まで\d+日 · .* · 延長できます$/.test(b))).toBe(true);
    expect(badges.some((b) => /延滞 · 延長不可: 延滞中$/.test(b))).toBe(true);
  });

  it('shows titles with markup as text and runs none of it', async () => {
    await page.goto(`${sim.origins['hokuto-city']}/Libsearch/search?title=${encodeURIComponent('<script>')}`);
    await page.evaluate(() => (window.alert = () => ((window as unknown as { alerted: boolean }).alerted = true)));
    await page.waitForSelector('html[data-uketori-features]', { timeout: 20_000 });
    const labels = await page.$$eval(ui('button[data-uketori="cart-button"]'), (els) => els.map((b) => b.getAttribute('aria-label')));
    expect(labels).toContain('「<script>alert(1)</script>」を予約カートに入れる');
    expect(await page.$$(ui('[data-uketori] script, [data-uketori] b'))).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted ?? false)).toBe(false);
  });
});
