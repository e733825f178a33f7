import { formSelector } from '../../generic/dom';
import type { CartAction } from '../../types';
import { detailBiblioid } from './ids';

/** The detail page's カートに入れる: a button whose script submits the page's own `rsvcartadd` form (rsvcartadd.do). */
export function cartButton(doc: Document): Element | null {
  return (
    [...doc.querySelectorAll('button, input[type="button"], input[type="submit"]')].find((b) =>
      /rsvcartadd/.test(b.getAttribute('onclick') ?? '') && !b.hasAttribute('disabled'),
    ) ?? null
  );
}

/**
 * The cart request of a detail page: the page's `rsvcartadd` form as it stands (biblioid, rownum, histnum), posted
 * to its action. Only for the title the page shows; other pages fall back to the label-driven cart action.
 */
export function cartAction(url: URL, doc: Document, bibId: string): CartAction | null {
  const form = doc.querySelector<HTMLFormElement>('form[name="rsvcartadd"]');
  const selector = form ? formSelector(form) : null;
  if (!form || !selector || detailBiblioid(doc) !== bibId || cartButton(doc) === null) return null;
  const method = (form.getAttribute('method') ?? 'get').toUpperCase() === 'POST' ? 'POST' : 'GET';
  return { formSelector: selector, action: new URL(form.getAttribute('action') || 'rsvcartadd.do', url).href, method, fields: { biblioid: bibId } };
}
