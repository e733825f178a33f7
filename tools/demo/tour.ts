import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../test/e2e/harness/browsers';
import { DEMO_PAGES, DEMO_PATRONS } from '../../test/sim/demo-world';

interface Step {
  name: string;
  /** Does the step; returns what it saw, or throws. A step whose feature is not built says so with `missing:`. */
  run(): Promise<string>;
}

/**
 * The scripted tour of `npm run demo -- --headless --out DIR`: each step leaves a numbered screenshot and one log
 * line. A step that fails is logged and the tour goes on.
 */
export async function runTour(ext: ExtensionBrowser, origins: Record<string, string>, welcomeUrl: string, out: string): Promise<string[]> {
  const page = await ext.browser.newPage();
  await page.setViewport({ width: 1200, height: 860 });
  let n = 0;
  const shot = async (target: Page, name: string) => {
    n += 1;
    const file = `${String(n).padStart(2, '0')}-${name}.png`;
    await target.screenshot({ path: resolve(out, file), fullPage: true });
    return file;
  };
  const url = (id: string, path: keyof (typeof DEMO_PAGES)[string]) => `${origins[id]}${DEMO_PAGES[id]![path]}`;
  const badges = (owner: string) => page.$$eval(`[data-uketori="${owner}"]`, (els) => els.map((e) => e.textContent ?? ''));

  const steps: Step[] = [
    { name: 'welcome', run: async () => { await page.goto(welcomeUrl); return `welcome page — ${await shot(page, 'welcome')}`; } },
    {
      name: 'options',
      run: async () => {
        const options = await ext.openExtensionPage('options.html', '#libraries li');
        const count = await options.$$eval('#libraries li', (els) => els.length);
        const file = await shot(options, 'options');
        await options.close();
        return `${count} libraries set up in the options page — ${file}`;
      },
    },
    {
      name: 'one-click add (北杜市, Shift_JIS)',
      run: async () => {
        await logIn(page, url('hokuto-city', 'login'), 'hokuto-city');
        await page.goto(url('hokuto-city', 'search'));
        const button = await page.waitForSelector('button[data-uketori="cart-button"]', { timeout: 5_000 }).catch(() => null);
        if (!button) return `missing: cart buttons on the result list — ${await shot(page, 'hokuto-results')}`;
        const before = await shot(page, 'hokuto-results');
        const bib = await button.evaluate((b) => (b as HTMLElement).dataset.bib);
        await button.click();
        const status = await page.waitForFunction((id) => {
          const s = Array.from(document.querySelectorAll<HTMLElement>('span[data-uketori="cart-button"]')).find((el) => el.dataset.bib === id);
          return s?.dataset.kind ? s.textContent : null;
        }, { timeout: 15_000 }, bib);
        return `results with cart buttons — ${before}; clicked: ${String(await status.jsonValue())}, page not reloaded (${page.url() === url('hokuto-city', 'search') ? 'same address' : 'moved!'}) — ${await shot(page, 'hokuto-added')}`;
      },
    },
    {
      name: 'pickup deadlines (北海道立)',
      run: async () => {
        await logIn(page, url('hokkaido-pref', 'login'), 'hokkaido-pref');
        await page.goto(url('hokkaido-pref', 'holds'));
        await page.waitForSelector('html[data-uketori-synced]', { timeout: 10_000 });
        const seen = await badges('deadline-badges');
        return `${seen.length ? seen.join(' | ') : 'missing: deadline badges'} — ${await shot(page, 'hokkaido-holds')}`;
      },
    },
    {
      name: 'the clock moves on (北海道立)',
      run: async () => {
        await post(origins['hokkaido-pref']!, 'return', { itemId: '1000201' });
        await post(origins['hokkaido-pref']!, 'advance', { days: 2 });
        await page.goto(url('hokkaido-pref', 'holds'));
        await page.waitForSelector('html[data-uketori-synced]', { timeout: 10_000 });
        return `two days later: ${(await badges('deadline-badges')).join(' | ')} — ${await shot(page, 'hokkaido-holds-later')}`;
      },
    },
    {
      name: 'due dates and renewal (水戸市)',
      run: async () => {
        await logIn(page, url('mito-city', 'login'), 'mito-city');
        await page.goto(url('mito-city', 'loans'));
        await page.waitForSelector('html[data-uketori-synced]', { timeout: 10_000 });
        const seen = await badges('loan-badges');
        return `${seen.length ? seen.join(' | ') : 'missing: loan badges'} — ${await shot(page, 'mito-loans')}`;
      },
    },
    {
      name: 'a LICS-XP holds page',
      run: async () => {
        await logIn(page, url('licsxp-demo', 'login'), 'licsxp-demo');
        await page.goto(url('licsxp-demo', 'holds'));
        await page.waitForSelector('html[data-uketori-synced]', { timeout: 10_000 });
        return `${(await badges('deadline-badges')).join(' | ')} — ${await shot(page, 'licsxp-holds')}`;
      },
    },
    {
      name: 'markers on a result list (北海道立)',
      run: async () => {
        await page.goto(url('hokkaido-pref', 'search'));
        await page.waitForSelector('html[data-uketori-synced]', { timeout: 10_000 });
        const seen = await badges('markers');
        return `${seen.length ? seen.join(' | ') : 'no markers'} — ${await shot(page, 'hokkaido-markers')}`;
      },
    },
    {
      name: 'toolbar popup',
      run: async () => {
        const popup = await ext.openExtensionPage('popup.html', 'main');
        await popup.setViewport({ width: 420, height: 700 });
        await popup.waitForSelector('[data-section]', { timeout: 5_000 }).catch(() => null);
        const sections = await popup.$$eval('[data-section]', (els) => els.map((e) => e.getAttribute('data-section')));
        const file = await shot(popup, 'popup');
        await popup.close();
        return `sections ${sections.join(', ')} — ${file}`;
      },
    },
    {
      name: 'series in reading order',
      run: async () => {
        await page.goto(url('hokkaido-pref', 'search'));
        const series = await page.$('[data-uketori="series"]');
        return series ? `series helper shown — ${await shot(page, 'series')}` : 'missing: シリーズ順に予約 is not built yet';
      },
    },
  ];

  const log: string[] = [];
  for (const [i, step] of steps.entries()) {
    const line = await step.run().then((seen) => seen, (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`);
    log.push(`${String(i + 1).padStart(2, '0')} ${step.name}: ${line}`);
  }
  return log;
}

/** Log in through the library's own form, as a patron would: the card field before the password, then its button. */
async function logIn(page: Page, loginUrl: string, id: string): Promise<void> {
  const { card, password } = DEMO_PATRONS[id]!;
  await page.goto(loginUrl);
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
  await Promise.all([page.waitForNavigation({ timeout: 10_000 }), (button as unknown as { click(): Promise<void> }).click()]);
}

async function post(origin: string, endpoint: string, body: object): Promise<void> {
  const response = await fetch(`${origin}/__sim/${endpoint}`, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${endpoint}: ${await response.text()}`);
}
