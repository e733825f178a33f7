import { Window } from 'happy-dom';
import { libraryForAddedUrl } from '../../src/libraries/add';
import type { CartDeps, PageResponse } from '../../src/features/cart-button/deps';
import { libraryById } from '../../src/libraries';
import { claimCartAdd, finishCartAdd } from '../../src/mirror/cart-claims';
import type { MirrorDb } from '../../src/mirror/db';
import type { Library } from '../../src/model';
import { readPage } from '../../src/opac/read-page';
import { encodeForm } from '../sim/core/charset';
import { DEMO_PAGES } from '../sim/demo-world';
import { control, SimBrowser, simState, type Page } from '../sim/browser';

/** (Re)seed a patron at a simulated library and log in through its own form, as the patron's browser would. */
export async function loggedInSim(origin: string, id: string, card: string, password: string, seed: object = {}): Promise<SimBrowser> {
  await control(origin, 'seed-patron', { card, password, ...seed });
  const browser = new SimBrowser(origin);
  const login = await browser.get(DEMO_PAGES[id]!.login);
  const form = login.doc.querySelector('input[type=password]')!.closest('form')!;
  if (!form.querySelector('input[type=submit], button')) {
    // LICS-XP logs in from page script: LBForm's tokens plus the card, posted to j_security_check.
    const fields = new URLSearchParams(Array.from(form.querySelectorAll('input[type=hidden]'), (i) => [i.getAttribute('name')!, i.getAttribute('value') ?? '']));
    fields.set('username', card);
    fields.set('j_username', `0000000000000000${card}`);
    fields.set('j_password', password);
    await browser.request('POST', `${origin}/licsxp-opac/j_security_check?subSystemFlag=0`, fields.toString());
    return browser;
  }
  const inputs = Array.from(form.querySelectorAll('input'));
  const cardField = inputs.slice(0, inputs.findIndex((i) => i.type === 'password')).filter((i) => i.type === 'text').at(-1)!.name;
  const button = form.querySelector('input[type=submit], button') as HTMLInputElement;
  await browser.submit(login, { button: button.value || button.textContent!.trim(), fill: { [cardField]: card, [(form.querySelector('input[type=password]') as HTMLInputElement).name]: password } });
  return browser;
}

/** The library row the options page makes for a simulated library: a known one, or one added by its URL. */
export function simLibrary(origin: string, id: string): Library {
  const known = libraryById(id);
  return known ? { ...known, origins: [origin] } : libraryForAddedUrl(new URL(DEMO_PAGES[id]!.opac, origin), null, []);
}

/** A live page as the content script sees it: a document at the page's address. */
export function loadPage(page: Page): Document {
  const window = new Window({ url: page.url });
  window.document.write(page.html);
  return window.document as unknown as Document;
}

/** Cart requests go through the patron's simulated browser session, as the hidden frame would; claims in `db`. */
export function simCartDeps(browser: SimBrowser, library: Library, today: string, db: MirrorDb): CartDeps & { requests: string[] } {
  const requests: string[] = [];
  const respond = (page: Page): PageResponse => ({ url: page.url, status: page.status, doc: loadPage(page) });
  return {
    requests,
    async transport(request) {
      requests.push(`${request.method} ${new URL(request.action).pathname}`);
      const body = encodeForm(request.entries, library.id === 'hokuto-city' || library.id === 'mito-city' ? 'Shift_JIS' : 'UTF-8');
      if (request.method === 'POST') return respond(await browser.request('POST', request.action, body));
      return respond(await browser.get(body ? `${request.action}${request.action.includes('?') ? '&' : '?'}${body}` : request.action));
    },
    fetchPage: async (url) => respond(await browser.get(url)),
    read: (url, doc) => readPage(url, doc, { today }, [library]),
    claim: (bibId) => claimCartAdd(db, library.id, bibId, Date.now()),
    finish: (bibId, _outcome, item) => finishCartAdd(db, library.id, bibId, item && { title: item.title, volume: item.volume, bibId }, Date.now()),
  };
}

/** The record ids in a patron's cart, as the simulated library holds it. */
export async function simServerCart(origin: string, card: string): Promise<string[]> {
  const state = await simState(origin);
  return state.patrons.find((p) => p.card === card)?.cart.map((c) => c.recordId) ?? [];
}
