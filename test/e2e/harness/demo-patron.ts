import type { Page } from 'puppeteer-core';
import { control, simState } from '../../sim/browser';
import { DEMO_PAGES, DEMO_PATRONS } from '../../sim/demo-world';
import type { ExtensionBrowser } from './browsers';
import { uiValue } from './ui';

/** The address of one of a simulated library's pages (paths are the simulator's invented ones). */
export function demoUrl(origins: Record<string, string>, id: string, page: keyof (typeof DEMO_PAGES)[string]): string {
  return `${origins[id]}${DEMO_PAGES[id]![page]}`;
}

/**
 * Add every simulated library the way the options page does, in one message each (the e2e build already holds
 * the loopback permission): the seed libraries as known libraries, the two vendor demos by URL.
 */
export async function addDemoLibraries(ext: ExtensionBrowser, origins: Record<string, string>): Promise<void> {
  const options = await ext.openExtensionPage('options.html', '#add-library');
  for (const [id, origin] of Object.entries(origins)) {
    const reply = await options.evaluate(
      (message) => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage(message) as Promise<{ ok: boolean; error?: string }>,
      id.endsWith('-demo')
        ? { type: 'addLibrary', url: `${origin}${DEMO_PAGES[id]!.opac}`, libraryId: null, name: DEMO_PAGES[id]!.name }
        : { type: 'addLibrary', url: `${origin}${DEMO_PAGES[id]!.opac}`, libraryId: id },
    );
    if (!reply.ok) throw new Error(`could not add ${id}: ${reply.error}`);
  }
  await options.close();
}

/** Log in through the library's own form, as a patron would: the card field before the password, then its button. */
export async function logIn(page: Page, origins: Record<string, string>, id: string): Promise<void> {
  const { card, password } = DEMO_PATRONS[id]!;
  await page.goto(demoUrl(origins, id, 'login'));
  await page.evaluate((cardNumber, secret) => {
    const pw = document.querySelector<HTMLInputElement>('input[type=password]')!;
    const inputs = Array.from(document.querySelectorAll<HTMLInputElement>('input'));
    const field = inputs.slice(0, inputs.indexOf(pw)).filter((i) => i.type === 'text').at(-1)!;
    field.value = cardNumber;
    pw.value = secret;
  }, card, password);
  const button = await page.evaluateHandle(() =>
    Array.from(document.querySelectorAll<HTMLElement>('input[type=submit], input[type=button], button')).find((b) => /ログイン/.test((b as HTMLInputElement).value || b.textContent || '')),
  );
  await Promise.all([page.waitForNavigation({ timeout: 15_000 }), (button as unknown as { click(): Promise<void> }).click()]);
}

/** The demo patron as the simulated library keeps it: cart, holds and loans with what the web may do with each. */
export async function demoPatronState(origins: Record<string, string>, id: string) {
  const patron = (await simState(origins[id]!)).patrons.find((p) => p.card === DEMO_PATRONS[id]!.card);
  if (!patron) throw new Error(`no demo patron at ${id}`);
  return patron;
}

/** (Re)seed the demo patron of a simulated library, with `extra` records on top of the demo ones. */
export async function seedDemoPatron(origins: Record<string, string>, id: string, extra: object = {}): Promise<void> {
  await control(origins[id]!, 'seed-patron', { ...DEMO_PATRONS[id], ...extra });
}

/**
 * The text of a status Uketori shows (the first element matching `selector`) once what it reports is over: it then
 * carries a data-kind (while it says 追加中… or 処理中… it has none).
 */
export function settledStatus(page: Page, selector: string, timeout = 20_000): Promise<string> {
  return uiValue(page, selector, (status) => (status.dataset.kind ? status.textContent : null), timeout);
}

/** The text of Uketori's cart status for one title once the add is over (not while it says 追加中…). */
export function cartStatus(page: Page, bibId: string, timeout = 20_000): Promise<string> {
  return settledStatus(page, `span[data-uketori="cart-button"][data-bib=${JSON.stringify(bibId)}]`, timeout);
}

/** Mark the page's own JavaScript world: it remembers the mark only as long as the page is not reloaded or left. */
export async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { uketoriStay: number }).uketoriStay = 1));
}

/** Whether the tab still shows the page markPage marked (it never navigated). */
export function stillSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { uketoriStay?: number }).uketoriStay === 1);
}

/** Open a page of the library and wait until Uketori has read it and mounted its features. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await laidOut(page);
}

/** Wait until Uketori has read the page the tab shows and mounted its features (the e2e build says so on <html>). */
export async function laidOut(page: Page): Promise<void> {
  await page.waitForSelector('html[data-uketori-features]', { timeout: 20_000 });
}
