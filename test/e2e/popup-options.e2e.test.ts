import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../sim/start-sim';
import { BROWSERS, launchWithExtension, type ExtensionBrowser, type UiLanguage } from './harness/browsers';
import { visit } from './harness/demo-patron';
import { HOLDS_PATH, addLibrary, logInAndOpenPages, mirrorRows, seedPatron, type Api } from './harness/patron';
import { followWorld } from './harness/world';

const SHOTS = resolve('shots');
mkdirSync(SHOTS, { recursive: true });

/** Everything exported, without the moment of the export. */
async function exported(page: Page): Promise<unknown> {
  const reply = await page.evaluate(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).runtime.sendMessage({ type: 'exportData' }));
  const { exportedAt: _, ...rest } = (reply as { value: { exportedAt: number } }).value;
  return rest;
}

async function importFile(page: Page, path: string): Promise<void> {
  const input = (await page.$('#import-json')) as ElementHandle<HTMLInputElement>;
  const before = await page.$eval('#data', (el) => el.querySelector('[role=status]')?.textContent ?? null);
  await input.uploadFile(path);
  // Wait for this import's answer, not the one a previous file left on the page.
  await page.waitForFunction((old) => {
    const status = document.querySelector('#data [role=status]');
    return status !== null && status.textContent !== old;
  }, {}, before);
  expect(await page.$eval('#data [role=status]', (el) => [el.className, el.textContent])).toEqual(['ok', expect.stringContaining('backup.json')]);
}

async function screenshots(ext: ExtensionBrowser, lang: UiLanguage): Promise<void> {
  const options = await ext.openExtensionPage('options.html', '#data');
  await options.setViewport({ width: 900, height: 800 });
  await options.waitForSelector('#cards li');
  await options.screenshot({ path: `${SHOTS}/${ext.kind}-options-${lang}.png`, fullPage: true });
  await options.close();
  const popup = await ext.openExtensionPage('popup.html', '[data-section="ready"] li');
  await popup.setViewport({ width: 400, height: 600 });
  await popup.screenshot({ path: `${SHOTS}/${ext.kind}-popup-${lang}.png`, fullPage: true });
  await popup.close();
}

describe.each(BROWSERS)('popup and options in %s', (kind) => {
  let ext: ExtensionBrowser;
  let sim: Awaited<ReturnType<typeof startSim>>;
  let origin: string;
  const backup = join(mkdtempSync(join(tmpdir(), 'uketori-backup-')), 'backup.json');

  beforeAll(async () => {
    sim = await startSim({ libraries: ['hokkaido-pref'], today: '2026-11-23' });
    origin = sim.origins['hokkaido-pref']!;
    await seedPatron(origin);
    // One hold ready before the first visit, so every popup section has something to show.
    await fetch(`${origin}/__sim/return`, { method: 'POST', body: JSON.stringify({ itemId: '1000121' }) });
    ext = await launchWithExtension(kind);
    await followWorld(ext, origin);
    await addLibrary(ext, origin, 'hokkaido-pref');
    await logInAndOpenPages(ext, origin);
  });
  afterAll(async () => {
    await ext?.close();
    await sim?.close();
  });

  it('shows ready (with the estimate labelled), waiting (rank) and borrowed, and works from the keyboard', async () => {
    const popup = await ext.openExtensionPage('popup.html', '[data-section="ready"] li');
    expect(await popup.$eval('[data-section="ready"] li', (el) => el.textContent)).toMatch(/ノルウェイの森 上.*あと\d+日.*推定/);
    expect(await popup.$eval('[data-section="waiting"] li', (el) => el.textContent)).toMatch(/三体.*\d+位/);
    expect(await popup.$eval('[data-section="loans"] li', (el) => el.textContent)).toMatch(/海辺のカフカ.*返却/);
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('refresh');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-library="hokkaido-pref"] [data-outcome="ok"]', { timeout: 20_000 });
    await popup.close();
  });

  it('renames a card, saves reminder settings and feature switches', async () => {
    const options = await ext.openExtensionPage('options.html', '#cards li');
    await options.type('#cards .card-label', '自分');
    await options.keyboard.press('Tab');
    await options.click('#reminder-settings input[name="day-7"]');
    await options.click('#reminder-settings button[type=submit]');
    await options.waitForSelector('#reminder-settings [role=status].ok');
    await options.click('#features input[name="markers"]');
    const settled = async () => (await mirrorRows<{ label: string | null }>(options, 'cards'))[0]?.label === '自分'
      && (await options.evaluate(async () => ((await ((globalThis as unknown as { browser?: Api }).browser ?? chrome).runtime.sendMessage({ type: 'featureSwitches' })) as { value: Record<string, boolean> }).value.markers)) === false;
    for (let i = 0; i < 40 && !(await settled()); i++) await new Promise((r) => setTimeout(r, 250));
    expect(await settled()).toBe(true);
    const settings = await mirrorRows<{ key: string; value: { daysBefore?: number[] } }>(options, 'settings');
    expect(settings.find((s) => s.key === 'reminders')?.value.daysBefore).toEqual([7, 3, 1, 0]);
    await options.click('#export-ics');
    await options.waitForSelector('#data [role=status].ok');
    await options.close();
  });

  it('export → delete all → import restores everything; a bad file is refused and changes nothing', async () => {
    const options = await ext.openExtensionPage('options.html', '#data');
    const before = await exported(options);
    const reply = await options.evaluate(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).runtime.sendMessage({ type: 'exportData' }));
    writeFileSync(backup, JSON.stringify((reply as { value: unknown }).value));
    await options.click('#export-json');
    await options.waitForSelector('#data [role=status].ok');

    // A library page with an action of Uketori's waiting in its own session storage, beside the page's own key.
    const library = await ext.browser.newPage();
    // Read and mirrored before delete-all: a snapshot still on its way would land after the import and add to it.
    await visit(library, `${origin}${HOLDS_PATH}`);
    await library.evaluate(() => {
      sessionStorage.setItem('uketori.pendingAction', '[]');
      sessionStorage.setItem('opac.own', 'kept');
    });
    // Chromium does not animate a tab in the background: the options page, where the test waits, comes first.
    await options.bringToFront();

    await options.click('#delete-all');
    await options.waitForSelector('#delete-confirm');
    await options.click('#delete-confirm');
    await options.waitForFunction(() => document.querySelectorAll('#libraries li').length === 0 && document.querySelectorAll('#cards li').length === 0);
    // Delete-all is over when it says so (it also clears what the browser keeps outside the mirror).
    await options.waitForFunction(() => /削除しました/.test(document.querySelector('#data [role=status].ok')?.textContent ?? ''));
    expect((await mirrorRows(options, 'holds')).length).toBe(0);
    expect(await library.evaluate(() => Object.keys(sessionStorage).sort())).toEqual(['opac.own']);
    await library.close();

    const bad = join(tmpdir(), 'uketori-bad.json');
    writeFileSync(bad, '{"format": "uketori-backup", "version": 1, "tables": {}}');
    const input = (await options.$('#import-json')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(bad);
    await options.waitForSelector('#data [role=status].error');
    expect(await options.$eval('#data [role=status]', (el) => el.textContent)).toMatch(/exportedAt|tables/);
    expect((await mirrorRows(options, 'libraries')).length).toBe(0);

    await importFile(options, backup);
    expect(await exported(options)).toEqual(before);
    await options.waitForSelector('#libraries li');
    await options.close();
    await screenshots(ext, 'ja');
  });

  it('a tab\'s intents go when it leaves its library or closes; the storage-full notice shows and goes live', async () => {
    const options = await ext.openExtensionPage('options.html', '#data');
    const api = (page: Page) => page.evaluate.bind(page);
    const tab = await ext.browser.newPage();
    await tab.goto(`${origin}/wo/usr/login`);
    // The tab as the background knows it, and intents kept for it at this library and at another one.
    const tabId = await api(options)((url) => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).tabs.query({}).then((all) => all.find((t) => t.url?.startsWith(url))!.id!), `${origin}/wo/usr/login`);
    const slots = [`intent|${tabId}|hokkaido-pref|pendingCart`, `intent|${tabId}|mito-city|seriesCart`];
    const session = () => api(options)(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).storage.session.get(null));
    const keep = () => api(options)((keys) => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).storage.session.set(Object.fromEntries(keys.map((k) => [k, { bibIds: ['1000101'], at: 1 }]))), slots);
    await keep();

    // Another page of the same library: its intents stay, the other library's go.
    await tab.goto(`${origin}${HOLDS_PATH}`);
    await expect.poll(async () => Object.keys(await session()).filter((k) => k.startsWith('intent|')), { timeout: 10_000 }).toEqual([slots[0]]);
    // A page of no library: all of the tab's intents go.
    await keep();
    await tab.goto('about:blank');
    await expect.poll(async () => Object.keys(await session()).filter((k) => k.startsWith('intent|')), { timeout: 10_000 }).toEqual([]);
    // Closed: gone too.
    await tab.goto(`${origin}${HOLDS_PATH}`);
    await keep();
    await tab.close();
    await expect.poll(async () => Object.keys(await session()).filter((k) => k.startsWith('intent|')), { timeout: 10_000 }).toEqual([]);

    // The background's notice of a write refused for lack of space, as the patron sees it.
    await api(options)(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).storage.session.set({ storageFull: { what: ['records'], at: 1 } }));
    await options.waitForSelector('.storage-full[role=alert]');
    expect(await options.$eval('.storage-full li', (el) => el.textContent)).toBe('図書館のページから読んだ予約・貸出');
    await api(options)(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).storage.session.remove('storageFull'));
    await options.waitForFunction(() => document.querySelector('.storage-full') === null);
    await options.close();
  });

  it('reads in English too (screenshots)', async () => {
    const en = await launchWithExtension(kind, 'en');
    try {
      const options = await en.openExtensionPage('options.html', '#data');
      expect(await options.$eval('#data-heading', (el) => el.textContent)).toBe('Data');
      await importFile(options, backup);
      await options.close();
      await screenshots(en, 'en');
    } finally {
      await en.close();
    }
  });
});
