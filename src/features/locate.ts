import { bibIdOf } from '../opac/generic/dom';
import { normalizeText } from '../opac/text';

const TITLE_HOLDERS = 'a, td, th, dd, span, strong, b, h1, h2, h3, h4, p, li, div';

/**
 * The element that shows a record's title on the page: the deepest element whose text is the title, or else
 * starts with it (LICS-XP puts author and publisher after the title in one cell). Null when the page no longer
 * shows it.
 */
export function findTitleElement(doc: Document, title: string): Element | null {
  const wanted = normalizeText(title);
  if (!wanted || !doc.body) return null;
  const candidates = Array.from(doc.body.querySelectorAll(TITLE_HOLDERS)).filter((el) => !el.closest('[data-uketori]'));
  const exact = candidates.filter((el) => normalizeText(el.textContent ?? '') === wanted);
  const pool = exact.length > 0 ? exact : candidates.filter((el) => normalizeText(el.textContent ?? '').startsWith(wanted));
  return pool.find((el) => !pool.some((other) => other !== el && el.contains(other))) ?? null;
}

/** The element of a result or detail item: its link carrying the id, else its checkbox, else its title. */
export function findItemElement(doc: Document, item: { bibId: string | null; title: string }): Element | null {
  if (item.bibId) {
    const base = doc.URL;
    const link = Array.from(doc.querySelectorAll('a[href], a[onclick]')).find((a) => !a.closest('[data-uketori]') && bibIdOf(a, base) === item.bibId && normalizeText(a.textContent ?? '') !== '');
    if (link) return link;
  }
  return findTitleElement(doc, item.title);
}
