import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../test/e2e/harness/browsers';
import { cartStatus, demoUrl, logIn, visit } from '../../test/e2e/harness/demo-patron';
import { mirrorRows, notificationsSeen, setExtensionClock, watchNotifications } from '../../test/e2e/harness/patron';

/** The six-volume 文庫 1Q84, none of it reserved by the demo patron: Uketori's id for the group (work and publisher). */
const BUNKO = '1Q84|新潮社 (新潮文庫)';

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
  const url = (id: string, path: Parameters<typeof demoUrl>[2]) => demoUrl(origins, id, path);
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
        await logIn(page, origins, 'hokuto-city');
        await page.goto(url('hokuto-city', 'search'));
        const button = await page.waitForSelector('button[data-uketori="cart-button"]', { timeout: 5_000 }).catch(() => null);
        if (!button) return `missing: cart buttons on the result list — ${await shot(page, 'hokuto-results')}`;
        const before = await shot(page, 'hokuto-results');
        const bib = await button.evaluate((b) => (b as HTMLElement).dataset.bib!);
        await button.click();
        return `results with cart buttons — ${before}; clicked: ${await cartStatus(page, bib)}, page not reloaded (${page.url() === url('hokuto-city', 'search') ? 'same address' : 'moved!'}) — ${await shot(page, 'hokuto-added')}`;
      },
    },
    {
      name: 'pickup deadlines (北海道立)',
      run: async () => {
        await logIn(page, origins, 'hokkaido-pref');
        await page.goto(url('hokkaido-pref', 'holds'));
        await page.waitForSelector('html[data-uketori-features]', { timeout: 10_000 });
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
        await page.waitForSelector('html[data-uketori-features]', { timeout: 10_000 });
        return `two days later: ${(await badges('deadline-badges')).join(' | ')} — ${await shot(page, 'hokkaido-holds-later')}`;
      },
    },
    {
      name: 'due dates and renewal (水戸市)',
      run: async () => {
        await logIn(page, origins, 'mito-city');
        await page.goto(url('mito-city', 'loans'));
        await page.waitForSelector('html[data-uketori-features]', { timeout: 10_000 });
        const seen = await badges('loan-badges');
        return `${seen.length ? seen.join(' | ') : 'missing: loan badges'} — ${await shot(page, 'mito-loans')}`;
      },
    },
    {
      name: 'a LICS-XP holds page',
      run: async () => {
        await logIn(page, origins, 'licsxp-demo');
        await page.goto(url('licsxp-demo', 'holds'));
        await page.waitForSelector('html[data-uketori-features]', { timeout: 10_000 });
        return `${(await badges('deadline-badges')).join(' | ')} — ${await shot(page, 'licsxp-holds')}`;
      },
    },
    {
      name: 'markers on a result list (北海道立)',
      run: async () => {
        await page.goto(url('hokkaido-pref', 'search'));
        await page.waitForSelector('html[data-uketori-features]', { timeout: 10_000 });
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
      name: 'a reminder rings',
      run: async () => {
        const watcher = await ext.openExtensionPage('options.html', '#data');
        await watchNotifications(watcher);
        const pending = (await mirrorRows<{ id: string; fireAt: number; firedAt: number | null }>(watcher, 'reminders')).filter((r) => r.firedAt === null);
        const next = pending.sort((a, b) => a.fireAt - b.fireAt)[0];
        if (!next) return 'missing: no reminder scheduled';
        // The demo build lets the background's clock move: two seconds before the reminder is due.
        await setExtensionClock(watcher, next.fireAt - 2_000);
        await watcher.waitForFunction(async (id) => {
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          return Object.keys(await api.notifications.getAll()).includes(id);
        }, { timeout: 20_000, polling: 500 }, next.id);
        const seen = await notificationsSeen(watcher);
        await watcher.close();
        return `rang at ${new Date(next.fireAt).toISOString()} (${next.id.split('|').slice(-2).join(' ')}); notifications shown: ${seen.length}`;
      },
    },
    {
      name: 'a series in reading order (北海道立 読みたい順予約)',
      run: async () => {
        await visit(page, url('hokkaido-pref', 'search'));
        const offer = await page.$$eval('button[data-uketori="series"][data-series]', (els, id) => {
          const offer = (els as HTMLElement[]).find((b) => b.dataset.series === id);
          offer?.click();
          return offer !== undefined;
        }, BUNKO);
        if (!offer) return `missing: no シリーズ順に予約 for ${BUNKO} — ${await shot(page, 'series-missing')}`;
        await page.waitForSelector('.uketori-series-panel');
        const panel = await shot(page, 'series-panel');
        await page.click('.uketori-series-panel button[data-action="confirm"]');
        // Uketori: cart → 読みたい順予約 → priorities → 予約する; the library's 確認 is the patron's click.
        await page.waitForFunction(() => location.pathname === '/wo/usr/cart/confirm' && document.readyState === 'complete', { timeout: 30_000 });
        const confirm = await shot(page, 'series-confirm');
        await Promise.all([page.waitForNavigation(), page.click('button[value="confirm"]')]);
        await visit(page, url('hokkaido-pref', 'holds'));
        const kinds = await page.$$eval('table.reserve tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent ?? '').filter((k) => k.startsWith('読みたい順')));
        return `panel — ${panel}; the library's confirmation, numbered — ${confirm}; reserved: ${kinds.join(' ')} — ${await shot(page, 'series-holds')}`;
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

async function post(origin: string, endpoint: string, body: object): Promise<void> {
  const response = await fetch(`${origin}/__sim/${endpoint}`, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${endpoint}: ${await response.text()}`);
}
