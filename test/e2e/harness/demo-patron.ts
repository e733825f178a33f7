import type { Page } from 'puppeteer-core';
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

/** The text of Uketori's cart status for one title once the add is over (not while it says 追加中…). */
export async function cartStatus(page: Page, bibId: string, timeout = 20_000): Promise<string> {
  return uiValue(page, `span[data-uketori="cart-button"][data-bib=${JSON.stringify(bibId)}]`, (status) => (status.dataset.kind ? status.textContent : null), timeout);
}

/** Open a page of the library and wait until Uketori has read it and mounted its features. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-uketori-features]', { timeout: 20_000 });
}
