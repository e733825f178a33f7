import { normalizeText } from '../../model/text';
import { formRequest, type FormRequest } from '../../opac/cart';
import { formSelector } from '../../opac/generic/dom';
import { familyForUrl } from '../../opac/registry';
import type { FamilyHooks } from '../../opac/types';
import type { PageResponse } from '../cart-button/deps';
import { OWNER_ATTR } from '../feature';
import type { SeriesDeps } from './deps';

/** Links to the library's search page, the simple search first (one box, like the patron's own search). */
const SEARCH_LINKS = [/簡易検索|簡単検索|かんたん検索/, /資料検索|蔵書検索/, /詳細検索|詳しく探す/];
const SEARCH_BUTTON = /検索|探す/;

const buttonWords = (b: HTMLInputElement | HTMLButtonElement) => normalizeText(b.tagName === 'BUTTON' ? (b.textContent ?? '') : b.value || (b.getAttribute('alt') ?? ''));

/**
 * The library's search form on this page, filled with `words` in its first text box, as the request its 検索 button
 * sends: every other field of the form as it stands (hidden tokens included). Null when the page has no such form.
 * A form its script sends elsewhere is sent where the library's family says (`family`: the one reading the page).
 */
export function searchRequest(doc: Document, base: URL, words: string, family: FamilyHooks | null = familyForUrl(base)): FormRequest | null {
  for (const form of Array.from(doc.querySelectorAll<HTMLFormElement>('form'))) {
    if (form.closest(`[${OWNER_ATTR}]`)) continue;
    const box = Array.from(form.querySelectorAll<HTMLInputElement>('input')).find((i) => (i.type === 'text' || i.type === 'search') && i.name && !i.disabled);
    const button = Array.from(form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input[type=submit], input[type=button], input[type=image], button'))
      .find((b) => b.type !== 'reset' && SEARCH_BUTTON.test(buttonWords(b)));
    const selector = formSelector(form);
    if (!box || !button || !selector) continue;
    // A real submit button sends the form to its action (the page itself when none); a script button, where the script does.
    const action = form.getAttribute('action') ?? (button.type === 'button' ? (family?.scriptedSearchAction?.(base) ?? undefined) : '');
    if (action === undefined) continue;
    const fields: Record<string, string> = { [box.name]: words };
    // The pressed button goes along when it has a name, as in the browser's own submission.
    if (button.type === 'submit' && button.name) fields[button.name] = button.value;
    const method = form.getAttribute('method')?.toLowerCase() === 'post' ? 'POST' : 'GET';
    return formRequest(doc, { formSelector: selector, action: new URL(action, base).href, method, fields });
  }
  return null;
}

/** The address of the library's search page, from a link on this page; null when none is named like one. */
export function searchPageLink(doc: Document, base: URL): string | null {
  const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]')).filter((a) => !a.closest(`[${OWNER_ATTR}]`) && !/^\s*(javascript:|#)/i.test(a.getAttribute('href')!));
  for (const words of SEARCH_LINKS) {
    const link = links.find((a) => words.test(normalizeText(a.textContent ?? '')));
    if (link) return new URL(link.getAttribute('href')!, base).href;
  }
  return null;
}

/**
 * Search the library for `words` as a patron would: with the search form on this page, else with the one on the
 * search page a link leads to. The answer page, or null when no search form was found.
 */
export async function searchLibrary(
  page: { url: URL; doc: Document },
  words: string,
  deps: Pick<SeriesDeps, 'fetchDoc' | 'cart'>,
  family: FamilyHooks | null = familyForUrl(page.url),
): Promise<PageResponse | null> {
  let request = searchRequest(page.doc, page.url, words, family);
  if (!request) {
    const link = searchPageLink(page.doc, page.url);
    const found = link ? await deps.fetchDoc(link) : null;
    request = found && searchRequest(found.doc, new URL(found.url), words, family);
  }
  // GET too goes through the transport: the browser's own form submission encodes the words in the page's charset
  // (Shift_JIS OPACs read a query string in it), which a URL built here could only do in UTF-8.
  return request ? deps.cart.transport(request) : null;
}
