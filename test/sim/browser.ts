// A tiny browser without JavaScript for the sim tests: a cookie jar, redirects, pages decoded by their
// Content-Type charset (TextDecoder, as browsers do), and forms submitted the way HTML specifies, encoded in the
// page's charset.
import { Window } from 'happy-dom';
import { encodeForm, type Charset } from './core/charset';
import type { SimState } from './core/control';

export interface Page {
  url: string;
  status: number;
  charset: Charset;
  html: string;
  doc: Document;
  /** Visible text with whitespace collapsed, for assertions on wording. */
  text: string;
}

export interface SubmitOptions {
  /** CSS selector of the form (default: the form holding the button). */
  form?: string;
  /** Label of the submit button to click. */
  button: string;
  /** Values for text inputs, hidden inputs and selects, by name. */
  fill?: Record<string, string>;
  /** Checkboxes to tick, as `name=value`. */
  check?: string[];
  /** Checkboxes to untick, as `name=value`. */
  uncheck?: string[];
}

const window = new Window();

function parseCharset(contentType: string | null): Charset {
  return /shift_jis/i.test(contentType ?? '') ? 'Shift_JIS' : 'UTF-8';
}

export class SimBrowser {
  readonly cookies = new Map<string, string>();

  constructor(readonly origin: string) {}

  get(path: string): Promise<Page> {
    return this.request('GET', path);
  }

  /** Sends a request and follows redirects (as GET), keeping cookies. */
  async request(method: 'GET' | 'POST', path: string, body?: string, referer?: string): Promise<Page> {
    let url = new URL(path, this.origin).href;
    let init: RequestInit = { method, body, headers: referer ? { Referer: referer } : {} };
    if (body !== undefined) init.headers = { ...init.headers, 'Content-Type': 'application/x-www-form-urlencoded' };
    for (let hop = 0; hop < 10; hop++) {
      const headers = new Headers(init.headers);
      if (this.cookies.size > 0) headers.set('Cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
      const response = await fetch(url, { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(5000) });
      this.storeCookies(response.headers.getSetCookie());
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url).href;
        init = { method: 'GET' };
        continue;
      }
      const charset = parseCharset(response.headers.get('content-type'));
      const html = new TextDecoder(charset).decode(await response.arrayBuffer());
      const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      return { url, status: response.status, charset, html, doc, text: (doc.body?.textContent ?? '').replace(/\s+/g, ' ') };
    }
    throw new Error(`too many redirects from ${path}`);
  }

  private storeCookies(setCookies: string[]): void {
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1).trim());
    }
  }

  /** Clicks a submit button of a form on the page, after filling and ticking the given controls. */
  async submit(page: Page, options: SubmitOptions): Promise<Page> {
    const buttons = [...page.doc.querySelectorAll('button, input[type=submit]')] as HTMLInputElement[];
    const button = buttons.find((b) => (b.tagName === 'BUTTON' ? b.textContent?.trim() : b.value) === options.button && (!options.form || b.closest(options.form)));
    if (!button) throw new Error(`no button 「${options.button}」 on ${page.url}`);
    if (button.hasAttribute('disabled')) throw new Error(`button 「${options.button}」 is disabled on ${page.url}`);
    const form = button.closest('form');
    if (!form) throw new Error(`button 「${options.button}」 is outside any form`);
    const entries: [string, string][] = [];
    for (const control of form.querySelectorAll('input, select, textarea') as NodeListOf<HTMLInputElement>) {
      const { name, type } = control;
      if (!name || control.hasAttribute('disabled') || ['submit', 'button', 'reset', 'image'].includes(type)) continue;
      if (type === 'checkbox' || type === 'radio') {
        const key = `${name}=${control.value}`;
        const checked = options.check?.includes(key) || (control.hasAttribute('checked') && !options.uncheck?.includes(key));
        if (checked) entries.push([name, control.value]);
        continue;
      }
      const fill = options.fill?.[name];
      if (control.tagName === 'SELECT') {
        const select = control as unknown as HTMLSelectElement;
        const selected = select.querySelector('option[selected]') ?? select.querySelector('option');
        entries.push([name, fill ?? (selected as HTMLOptionElement | null)?.value ?? '']);
      } else {
        entries.push([name, fill ?? control.getAttribute('value') ?? '']);
      }
    }
    if (button.name) entries.push([button.name, button.value]);
    const encoded = encodeForm(entries, page.charset);
    const action = new URL(form.getAttribute('action') ?? page.url, page.url);
    if ((form.getAttribute('method') ?? 'get').toLowerCase() === 'post') return this.request('POST', action.href, encoded, page.url);
    action.search = encoded;
    return this.request('GET', action.href, undefined, page.url);
  }

  /** Follows the link with this exact text. */
  follow(page: Page, text: string): Promise<Page> {
    const link = ([...page.doc.querySelectorAll('a')] as HTMLAnchorElement[]).find((a) => a.textContent?.trim() === text);
    if (!link) throw new Error(`no link 「${text}」 on ${page.url}`);
    return this.request('GET', new URL(link.getAttribute('href')!, page.url).href, undefined, page.url);
  }
}

/** Calls the control API of one origin. */
export async function control<T = unknown>(origin: string, endpoint: string, body?: unknown): Promise<T> {
  const response = await fetch(`${origin}/__sim/${endpoint}`, {
    method: body === undefined ? 'GET' : 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(`${endpoint}: ${response.status} ${json.error}`);
  return json;
}

/** The simulated library's patrons with their carts, holds and loans, as `GET /__sim/state` reports them. */
export function simState(origin: string): Promise<SimState> {
  return control<SimState>(origin, 'state');
}

/** Cell texts of a table's rows (header row excluded), found by a header cell's text. */
export function tableRows(page: Page, header: string): string[][] {
  const table = ([...page.doc.querySelectorAll('table')] as HTMLTableElement[]).find((t) =>
    [...t.querySelectorAll('th')].some((th) => th.textContent?.trim() === header),
  );
  if (!table) throw new Error(`no table with header ${header} on ${page.url}`);
  return ([...table.querySelectorAll('tr')] as HTMLTableRowElement[])
    .filter((tr) => tr.querySelector('td'))
    .map((tr) => ([...tr.querySelectorAll('td')] as HTMLTableCellElement[]).map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()));
}
