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
  // What Uketori put on the page is never a title: one query for all of it, not a walk up from every element.
  const ours = new Set(doc.body?.querySelectorAll('[data-uketori], [data-uketori] *') ?? []);
  const texts: Array<{ el: Element; text: string; at: number }> = [];
  // Most titles are an element's whole text: found by that text, in the page's order.
  const whole = new Map<string, Element[]>();
  for (const el of Array.from(doc.body?.querySelectorAll(TITLE_HOLDERS) ?? [])) {
    const raw = el.textContent ?? '';
    if (raw.length > MAX_TITLE_TEXT || ours.has(el)) continue;
    const text = normalizeText(raw);
    texts.push({ el, text, at: texts.length });
    const same = whole.get(text);
    if (same) same.push(el);
    else whole.set(text, [el]);
  }
  // Sorted (only once a title is not some element's whole text), the texts that start with a title are one run,
  // found by binary search instead of a scan per title (1,000 rows × every element); the sort is stable, so equal
  // texts keep the page's order.
  let sorted: typeof texts | null = null;
  const startingWith = (key: string) => {
    sorted ??= [...texts].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    let lo = 0;
    for (let hi = sorted.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.text < key) lo = mid + 1;
      else hi = mid;
    }
    const run: typeof texts = [];
    for (let i = lo; i < sorted.length && sorted[i]!.text.startsWith(key); i++) run.push(sorted[i]!);
    return run.sort((a, b) => a.at - b.at).map((t) => t.el);
  };
  // The links by the ids they carry, indexed only when an item is asked for (a holds page asks for titles alone).
  let links: Map<string, Element> | undefined;
  const linkTo = (id: string) => {
    if (!links) {
      links = new Map();
      for (const a of Array.from(doc.querySelectorAll('a[href], a[onclick]'))) {
        const at = bibIdOf(a, doc.URL);
        if (at && !links.has(at) && normalizeText(a.textContent ?? '') !== '' && !ours.has(a)) links.set(at, a);
      }
    }
    return links.get(id);
  };
  const title = (wanted: string): Element | null => {
    const key = normalizeText(wanted);
    if (!key) return null;
    const pool = whole.get(key) ?? startingWith(key);
    return pool.find((el) => !pool.some((other) => other !== el && el.contains(other))) ?? null;
  };
  return {
    title,
    item: (item) => (item.bibId ? linkTo(item.bibId) : undefined) ?? title(item.title),
  };
}

/** One item's element; for many items build one `locator(doc)` instead. */
export function findItemElement(doc: Document, item: { bibId: string | null; title: string }): Element | null {
  return locator(doc).item(item);
}
