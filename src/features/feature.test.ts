// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { featureSim } from '../../test/helpers/features';
import { loadPage as load } from '../../test/helpers/sim-session';
import { readPage } from '../opac/read';
import { parseHtml } from '../../test/helpers/opac';
import { cartButton } from './cart-button';
import { mountFeatures, ownedElement, type Feature, type FeatureContext } from './feature';
import { markers } from './markers';

const TODAY = '2026-11-23';
const { libraryAt, browserAt, cartDeps } = featureSim(['hokuto-city'], TODAY);

describe('never breaking the page', () => {
  it('takes a failing feature back off the page and keeps the others', async () => {
    const library = libraryAt('hokuto-city');
    const page = await browserAt('hokuto-city').get('/Libsearch/search?title=1Q84');
    const doc = load(page);
    const pristine = doc.body.innerHTML;
    const broken: Feature = {
      id: 'broken', pages: ['results'], nameKey: 'featureBroken', needs: [],
      mount(ctx) {
        ctx.doc.body.append(Object.assign(ctx.doc.createElement('span'), { textContent: 'half-done' }));
        ctx.doc.body.lastElementChild!.setAttribute('data-uketori', 'broken');
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
    expect(doc.querySelectorAll('[data-uketori="cart-button"]').length).toBeGreaterThan(0);
    stop.abort();
    expect(doc.body.innerHTML).toBe(pristine);
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
