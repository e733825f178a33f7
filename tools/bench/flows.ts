import type { Frame, Page } from 'puppeteer-core';
import { demoUrl, laidOut, visit } from '../../test/e2e/harness/demo-patron';
import { ui, waitForUi } from '../../test/e2e/harness/ui';
import type { RequestLogEntry } from '../../test/sim/core/request-log';
import { control } from '../../test/sim/browser';

/** What one way of doing a task cost the patron: pages the browser loaded, clicks (and keys), and requests the OPAC served. */
export interface Effort {
  pageLoads: number;
  clicks: number;
  requests: number;
}

/** Run `task` in `page` and count the tab's own page loads and what the library's server saw meanwhile. */
export async function measured(origin: string, page: Page, task: () => Promise<number>): Promise<Effort> {
  await control(origin, 'log/clear', {});
  let pageLoads = 0;
  // Uketori's hidden frame and fetches reach the server too, but the patron's page does not move: only the tab's
  // own navigations are page loads.
  const count = (frame: Frame) => void (frame === page.mainFrame() && (pageLoads += 1));
  page.on('framenavigated', count);
  const clicks = await task().finally(() => page.off('framenavigated', count));
  const { entries } = await control<{ entries: RequestLogEntry[] }>(origin, 'log');
  return { pageLoads, clicks, requests: entries.length };
}

/**
 * Click an element, wait for the page it leads to and for Uketori to have laid that page out: it places markers and
 * buttons beside the titles of a page just loaded, and a click aimed meanwhile lands elsewhere.
 */
export async function clickAndLoad(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
  await laidOut(page);
}

/**
 * 北海道立's guide, by hand: on the result list open a title, press 予約カート on its 所蔵情報 page, go back to the
 * list, and so on for each title.
 */
export async function addByHand(page: Page, origins: Record<string, string>, bibs: readonly string[]): Promise<number> {
  let clicks = 0;
  await visit(page, demoUrl(origins, 'hokkaido-pref', 'search'));
  for (const bib of bibs) {
    await clickAndLoad(page, `a[href*="/srh_detail/${bib}/"]`);
    await clickAndLoad(page, 'form[action*="cart"] input[type=submit]');
    await visit(page, demoUrl(origins, 'hokkaido-pref', 'search')); // the browser's back button: the list is loaded again
    clicks += 3;
  }
  return clicks;
}

/** With Uketori: the list once, then its cart button beside each title, waiting for each answer. */
export async function addWithUketori(page: Page, origins: Record<string, string>, bibs: readonly string[], status: (bib: string) => Promise<string>): Promise<number> {
  await page.goto(demoUrl(origins, 'hokkaido-pref', 'search'));
  await waitForUi(page, 'button[data-uketori="cart-button"]', 15_000);
  for (const bib of bibs) {
    await page.click(ui(`button[data-uketori="cart-button"][data-bib="${bib}"]`));
    await status(bib);
  }
  return bibs.length;
}

/**
 * A series in reading order at 北海道立, by hand: each volume into the cart as above, then on 予約カート状況 switch to
 * 読みたい順予約, tick each volume and type its priority, choose 予約する, and 確認 on the next page.
 */
export async function seriesByHand(page: Page, origins: Record<string, string>, bibs: readonly string[]): Promise<number> {
  let clicks = await addByHand(page, origins, bibs);
  await visit(page, `${origins['hokkaido-pref']}/wo/usr/cart`);
  clicks += 1;
  await clickAndLoad(page, 'button[value="ordered"], input[value="読みたい順予約"]');
  for (const [i, bib] of bibs.entries()) {
    await page.click(`input[name="bib"][value="${bib}"]`);
    await page.$eval(`input[name="priority_${bib}"]`, (el, v) => void ((el as HTMLInputElement).value = v), String(i + 1));
    clicks += 2; // tick, and type in the priority box
  }
  await clickAndLoad(page, 'button[value="reserve"], input[value="予約する"]');
  await clickAndLoad(page, 'button[value="confirm"], input[value="確認"]');
  return clicks + 3;
}

/**
 * The same series with Uketori: on the list, シリーズ順に予約 and the panel's confirm; Uketori fills the cart, 読みたい順予約
 * and the priorities up to the library's 予約内容確認, where the last click, 確認, is the patron's.
 */
export async function seriesWithUketori(page: Page, origins: Record<string, string>, series: string, bibs: readonly string[]): Promise<number> {
  await visit(page, demoUrl(origins, 'hokkaido-pref', 'search'));
  // As the e2e test's `openSeries`: the button of this work and publisher, then its panel.
  await waitForUi(page, 'button[data-uketori="series"][data-series]', 20_000);
  await page.click(ui(`button[data-uketori="series"][data-series=${JSON.stringify(series)}]`));
  await waitForUi(page, '.uketori-series-panel');
  const ticked = await page.$$eval(ui('.uketori-series-panel li input[type=checkbox]'), (els) => (els as HTMLInputElement[]).filter((b) => b.checked).map((b) => b.dataset.bib));
  if (ticked.join() !== bibs.join()) throw new Error(`series panel ticks [${ticked.join()}], not [${bibs.join()}]: ${await page.$eval(ui('.uketori-series-panel'), (el) => el.textContent)}`);
  await page.click(ui('.uketori-series-panel button[data-action="confirm"]'));
  // Several page loads follow (cart, 読みたい順予約, 予約する): wait for where they end, as the e2e test's `waitForPath`.
  await page.waitForFunction(() => location.pathname === '/wo/usr/cart/confirm' && document.readyState === 'complete', { timeout: 30_000 });
  await clickAndLoad(page, 'button[value="confirm"], input[value="確認"]');
  return 3; // open the panel, confirm, 確認
}
