import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../test/e2e/harness/browsers';
import { control } from '../../test/sim/browser';
import { cartStatus, demoUrl, logIn, visit } from '../../test/e2e/harness/demo-patron';
import { ui, uiValue, waitForUi } from '../../test/e2e/harness/ui';
import { mirrorRows, notificationsSeen, watchNotifications } from '../../test/e2e/harness/patron';
import { advanceWorld, moveWorld } from '../../test/e2e/harness/world';

/** The six-volume 文庫 1Q84, none of it reserved by the demo patron: Uketori's id for the group (work and publisher). */
const BUNKO = '1Q84|新潮社 (新潮文庫)';

interface Step {
  name: string;
  /** Does the step; returns what it saw, or throws: `Missing` when what the patron should see is not there. */
  run(): Promise<string>;
}

/** What a step expected to see and did not: the tour goes on, and `npm run demo` exits 1 naming the step. */
class Missing extends Error {}

function expectSeen(ok: boolean, what: string): void {
  if (!ok) throw new Missing(what);
}

/** The number of days a deadline badge counts down (あと3日 · 11/25(水)), or 0 for 今日まで. */
const daysIn = (badge: string) => (badge.startsWith('今日') ? 0 : Number(/^あと(\d+)日/.exec(badge)?.[1] ?? NaN));

/**
 * The scripted tour of `npm run demo -- --headless --out DIR`: each step leaves a numbered screenshot and one log
 * line. A step that fails or misses something is logged, the tour goes on, and it is counted in `bad`.
 */
export async function runTour(ext: ExtensionBrowser, origins: Record<string, string>, welcomeUrl: string, out: string): Promise<{ log: string[]; bad: string[] }> {
  let deadlinesBefore: string[] = [];
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
  /** What Uketori says once an action on a hold or loan is over. */
  const actionOutcome = async (action: string) => {
    return uiValue(page, `span[data-uketori="record-actions"][data-action="${action}"][data-kind]`, (status) => (status.dataset.kind ? status.textContent : null), 30_000);
  };
  const badges = (owner: string) => page.$$eval(ui(`[data-uketori="${owner}"]`), (els) => els.map((e) => e.textContent ?? ''));

  const steps: Step[] = [
    { name: 'welcome', run: async () => { await page.goto(welcomeUrl); return `welcome page — ${await shot(page, 'welcome')}`; } },
    {
      name: 'options',
      run: async () => {
        const options = await ext.openExtensionPage('options.html', '#libraries li');
        const count = await options.$$eval('#libraries li', (els) => els.length);
        const file = await shot(options, 'options');
        await options.close();
        expectSeen(count === Object.keys(origins).length, `${count} libraries in the options page, not ${Object.keys(origins).length}`);
        return `${count} libraries set up in the options page — ${file}`;
      },
    },
    {
      name: 'one-click add (北杜市, Shift_JIS)',
      run: async () => {
        await logIn(page, origins, 'hokuto-city');
        await page.goto(url('hokuto-city', 'search'));
        const button = await waitForUi(page, 'button[data-uketori="cart-button"]', 5_000).catch(() => null);
        const before = await shot(page, 'hokuto-results');
        expectSeen(button !== null, `cart buttons on the result list — ${before}`);
        const bib = await button!.evaluate((b) => (b as HTMLElement).dataset.bib!);
        await button!.click();
        const status = await cartStatus(page, bib);
        const after = await shot(page, 'hokuto-added');
        expectSeen(status === '✓ カートに追加しました', `the add to say カートに追加しました, not ${status} — ${after}`);
        expectSeen(page.url() === url('hokuto-city', 'search'), `the page to stay where it was, not ${page.url()}`);
        return `results with cart buttons — ${before}; clicked: ${status}, page not reloaded — ${after}`;
      },
    },
    {
      name: 'pickup deadlines (北海道立)',
      run: async () => {
        await logIn(page, origins, 'hokkaido-pref');
        await page.goto(url('hokkaido-pref', 'holds'));
        await page.waitForSelector('html[data-uketori-features]', { timeout: 10_000 });
        const seen = await badges('deadline-badges');
        const file = await shot(page, 'hokkaido-holds');
        deadlinesBefore = seen.filter((b) => !Number.isNaN(daysIn(b)));
        expectSeen(deadlinesBefore.length > 0, `a pickup-deadline badge (あと…日) among ${seen.join(' | ') || 'no badges'} — ${file}`);
        expectSeen(!seen.some((b) => b.includes('期限切れ')), `no deadline already passed on the day the world starts, saw ${seen.join(' | ')} — ${file}`);
        return `${seen.join(' | ')} — ${file}`;
      },
    },
    {
      name: 'the clock moves on (北海道立)',
      run: async () => {
        await control(origins['hokkaido-pref']!, 'return', { itemId: '1000201' });
        await advanceWorld(ext, origins['hokkaido-pref']!, 2);
        await page.goto(url('hokkaido-pref', 'holds'));
        await page.waitForSelector('html[data-uketori-features]', { timeout: 10_000 });
        const seen = await badges('deadline-badges');
        const file = await shot(page, 'hokkaido-holds-later');
        // The same ready hold counts down two days: Uketori's clock moved with the libraries'.
        const later = seen.map(daysIn).filter((d) => !Number.isNaN(d));
        expectSeen(deadlinesBefore.map(daysIn).some((d) => later.includes(d - 2)), `a deadline two days nearer than ${deadlinesBefore.join(' | ')}, saw ${seen.join(' | ')} — ${file}`);
        return `two days later: ${seen.join(' | ')} — ${file}`;
      },
    },
    {
      name: 'due dates and renewal (水戸市)',
      run: async () => {
        await logIn(page, origins, 'mito-city');
        await page.goto(url('mito-city', 'loans'));
        await page.waitForSelector('html[data-uketori-features]', { timeout: 10_000 });
        const seen = await badges('loan-badges');
        const file = await shot(page, 'mito-loans');
        expectSeen(seen.some((b) => b.endsWith('延長できます')), `a loan that can be renewed among ${seen.join(' | ') || 'no badges'} — ${file}`);
        expectSeen(seen.some((b) => b.includes('延長不可')), `a loan that cannot, with its reason, among ${seen.join(' | ')} — ${file}`);
        return `${seen.join(' | ')} — ${file}`;
      },
    },
    {
      name: 'renew a loan from its page (水戸市)',
      run: async () => {
        await visit(page, url('mito-city', 'loans'));
        if (!(await page.$(ui('button[data-uketori="record-actions"][data-action="renew"]')))) throw new Missing(`a 延長する button — ${await shot(page, 'renew-missing')}`);
        await page.click(ui('button[data-uketori="record-actions"][data-action="renew"]'));
        const said = await actionOutcome('renew');
        const file = await shot(page, 'mito-renewed');
        expectSeen(said.startsWith('延長しました。新しい返却期限は'), `延長しました with the new due date read back, saw ${said} — ${file}`);
        return `${said} — ${file}`;
      },
    },
    {
      name: 'cancel a hold, asked first (水戸市)',
      run: async () => {
        await visit(page, url('mito-city', 'holds'));
        if (!(await page.$(ui('button[data-uketori="record-actions"][data-action="cancel"]')))) throw new Missing(`a 予約を取り消す button — ${await shot(page, 'cancel-missing')}`);
        await page.click(ui('button[data-uketori="record-actions"][data-action="cancel"]'));
        await waitForUi(page, 'button[data-uketori="record-actions"][data-confirm="yes"]');
        const question = await page.$eval(ui('span[data-uketori="record-actions"][data-action="cancel"]'), (el) => el.textContent ?? '');
        const asked = await shot(page, 'mito-cancel-asked');
        expectSeen(question.includes('水戸市立図書館') && question.includes('カード'), `a question naming the title, the card and the library, saw ${question} — ${asked}`);
        await page.click(ui('button[data-uketori="record-actions"][data-confirm="yes"]'));
        const said = await actionOutcome('cancel');
        const file = await shot(page, 'mito-cancelled');
        expectSeen(said === '予約を取り消しました（図書館の一覧で確認）', `the hold gone from the library's list, saw ${said} — ${file}`);
        return `${question} → ${said} — ${asked}, ${file}`;
      },
    },
    {
      name: 'a LICS-XP holds page',
      run: async () => {
        await logIn(page, origins, 'licsxp-demo');
        await page.goto(url('licsxp-demo', 'holds'));
        await page.waitForSelector('html[data-uketori-features]', { timeout: 10_000 });
        const seen = await badges('deadline-badges');
        const file = await shot(page, 'licsxp-holds');
        expectSeen(seen.some((b) => !Number.isNaN(daysIn(b))) && !seen.some((b) => b.includes('期限切れ')), `a pickup deadline still to come among ${seen.join(' | ') || 'no badges'} — ${file}`);
        return `${seen.join(' | ')} — ${file}`;
      },
    },
    {
      name: 'markers on a result list (北海道立)',
      run: async () => {
        await page.goto(url('hokkaido-pref', 'search'));
        await page.waitForSelector('html[data-uketori-features]', { timeout: 10_000 });
        const seen = await badges('markers');
        const file = await shot(page, 'hokkaido-markers');
        expectSeen(seen.some((m) => m.startsWith('予約中')), `予約中 markers on the 1Q84 list, saw ${seen.join(' | ') || 'none'} — ${file}`);
        return `${seen.join(' | ')} — ${file}`;
      },
    },
    {
      name: 'toolbar popup',
      run: async () => {
        const popup = await ext.openExtensionPage('popup.html', 'main');
        await popup.setViewport({ width: 420, height: 700 });
        await popup.waitForSelector('[data-section]', { timeout: 5_000 }).catch(() => null);
        const sections = await popup.$$eval('[data-section]', (els) => els.map((e) => e.getAttribute('data-section')));
        const unexplained = await popup.$$eval('section.library', (els) => els.filter((e) => !e.querySelector('[data-section], [data-outcome]')).map((e) => e.getAttribute('aria-label')));
        const file = await shot(popup, 'popup');
        await popup.close();
        expectSeen(['ready', 'waiting', 'loans'].every((s) => sections.includes(s)), `ready, waiting and loans sections, saw ${sections.join(', ')} — ${file}`);
        expectSeen(unexplained.length === 0, `every library to show its records or say why not: ${unexplained.join(', ')} — ${file}`);
        return `sections ${sections.join(', ')} — ${file}`;
      },
    },
    {
      name: 'a reminder rings',
      run: async () => {
        const watcher = await ext.openExtensionPage('options.html', '#data');
        await watchNotifications(watcher);
        const pending = (await mirrorRows<{ id: string; fireAt: number; firedAt: number | null }>(watcher, 'reminders')).filter((r) => r.firedAt === null);
        const next = pending.sort((a, b) => a.fireAt - b.fireAt)[0]!;
        expectSeen(next !== undefined, 'a reminder scheduled from the mirror');
        // The world's clock (the libraries' and Uketori's) moves on to two seconds before the reminder is due.
        await moveWorld(watcher, origins['hokkaido-pref']!, new Date(next.fireAt - 2_000).toISOString());
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
        const offer = await page.$(ui(`button[data-uketori="series"][data-series=${JSON.stringify(BUNKO)}]`));
        await offer?.click();
        if (!offer) throw new Missing(`シリーズ順に予約 for ${BUNKO} — ${await shot(page, 'series-missing')}`);
        await waitForUi(page, '.uketori-series-panel');
        const panel = await shot(page, 'series-panel');
        await page.click(ui('.uketori-series-panel button[data-action="confirm"]'));
        // Uketori: cart → 読みたい順予約 → priorities → 予約する; the library's 確認 is the patron's click.
        await page.waitForFunction(() => location.pathname === '/wo/usr/cart/confirm' && document.readyState === 'complete', { timeout: 30_000 });
        const confirm = await shot(page, 'series-confirm');
        await Promise.all([page.waitForNavigation(), page.click('button[value="confirm"]')]);
        await visit(page, url('hokkaido-pref', 'holds'));
        const kinds = await page.$$eval('table.reserve tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent ?? '').filter((k) => k.startsWith('読みたい順')));
        const file = await shot(page, 'series-holds');
        const ordered = [1, 2, 3, 4, 5, 6].map((n) => `読みたい順(${n})`);
        expectSeen(ordered.every((k) => kinds.includes(k)), `the six volumes reserved 読みたい順(1)…(6), saw ${kinds.join(' ')} — ${file}`);
        return `panel — ${panel}; the library's confirmation, numbered — ${confirm}; reserved: ${kinds.join(' ')} — ${file}`;
      },
    },
  ];

  const log: string[] = [];
  const bad: string[] = [];
  for (const [i, step] of steps.entries()) {
    const line = await step.run().then(
      (seen) => seen,
      (error: unknown) => `${error instanceof Missing ? 'missing' : 'failed'}: ${error instanceof Error ? error.message : String(error)}`,
    );
    const entry = `${String(i + 1).padStart(2, '0')} ${step.name}: ${line}`;
    log.push(entry);
    if (/^(missing|failed): /.test(line)) bad.push(entry);
  }
  return { log, bad };
}
