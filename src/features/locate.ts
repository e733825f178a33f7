import { normalizeText } from '../model/text';
import { bibIdOf } from '../opac/generic/dom';

const TITLE_HOLDERS = 'a, td, th, dd, span, strong, b, h1, h2, h3, h4, p, li, div';
/** No element holding just a title is longer than this; skipping longer ones keeps indexing linear in the page. */
const MAX_TITLE_TEXT = 400;

/** Finds the page elements that show records, from one pass over the page (a holds page can have 1,000 rows). */
export interface Locator {
  /**
   * The element that shows a title: the deepest element whose text is the title, or else starts with it (a reader may
   * take the title from the start of an element that goes on with author and publisher). Null when the page does not
   * show it.
   */
  title(title: string): Element | null;
  /** The element of a result or detail item: its link carrying the id, else its title. */
  item(item: { bibId: string | null; title: string }): Element | null;
}

export function locator(doc: Document): Locator {
  const ours = (el: Element) => el.closest('[data-uketori]') !== null;
  const texts: Array<{ el: Element; text: string }> = [];
  const exact = new Map<string, Element[]>();
  for (const el of Array.from(doc.body?.querySelectorAll(TITLE_HOLDERS) ?? [])) {
    const raw = el.textContent ?? '';
    if (raw.length > MAX_TITLE_TEXT || ours(el)) continue;
    const text = normalizeText(raw);
    texts.push({ el, text });
    exact.set(text, [...(exact.get(text) ?? []), el]);
  }
  const links = new Map<string, Element>();
  for (const a of Array.from(doc.querySelectorAll('a[href], a[onclick]'))) {
    const id = bibIdOf(a, doc.URL);
    if (id && !links.has(id) && normalizeText(a.textContent ?? '') !== '' && !ours(a)) links.set(id, a);
  }
  const title = (wanted: string): Element | null => {
    const key = normalizeText(wanted);
    if (!key) return null;
    const pool = exact.get(key) ?? texts.filter((t) => t.text.startsWith(key)).map((t) => t.el);
    return pool.find((el) => !pool.some((other) => other !== el && el.contains(other))) ?? null;
  };
  return {
    title,
    item: (item) => (item.bibId ? links.get(item.bibId) : undefined) ?? title(item.title),
  };
}

/** One item's element; for many items build one `locator(doc)` instead. */
export function findItemElement(doc: Document, item: { bibId: string | null; title: string }): Element | null {
  return locator(doc).item(item);
}
