import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchWithExtension, type ExtensionBrowser } from './harness/browsers';
import { serveStatic } from './harness/static-server';

const SHOTS = resolve('shots');
/** Long past the background's wait for a slow page (src/background/page-injection.ts, 1 s). */
const SLOW_IMAGE_MS = 6000;
mkdirSync(SHOTS, { recursive: true });

/** The extension API of an extension page: `browser` in Firefox, `chrome` in Chromium. */
type Api = typeof chrome;

describe.each(BROWSERS)('the extension in %s', (kind) => {
  let ext: ExtensionBrowser;
  let opac: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    const holds = resolve('test/e2e/pages/holds.html');
    opac = await serveStatic({
      '/portal/holds': holds,
      // The same page with an image that takes long to come: its load event waits for it, Uketori does not.
      '/portal/holds-with-slow-image': { html: readFileSync(holds, 'utf8').replace('</body>', `<img src="/slow-image" alt=""></body>`) },
      '/slow-image': { html: '', afterMs: SLOW_IMAGE_MS },
    });
    ext = await launchWithExtension(kind);
  });
  afterAll(async () => {
    await ext?.close();
    await opac?.close();
  });

  it('builds a manifest with the permissions the product needs and no host access by default', async () => {
    const page = await ext.openExtensionPage('options.html', '#add-library');
    const manifest = await page.evaluate(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'alarms', 'notifications']));
    expect(manifest.permissions?.includes('offscreen')).toBe(kind === 'chromium');
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts ?? []).toEqual([]);
    await page.close();
  });

  it('adds a library from the options page, and registers no content script: its pages are injected once loaded', async () => {
    const page = await ext.openExtensionPage('options.html', '#add-library');
    await page.select('#add-library select', '');
    const url = page.locator('#add-library input[name=url]');
    await url.fill(`${opac.origin}/portal/`);
    await page.click('#add-library button[type=submit]');
    await page.waitForSelector('#add-library [role=status].ok');
    await page.waitForSelector('#libraries li');
    expect(await page.$eval('#libraries', (el) => el.textContent)).toContain('127.0.0.1');
    const scripts = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: Api }).browser ?? chrome;
      return api.scripting.getRegisteredContentScripts();
    });
    expect(scripts).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/${kind}-options.png` });
    await page.close();
  });

  it('reads a holds page, mirrors it, shows it in the popup and counts ready holds on the badge', async () => {
    const tab = await ext.browser.newPage();
    await tab.goto(`${opac.origin}/portal/holds`);
    await tab.waitForSelector('html[data-uketori-synced="yes"]', { timeout: 20_000 });
    expect(await tab.$eval('html', (el) => el.dataset.uketoriPage)).toBe('holds');
    // Nothing of Uketori ran in the page before its load event: the content script's first module came after it.
    const [loaded, injected] = await tab.evaluate(() => [(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd, performance.getEntriesByName('uketori:injected')[0]?.startTime]);
    expect(loaded).toBeGreaterThan(0);
    expect(injected).toBeGreaterThanOrEqual(loaded!);

    const popup: Page = await ext.openExtensionPage('popup.html', '[data-section="ready"] li');
    const ready = await popup.$$eval('[data-section="ready"] li .title', (els) => els.map((e) => e.textContent));
    const waiting = await popup.$$eval('[data-section="waiting"] li', (els) => els.map((e) => e.textContent));
    expect(ready).toEqual(['ノルウェイの森 上']);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toContain('3位');
    const badge = await popup.evaluate(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).action.getBadgeText({}));
    expect(badge).toBe('1');
    await popup.setViewport({ width: 400, height: 500 });
    await popup.screenshot({ path: `${SHOTS}/${kind}-popup.png`, fullPage: true });
    await popup.close();
    await tab.close();
  });

  // Firefox has no way to stop an event page from outside.
  it.skipIf(kind !== 'chromium')('reads a library page opened while the background was stopped: the tab\'s load wakes it', async () => {
    const options = await ext.openExtensionPage('options.html', '#add-library');
    const session = await options.createCDPSession();
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await options.close();
    const tab = await ext.browser.newPage();
    await tab.goto(`${opac.origin}/portal/holds?after-stop`);
    await tab.waitForSelector('html[data-uketori-synced="yes"]', { timeout: 20_000 });
    await tab.close();
  });

  it('reads a page still fetching an image before its load event: the background does not wait for the load then', async () => {
    const tab = await ext.browser.newPage();
    await tab.goto(`${opac.origin}/portal/holds-with-slow-image`, { waitUntil: 'domcontentloaded' });
    await tab.waitForSelector('html[data-uketori-synced="yes"]', { timeout: SLOW_IMAGE_MS - 1000 });
    expect(await tab.$eval('html', (el) => el.dataset.uketoriPage)).toBe('holds');
    expect(await tab.evaluate(() => document.readyState)).not.toBe('complete');
    await tab.close();
  });
});
