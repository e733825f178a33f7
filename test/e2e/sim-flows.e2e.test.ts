import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simState } from '../sim/browser';
import type { RunningSim } from '../sim/core/launch';
import { DEMO_PATRONS, startDemoWorld } from '../sim/demo-world';
import { launchPlainChromium } from './harness/browsers';
import { demoUrl, logIn } from './harness/demo-patron';

/** One step of a patron's flow on the library's own pages: open a page, tick a title's box, or press a button. */
type Step = { visit: string } | { tick: string } | { press: string; of?: string };

const TITLE = '1000112'; // 1Q84 BOOK1〈4月-6月〉後編: none of the demo patrons has it yet

/** Each library's reservation flow as its guide describes it, from the result list to the finished reservation. */
const FLOWS: Record<string, Step[]> = {
  'hokkaido-pref': [{ visit: `/wo/opc_srh/srh_detail/${TITLE}/` }, { press: '予約カート' }, { visit: '/wo/usr/cart' }, { tick: TITLE }, { press: '予約する' }, { press: '確認' }],
  'hokuto-city': [{ tick: TITLE }, { press: '予約カートに追加' }, { press: '予約申請する' }, { press: '予約申請実行' }],
  'tochigi-pref': [{ tick: TITLE }, { press: '予約かごへ' }, { press: '予約' }, { press: '確認' }],
  'mito-city': [{ tick: TITLE }, { press: 'カートに入れる' }, { visit: '/toshokan/user/cart' }, { tick: TITLE }, { press: '予約する' }, { press: '次に進む' }, { press: '予約する' }],
  'licsxp-demo': [{ press: 'カートへ追加', of: TITLE }, { press: '通常予約申込' }],
  'winj-demo': [{ tick: TITLE }, { press: '予約かご' }, { press: '通常予約する' }, { press: '予約する' }],
};


async function press(page: Page, label: string, near?: string): Promise<void> {
  const button = await page.evaluateHandle((text, id) => {
    const all = Array.from(document.querySelectorAll<HTMLElement>('input[type=submit], input[type=button], button'));
    const label = (b: HTMLElement) => (b.tagName === 'BUTTON' ? b.textContent : (b as HTMLInputElement).value) ?? '';
    const matches = all.filter((b) => label(b).trim() === text);
    return (id ? matches.find((b) => (b.getAttribute('onclick') ?? '').includes(id) || b.closest('tr, li, .doc')?.innerHTML.includes(id)) : matches[0]) ?? null;
  }, label, near ?? null);
  if (!(await page.evaluate((b) => b !== null, button))) throw new Error(`no button 「${label}」 on ${page.url()}: ${await page.evaluate(() => document.body.innerText.slice(0, 300))}`);
  await Promise.all([page.waitForNavigation({ timeout: 15_000 }), (button as unknown as { click(): Promise<void> }).click()]);
}

/** Tick the box of a title: the box carrying its id, or the box in the row of its link. */
async function tick(page: Page, id: string): Promise<void> {
  const ticked = await page.evaluate((record) => {
    const boxes = Array.from(document.querySelectorAll<HTMLInputElement>('input[type=checkbox]'));
    const box = boxes.find((b) => b.value === record)
      ?? Array.from(document.querySelectorAll('a[href]')).find((a) => a.getAttribute('href')!.includes(record))?.closest('tr, li')?.querySelector<HTMLInputElement>('input[type=checkbox]');
    if (!box) return false;
    box.checked = true;
    return true;
  }, id);
  if (!ticked) throw new Error(`no box for ${id} on ${page.url()}`);
}

describe('the simulated libraries in a plain browser (no extension)', () => {
  let sim: RunningSim;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    sim = await startDemoWorld({});
    browser = await launchPlainChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  it.each(Object.keys(FLOWS))('%s: log in, search, put a title in the cart and reserve it through the library\'s own pages', async (id) => {
    await logIn(page, sim.origins, id);
    await page.goto(demoUrl(sim.origins, id, 'search'));
    for (const step of FLOWS[id]!) {
      if ('visit' in step) await page.goto(`${sim.origins[id]}${step.visit}`);
      else if ('tick' in step) await tick(page, step.tick);
      else await press(page, step.press, step.of);
    }
    const state = await simState(sim.origins[id]!);
    const holds = state.patrons.find((p) => p.card === DEMO_PATRONS[id]!.card)!.holds.map((h) => h.recordId);
    expect(holds).toContain(TITLE);
  });
});
