import type { CDPSession, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, simState } from '../sim/browser';
import { startSim } from '../sim/start-sim';
import { BROWSERS, launchWithExtension, type ExtensionBrowser } from './harness/browsers';
import { demoUrl } from './harness/demo-patron';
import { CARD, HOLDS_PATH, PASSWORD, addLibrary, logInAndOpenPages, mirrorEvents, mirrorRows, seedPatron } from './harness/patron';
import { ui, uiValue } from './harness/ui';
import { followWorld } from './harness/world';

// A library page that works against Uketori: its own script (an XSS, a bug, a hostile page on a granted origin)
// spoofs Uketori's elements, writes what used to be Uketori's intents into its storage, clicks and submits by
// script. Nothing Uketori does may follow from any of it.

const OTHER_CARD = '7654321';
const OTHER_PASSWORD = 'second';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface HoldRow { title: string; cardId: string; goneAt: number | null }
interface CardRow { id: string; last4: string }

describe.each(BROWSERS)('a hostile library page in %s', (kind) => {
  let sim: Awaited<ReturnType<typeof startSim>>;
  let origin: string;
  let ext: ExtensionBrowser;
  let page: Page;
  let watcher: Page;
  const search = () => demoUrl(sim.origins, 'hokkaido-pref', 'search');
  const serverCart = async (card = CARD) => (await simState(origin)).patrons.find((p) => p.card === card)!.cart.length;
  const features = () => page.waitForSelector('html[data-uketori-features]', { timeout: 20_000 });
  const firstBib = () => page.$eval(ui('button[data-uketori="cart-button"]'), (b) => (b as HTMLElement).dataset.bib!);

  beforeAll(async () => {
    sim = await startSim({ libraries: ['hokkaido-pref'], today: '2026-11-23' });
    origin = sim.origins['hokkaido-pref']!;
    await seedPatron(origin);
    await control(origin, 'seed-patron', { card: OTHER_CARD, password: OTHER_PASSWORD, holds: [{ id: '1000131', reservedOn: '2026-11-21' }], loans: [] });
    ext = await launchWithExtension(kind);
    await followWorld(ext, origin);
    await addLibrary(ext, origin, 'hokkaido-pref');
    await logInAndOpenPages(ext, origin);
    page = await ext.browser.newPage();
    watcher = await ext.openExtensionPage('options.html', '#data');
  });
  afterAll(async () => {
    await ext?.close();
    await sim?.close();
  });

  it('hostile: intents written into the page\'s storage add nothing and press nothing', async () => {
    await page.goto(search());
    await features();
    const bib = await firstBib();
    const before = await serverCart();
    // What Uketori once kept in the page's sessionStorage, written by the page, then a reload.
    await page.evaluate((id) => {
      sessionStorage.setItem('uketori.pendingCart', JSON.stringify([{ bibId: id, at: Date.now() }]));
      sessionStorage.setItem('uketori.seriesCart', JSON.stringify({ bibIds: [id], titles: [], ordered: false, finish: true, pressed: [], at: Date.now() }));
    }, bib);
    await page.reload();
    await features();
    await page.goto(`${origin}/wo/usr/cart`).catch(() => undefined);
    await sleep(1500);
    expect(await serverCart()).toBe(before);
    expect(await page.$$eval(ui(`.uketori-status[data-bib="${bib}"]`), (els) => els.map((e) => e.textContent))).toEqual([]);
  });

  it('hostile: a button the page placed first does not stop Uketori\'s, and script clicks on Uketori\'s do nothing', async () => {
    const bib = await (async () => {
      await page.goto(search());
      await features();
      return firstBib();
    })();
    // Before Uketori runs, the page puts a look-alike button for that title.
    const { identifier } = await page.evaluateOnNewDocument((id) => {
      document.addEventListener('DOMContentLoaded', () => {
        const fake = document.createElement('button');
        fake.dataset.uketori = 'cart-button';
        fake.dataset.bib = id;
        fake.id = 'fake';
        document.body.prepend(fake);
      });
    }, bib);
    await page.goto(search());
    await page.removeScriptToEvaluateOnNewDocument(identifier);
    await features();
    const ours = await page.$$eval(ui(`button[data-uketori="cart-button"][data-bib="${bib}"]`), (els) => els.map((e) => e.id));
    expect(ours.sort()).toEqual(['', 'fake']);
    const before = await serverCart();
    // Script clicks on Uketori's own button (reached through its root, open in the e2e build only): el.click() and a
    // dispatched MouseEvent.
    const own = (await page.$(ui(`button[data-uketori="cart-button"][data-bib="${bib}"]:not(#fake)`)))!;
    await own.evaluate((button) => {
      (button as HTMLButtonElement).click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
    await sleep(1500);
    expect(await serverCart()).toBe(before);
    expect(await page.$eval(ui(`.uketori-status[data-bib="${bib}"]`), (e) => e.textContent)).toBe('');
    // The patron's own click (trusted input) still works. Input goes to the tab in front, as a person's does.
    await page.bringToFront();
    await page.click(ui(`button[data-uketori="cart-button"][data-bib="${bib}"]:not(#fake)`));
    await uiValue(page, `.uketori-status[data-bib="${bib}"]`, (status) => /追加しました|カートに入って/.test(status.textContent ?? '') || null);
    expect(await serverCart()).toBe(before + 1);
  });

  it('hostile: the page\'s stylesheet does not reach Uketori\'s buttons, and a host the page made is never clicked or read', async () => {
    const bib = await (async () => {
      await page.goto(search());
      await features();
      // Not the first title: the test before this one put that in the cart.
      return page.$$eval(ui('button[data-uketori="cart-button"]'), (els) => (els[1] as HTMLElement).dataset.bib!);
    })();
    // Before Uketori runs, the page hides and restyles what it takes for Uketori's, and places a look-alike host with a
    // button and a status of its own (open, as anyone's) for that title; it counts the clicks its button gets.
    const { identifier } = await page.evaluateOnNewDocument((id) => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '.uketori-btn, button, span, .uketori-status { display: none !important; color: red !important; background: black !important; font-size: 1px !important; }';
        document.head.append(style);
        const host = document.createElement('uketori-ui');
        const root = host.attachShadow({ mode: 'open' });
        root.innerHTML = `<button id="spoof" class="uketori-btn" data-uketori="cart-button" data-bib="${id}">カートに入れる</button><span id="spoof-status" class="uketori-status" data-uketori="cart-button" data-bib="${id}">?</span>`;
        root.querySelector('button')!.addEventListener('click', () => ((window as unknown as { spoofClicks: number }).spoofClicks = ((window as unknown as { spoofClicks?: number }).spoofClicks ?? 0) + 1));
        document.body.prepend(host);
      });
    }, bib);
    await page.goto(search());
    await page.removeScriptToEvaluateOnNewDocument(identifier);
    await features();
    const own = `button[data-uketori="cart-button"][data-bib="${bib}"]:not([id])`;
    const look = await page.$eval(ui(own), (b) => {
      const style = getComputedStyle(b);
      return { display: style.display, color: style.color, background: style.backgroundColor, fontSize: style.fontSize, width: b.getBoundingClientRect().width };
    });
    expect(look).toEqual({ display: 'inline-block', color: 'rgb(0, 105, 92)', background: 'rgb(255, 255, 255)', fontSize: '12px', width: expect.any(Number) });
    expect(look.width).toBeGreaterThan(0);
    // Its stylesheet is in its own root (adopted, or a <style> there), and the page's <head> holds only the page's.
    const sheets = await page.$eval(ui(own), (b) => {
      const root = b.getRootNode() as ShadowRoot;
      return { adopted: root.adoptedStyleSheets.length, own: root.querySelectorAll('style').length, head: document.head.querySelectorAll('style').length };
    });
    expect([sheets.adopted + sheets.own, sheets.head]).toEqual([1, 1]);
    const before = await serverCart();
    await page.bringToFront();
    await page.click(ui(own));
    expect(await uiValue(page, `.uketori-status[data-bib="${bib}"]:not([id])`, (status) => (status.dataset.kind ? status.textContent : null))).toMatch(/追加しました|カートに入って/);
    expect(await serverCart()).toBe(before + 1);
    // The look-alike was neither clicked nor written to, nor taken for Uketori's own status.
    expect(await page.evaluate(() => (window as unknown as { spoofClicks?: number }).spoofClicks ?? 0)).toBe(0);
    expect(await page.$eval(ui('#spoof-status'), (el) => [el.textContent, (el as HTMLElement).dataset.kind ?? null])).toEqual(['?', null]);
  });

  it('hostile: a forged "newer content script started" event does not take Uketori off the page', async () => {
    await page.goto(search());
    await features();
    const before = (await page.$$(ui('button[data-uketori="cart-button"]'))).length;
    expect(before).toBeGreaterThan(0);
    // WXT's start-up event, named from the extension's id (which a page can know), sent by the page's own script.
    const runtimeId = kind === 'chromium' ? ext.origin.replace('chrome-extension://', '') : 'uketori@uketori.app';
    await page.evaluate((name) => {
      const detail = { contentScriptName: 'opac', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      window.postMessage({ type: name, ...detail }, '*');
    }, `${runtimeId}:opac:wxt:content-script-started`);
    await sleep(1000);
    expect((await page.$$(ui('button[data-uketori="cart-button"]'))).length).toBe(before);
  });

  it('hostile: globals the page sets in Uketori\'s names neither stop its script nor tell it which library this is', async () => {
    const tab = await ext.browser.newPage();
    // What the background hands over, as the page's own script would fake it: "Uketori is here already", or "this is no
    // library of yours, every feature off". They live in the page's world; Uketori's are in its isolated world.
    await tab.evaluateOnNewDocument(() => {
      const forged = { libraries: [], switches: { 'cart-button': false, markers: false } };
      Object.assign(window, { __uketoriHandover: forged, __uketoriCore: [] });
    });
    await tab.goto(search());
    await tab.waitForSelector('html[data-uketori-features]', { timeout: 20_000 });
    expect(await tab.$eval('html', (el) => el.dataset.uketoriFeatures)).toContain('cart-button');
    expect((await tab.$$(ui('button[data-uketori="cart-button"]'))).length).toBeGreaterThan(0);
    await tab.close();
  });

  it('hostile: a login submitted by script with another card notes no card and moves no record', async () => {
    const cardIds = async () => (await mirrorRows<CardRow>(watcher, 'cards')).map((c) => [c.id, c.last4]);
    const cardsBefore = await cardIds();
    const holdsBefore = await mirrorRows<HoldRow>(watcher, 'holds');
    await page.goto(`${origin}/wo/usr/login`);
    await page.waitForSelector('input[name=card]');
    await page.evaluate((card) => {
      const form = document.querySelector('input[name=card]')!.closest('form')!;
      (form.querySelector('input[name=card]') as HTMLInputElement).value = card;
      (form.querySelector('input[name=password]') as HTMLInputElement).value = 'wrong';
      form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
      form.submit();
    }, OTHER_CARD);
    await page.waitForNavigation().catch(() => undefined);
    await page.goto(`${origin}${HOLDS_PATH}`);
    await page.waitForSelector('html[data-uketori-synced]', { timeout: 20_000 });
    expect(await cardIds()).toEqual(cardsBefore);
    expect((await mirrorRows<HoldRow>(watcher, 'holds')).map((h) => [h.title, h.cardId, h.goneAt])).toEqual(holdsBefore.map((h) => [h.title, h.cardId, h.goneAt]));
  });

  it('two cards at 北海道立: a refused login with card A while B is logged in changes nothing; each card keeps its own holds', async () => {
    // The patron's second card (B) logs in and its holds page is read: now the mirror knows two cards.
    await page.bringToFront();
    await page.goto(`${origin}/wo/usr/login`);
    await page.waitForSelector('input[name=card]');
    await page.type('input[name=card]', OTHER_CARD);
    await page.type('input[name=password]', OTHER_PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('input[type=submit][value=ログイン]')]);
    await page.goto(`${origin}${HOLDS_PATH}`);
    await page.waitForSelector('html[data-uketori-synced="yes"]', { timeout: 20_000 });
    const cards = await mirrorRows<CardRow>(watcher, 'cards');
    expect(cards.map((c) => c.last4).sort()).toEqual([CARD.slice(-4), OTHER_CARD.slice(-4)].sort());
    const idOf = (card: string) => cards.find((c) => c.last4 === card.slice(-4))!.id;
    const active = async (card: string) => (await mirrorRows<HoldRow>(watcher, 'holds')).filter((h) => h.cardId === idOf(card) && h.goneAt === null).map((h) => h.title).sort();
    const aHolds = await active(CARD);
    const bHolds = await active(OTHER_CARD);
    expect(aHolds).toHaveLength(2);
    expect(bHolds).toHaveLength(1);

    // Someone types card A and a wrong password, by hand; the library refuses and the session stays B's.
    await page.bringToFront();
    await page.goto(`${origin}/wo/usr/login`);
    await page.waitForSelector('input[name=card]');
    await page.type('input[name=card]', CARD);
    await page.type('input[name=password]', `${PASSWORD}-wrong`);
    await Promise.all([page.waitForNavigation(), page.click('input[type=submit][value=ログイン]')]);
    // The next holds page and the next refresh are B's, and filed as B's.
    await page.goto(`${origin}${HOLDS_PATH}`);
    await page.waitForSelector('html[data-uketori-synced="yes"]', { timeout: 20_000 });
    const popup = await ext.openExtensionPage('popup.html', '#refresh');
    await popup.click('#refresh');
    await popup.waitForFunction(() => document.querySelector('#refresh')?.textContent === '今すぐ確認', { timeout: 20_000 });
    await popup.close();
    expect(await active(CARD)).toEqual(aHolds);
    expect(await active(OTHER_CARD)).toEqual(bHolds);
    expect((await mirrorEvents(watcher)).filter((e) => e.kind === 'hold_gone')).toEqual([]);
  });

  it('hostile: a content script of this library asking about another library, exporting, importing or deleting is refused', async (ctx) => {
    // Chromium's DevTools protocol reaches the content script's own world (Firefox's WebDriver BiDi does not list
    // extension content-script realms), so the messages go out exactly as Uketori's content script would send them.
    if (kind !== 'chromium') return ctx.skip();
    await page.goto(search());
    await features();
    const devtools: CDPSession = await page.createCDPSession();
    const contexts: Array<{ id: number; name: string; origin: string; auxData?: { type?: string } }> = [];
    devtools.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await devtools.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
    expect(world).toBeDefined();
    const ask = async (message: object) => (await devtools.send('Runtime.evaluate', {
      contextId: world!.id, awaitPromise: true, returnByValue: true,
      expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
    })).result.value as { ok: boolean; error?: string };
    const rowsBefore = await Promise.all(['libraries', 'cards', 'holds', 'loans'].map((t) => mirrorRows(watcher, t)));
    for (const message of [
      { type: 'libraryRecords', libraryId: 'mito-city' },
      { type: 'cardSeen', libraryId: 'mito-city', cardNumber: '12345678' },
      { type: 'identify', url: 'https://www.library-mito.jp/' },
      { type: 'exportData' },
      { type: 'importData', json: '{}' },
      { type: 'deleteAllData' },
      { type: 'addLibrary', url: 'https://evil.example/', libraryId: null },
      { type: 'snapshot', snapshot: { libraryId: 'hokkaido-pref', cardId: null, page: 'holds', url: 'https://evil.example/holds', takenAt: 1, today: '2026-11-23', holds: [], loans: [], items: [], cart: [] } },
    ]) {
      expect(await ask(message), JSON.stringify(message)).toMatchObject({ ok: false, error: expect.stringMatching(/^refused /) });
    }
    // Its own library it may still ask about.
    expect(await ask({ type: 'libraryRecords', libraryId: 'hokkaido-pref' })).toMatchObject({ ok: true });
    expect(await Promise.all(['libraries', 'cards', 'holds', 'loans'].map((t) => mirrorRows(watcher, t)))).toEqual(rowsBefore);
  });
});
