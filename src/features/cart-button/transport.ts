import { decodeHtml } from '../../opac/decode';
import { ownedElement, placeOnPage, unplace } from '../feature';
import type { PageAccess, PageResponse, Transport } from './deps';

/**
 * Send a form request the way the page itself would: a form of ours, targeted at a frame, both in a hidden UI host
 * (out of the page's sight). The browser encodes it in the page's charset (Shift_JIS OPACs exist), sends the session
 * cookie, follows redirects, and the page the patron is reading never navigates. The answer is read from the frame (same origin), then both are removed.
 */
export function frameTransport(doc: Document, owner: string, timeoutMs = FRAME_TIMEOUT_MS): Transport {
  return (request) => new Promise((resolve, reject) => {
    // Only the library's own page's origin, over http(s): a form whose action points elsewhere is not sent.
    if (!sameOriginHttp(request.action, doc.URL)) {
      reject(new Error('the cart form points outside the library\'s site'));
      return;
    }
    const name = `uketori-${Math.random().toString(36).slice(2)}`;
    const frame = ownedElement(doc, owner, 'iframe');
    frame.name = name;
    frame.style.display = 'none';
    const form = ownedElement(doc, owner, 'form');
    form.method = request.method.toLowerCase();
    form.action = request.action;
    form.target = name;
    form.acceptCharset = doc.characterSet;
    form.style.display = 'none';
    for (const [field, value] of request.entries) {
      const input = doc.createElement('input');
      input.type = 'hidden';
      input.name = field;
      input.value = value;
      form.append(input);
    }
    const finish = () => {
      clearTimeout(timer);
      unplace(frame);
      unplace(form);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error('the library did not answer in time'));
    }, timeoutMs);
    frame.addEventListener('load', () => {
      const answer = frame.contentDocument;
      // The empty frame's own load comes first; the library's answer is the load of a real page.
      if (!answer || answer.URL === 'about:blank') return;
      const copy = new DOMParser().parseFromString(answer.documentElement.outerHTML, 'text/html');
      const url = answer.URL;
      finish();
      resolve({ url, status: 200, doc: copy });
    });
    // A GET whose fields are plain ASCII (a link's own parameters) is the address itself: a GET form's fields built by
    // a content script reach the library empty in Firefox, and a link keeps its query exactly as the library wrote it.
    const address = request.method === 'GET' && request.entries.every(([n, v]) => /^[\x20-\x7e]*$/.test(n + v)) ? new URL(request.action) : null;
    for (const [field, value] of address ? request.entries : []) address!.searchParams.append(field, value);
    placeOnPage(doc, 'hidden', frame, form);
    if (address) frame.src = address.href;
    // Called through the prototype: a field named "submit" would shadow the method on the form itself.
    else HTMLFormElement.prototype.submit.call(form);
  });
}

/** How long the library has to answer a cart request in the frame, and a page fetch. */
export const FRAME_TIMEOUT_MS = 30_000;
export const FETCH_TIMEOUT_MS = 20_000;

/** Whether `url` (relative to `base`) is http(s) on `base`'s origin. */
export function sameOriginHttp(url: string, base: string): boolean {
  try {
    const target = new URL(url, base);
    return /^https?:$/.test(target.protocol) && target.origin === new URL(base).origin;
  } catch {
    return false;
  }
}

/**
 * Fetch a page of the same library with the patron's session, decoded as the browser would (header charset first).
 * Only on the tab's own origin, over http(s), and never waiting for ever.
 */
export async function fetchPage(url: string): Promise<PageResponse> {
  if (!sameOriginHttp(url, location.href)) throw new Error('not a page of this library\'s site');
  // Never from the HTTP cache: a list read before an action must be the library's list as it is now.
  const response = await fetch(url, { credentials: 'include', cache: 'no-store', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const charset = /charset=([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  let html: string;
  try {
    html = charset ? new TextDecoder(charset).decode(bytes) : decodeHtml(bytes).text;
  } catch {
    html = decodeHtml(bytes).text;
  }
  return { url: response.url || url, status: response.status, doc: new DOMParser().parseFromString(html, 'text/html') };
}

/**
 * The library's pages behind a form or an address: carried by the parts that act (part-shop, part-act), not by the
 * content script's core, which reaches them through the part when a cart or a record action first needs them.
 */
export const PAGE_ACCESS: PageAccess = { frameTransport, fetchPage };
