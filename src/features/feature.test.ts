// @vitest-environment node
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { Hold } from '../model';
import { featureSim } from '../../test/helpers/features';
import { loadPage as load } from '../../test/helpers/sim-session';
import { readPage } from '../opac/read-page';
import type { PageReading } from '../opac/types';
import { parseHtml } from '../../test/helpers/opac';
import { cartButton } from './cart-button';
import { mountFeatures, ownedBy, ownedElement, placeAfter, placedAfter, placeOnPage, removeOwned, UI_HOST, unplace, type Feature, type FeatureContext } from './feature';
import { deadlineBadges } from './deadline-badges';
import { markers } from './markers';

const TODAY = '2026-11-23';
const { libraryAt, browserAt, cartDeps, origin } = featureSim(['hokuto-city', 'hokkaido-pref'], TODAY);

describe('never breaking the page', () => {
  it('takes a failing feature back off the page and keeps the others', async () => {
    const library = libraryAt('hokuto-city');
    const page = await browserAt('hokuto-city').get('/Libsearch/search?title=1Q84');
    const doc = load(page);
    const pristine = doc.body.innerHTML;
    const broken: Feature = {
      id: 'broken', pages: ['results'], nameKey: 'featureBroken', needs: [],
      mount(ctx) {
        placeOnPage(ctx.doc, 'top', ownedElement(ctx.doc, 'broken', 'span', 'half-done'));
        throw new Error('boom');
      },
    };
    const ctx: FeatureContext = { doc, url: new URL(page.url), library, reading: readPage(new URL(page.url), doc, { today: TODAY }, [library]), today: TODAY, signal: new AbortController().signal, known: { holds: [], loans: [], cart: [] } };
    const reported: string[] = [];
    const mounted = await mountFeatures([broken, markers], ctx, {}, () => true, (id) => reported.push(id));
    expect(reported).toEqual(['broken']);
    expect(mounted).toEqual(['markers']);
    expect(doc.body.innerHTML).toBe(pristine);
  });

  it('adds nothing for a switched-off feature, and removes everything when the page script stops', async () => {
    const library = libraryAt('hokuto-city');
    const browser = browserAt('hokuto-city');
    const page = await browser.get('/Libsearch/search?title=1Q84');
    const doc = load(page);
    const pristine = doc.body.innerHTML;
    const stop = new AbortController();
    const ctx: FeatureContext = { doc, url: new URL(page.url), library, reading: readPage(new URL(page.url), doc, { today: TODAY }, [library]), today: TODAY, signal: stop.signal, known: { holds: [], loans: [], cart: [] } };
    const services = { cart: cartDeps(browser, library) };
    expect(await mountFeatures([cartButton], ctx, services, () => false, () => {})).toEqual([]);
    expect(doc.body.innerHTML).toBe(pristine);
    await mountFeatures([cartButton], ctx, services, () => true, () => {});
    expect(ownedBy(doc, 'cart-button').length).toBeGreaterThan(0);
    stop.abort();
    expect(doc.body.innerHTML).toBe(pristine);
  });
});

describe('painting from the page before the mirror answers', () => {
  it('paints what the page shows at once, waits for the mirror for the rest, and repaints without duplicates', async () => {
    const library = libraryAt('hokkaido-pref');
    const doc = new Window({ url: `${origin('hokkaido-pref')}/wo/usr/rsv` }).document as unknown as Document;
    doc.write('<h1>予約状況照会</h1><table><tr><th>番号</th><th>タイトル</th><th>取置期限日</th><th>貸出可能</th><th>順位</th></tr>'
      + '<tr><td>1</td><td>舟を編む</td><td>2026/11/30</td><td>貸出可能</td><td></td></tr>'
      + '<tr><td>2</td><td>羊と鋼の森</td><td></td><td>貸出可能</td><td></td></tr>'
      + '<tr><td>3</td><td>博士の愛した数式</td><td></td><td>予約中</td><td>4</td></tr></table>');
    const reading = readPage(new URL(doc.URL), doc, { today: TODAY }, [library]);
    expect(reading.holds).toHaveLength(3);
    const needsMirror: Feature = { id: 'needs-mirror', pages: ['holds'], nameKey: 'featureNeedsMirror', needs: [], mount: (ctx) => void ctx.doc.body.setAttribute('data-mirror-holds', String(ctx.known!.holds.length)) };
    const ctx: FeatureContext = { doc, url: new URL(doc.URL), library, reading, today: TODAY, signal: new AbortController().signal, known: null };
    const badges = () => ownedBy(doc, 'deadline-badges').map((el) => el.textContent);

    const painted = await mountFeatures([deadlineBadges, needsMirror], ctx, {}, () => true, () => {});
    expect(painted).toEqual(['deadline-badges']);
    expect(badges()).toEqual([expect.stringMatching(/^あと7日 · 11\/30\(月\)$/), '4位']);
    expect(doc.body.hasAttribute('data-mirror-holds')).toBe(false);

    const before = { titleKey: '博士の愛した数式', rank: 6 } as Hold;
    // The background's answer: the mirror's records from before this page, and its estimate for the hold with no date.
    const estimate = { titleKey: '羊と鋼の森', deadline: { date: '2026-12-03', estimated: true, basis: 'first_seen' as const } };
    const mounted = await mountFeatures([deadlineBadges, needsMirror], { ...ctx, known: { holds: [before], loans: [], cart: [], deadlines: [estimate] } }, {}, () => true, () => {}, painted);
    expect(mounted).toEqual(['deadline-badges', 'needs-mirror']);
    expect(badges()).toEqual([expect.stringMatching(/^あと7日/), expect.stringMatching(/\(推定\)$/), '4位 (↑2)']);
    expect(doc.body.getAttribute('data-mirror-holds')).toBe('1');
  });
});

describe('acting on the patron only', () => {
  it('stops events made by script before any feature listener hears them; the patron\'s own reach it', () => {
    const doc = parseHtml('<html><body></body></html>');
    const button = ownedElement(doc, 'cart-button', 'button', 'add');
    doc.body.append(button);
    const heard: string[] = [];
    button.addEventListener('click', (e) => heard.push(`click ${String(e.isTrusted)}`));
    button.addEventListener('change', () => heard.push('change'));
    const scripted = (type: string) => {
      const event = new doc.defaultView!.Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'isTrusted', { value: false });
      return event;
    };
    expect(button.dispatchEvent(scripted('click'))).toBe(false);
    button.dispatchEvent(scripted('change'));
    expect(heard).toEqual([]);
    // An event the browser made for the patron (isTrusted true) goes through.
    const trusted = new doc.defaultView!.Event('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    button.dispatchEvent(trusted);
    expect(heard).toEqual(['click true']);
  });
});

describe('UI the page cannot touch', () => {
  const page = () => parseHtml('<html><body><table><tr><td id="title">舟を編む</td></tr></table><p id="other">x</p></body></html>');

  it('puts each feature\'s UI in a closed shadow root: from the page\'s side the host has no root and nothing inside is found', () => {
    const doc = page();
    const button = ownedElement(doc, 'cart-button', 'button', 'add');
    button.className = 'uketori-btn';
    const status = ownedElement(doc, 'cart-button', 'span');
    placeAfter(doc.getElementById('title')!, button, status);
    const host = doc.getElementById('title')!.lastElementChild!;
    expect(host.tagName.toLowerCase()).toBe(UI_HOST);
    // Not the e2e build: closed, so the page's script gets null and its queries and CSS stop at the host.
    expect(host.shadowRoot).toBeNull();
    expect(doc.querySelector('.uketori-btn, button, span, style')).toBeNull();
    expect(host.childNodes).toHaveLength(0);
    expect(button.getRootNode()).not.toBe(doc);
    expect(button.nextElementSibling).toBe(status);
    // The stylesheet is in the root (adopted, or a <style> of its own), never in the page.
    const root = button.getRootNode() as ShadowRoot;
    expect(root.adoptedStyleSheets.length + root.querySelectorAll('style').length).toBe(1);
    expect(doc.head.querySelector('style')).toBeNull();
    // Uketori finds its own nodes through the kit.
    expect(ownedBy(doc, 'cart-button')).toEqual([button, status]);
    expect(placedAfter(doc.getElementById('title')!, 'cart-button')).toBe(host);
  });

  it('where the browser gives a content script no constructed sheet, each root gets a <style> of its own', () => {
    const doc = page();
    const view = doc.defaultView!;
    const constructor = Object.getOwnPropertyDescriptor(view, 'CSSStyleSheet');
    Object.defineProperty(view, 'CSSStyleSheet', { value: undefined, configurable: true });
    const badge = ownedElement(doc, 'markers', 'span', '予約中');
    try {
      placeAfter(doc.getElementById('title')!, badge);
    } finally {
      if (constructor) Object.defineProperty(view, 'CSSStyleSheet', constructor);
      else delete (view as { CSSStyleSheet?: unknown }).CSSStyleSheet;
    }
    const root = badge.getRootNode() as ShadowRoot;
    expect(root.adoptedStyleSheets).toHaveLength(0);
    expect(root.querySelector('style')!.textContent).toContain('.uketori-badge{');
    expect(ownedBy(doc, 'markers')).toEqual([badge]);
  });

  it('adds a feature\'s own rules to the one sheet when it mounts: roots styled before get them too', async () => {
    const doc = page();
    const early = ownedElement(doc, 'markers', 'span', '予約中');
    placeAfter(doc.getElementById('title')!, early);
    const css = '.uketori-test-panel{color:#123456}';
    const styled: Feature = {
      id: 'styled', pages: ['results'], nameKey: 'featureStyled', needs: [], mirror: 'unused', css,
      mount(ctx) {
        placeOnPage(ctx.doc, 'top', ownedElement(ctx.doc, 'styled', 'div', 'panel'));
      },
    };
    const reading: PageReading = { family: 'generic', library: null, page: 'results', holds: [], loans: [], items: [], cart: [], notUnderstood: null, shownCard: null };
    const ctx: FeatureContext = { doc, url: new URL(doc.URL), library: libraryAt('hokuto-city'), reading, today: TODAY, signal: new AbortController().signal, known: null };
    expect(await mountFeatures([styled], ctx, {}, () => true, () => {})).toEqual(['styled']);
    const sheetOf = (el: Element) => (el.getRootNode() as ShadowRoot).adoptedStyleSheets[0]!;
    const rules = (sheet: CSSStyleSheet) => Array.from(sheet.cssRules, (r) => r.cssText).join('\n');
    const [panel] = ownedBy(doc, 'styled');
    expect(sheetOf(panel!)).toBe(sheetOf(early));
    expect(rules(sheetOf(early))).toContain('.uketori-test-panel');
    expect(rules(sheetOf(early))).toContain('.uketori-badge');
  });

  it('places a panel in a fixed host over the page and a notice at the top, and takes them off whole', () => {
    const doc = page();
    const panel = ownedElement(doc, 'series', 'div', 'panel');
    placeOnPage(doc, 'overlay', panel);
    const note = ownedElement(doc, 'series', 'div', 'note');
    placeOnPage(doc, 'top', note);
    const [top, over] = [doc.body.firstElementChild!, doc.body.lastElementChild!];
    expect([top.tagName.toLowerCase(), over.tagName.toLowerCase()]).toEqual([UI_HOST, UI_HOST]);
    expect((over as HTMLElement).style.getPropertyValue('position')).toBe('fixed');
    expect((over as HTMLElement).style.getPropertyPriority('position')).toBe('important');
    expect(ownedBy(doc, 'series')).toEqual([note, panel]);
    unplace(panel);
    expect(over.isConnected).toBe(false);
    expect(ownedBy(doc, 'series')).toEqual([note]);
    removeOwned(doc, 'series');
    expect(doc.querySelector(UI_HOST)).toBeNull();
  });

  it('ignores a host or an element the page made to pose as Uketori\'s: never found, replaced or removed as its own', () => {
    const doc = page();
    const anchor = doc.getElementById('title')!;
    const fakeHost = doc.createElement(UI_HOST);
    fakeHost.attachShadow({ mode: 'open' }).innerHTML = '<button data-uketori="cart-button" data-bib="1">fake</button>';
    anchor.append(fakeHost);
    const fake = doc.createElement('button');
    fake.setAttribute('data-uketori', 'cart-button');
    doc.getElementById('other')!.after(fake);
    expect(ownedBy(doc, 'cart-button')).toEqual([]);
    expect(placedAfter(anchor, 'cart-button')).toBeNull();
    removeOwned(doc, 'cart-button');
    expect([fakeHost.isConnected, fake.isConnected]).toEqual([true, true]);
    expect(() => placeAfter(anchor, fake)).toThrow();
  });
});
