import type { CartAction } from '../types';
import { bibIdOf, bibIdOfAddress, controlsIn, cssString, formSelector } from './dom';
import { actionable, CART } from './records';

/**
 * The cart request for one title on a page no vendor adapter knows: the form whose cart button would put it in the
 * cart. Three shapes are seen in the guides: a form per title carrying its id in a hidden field (北海道 所蔵情報),
 * one form for a whole list where the patron ticks the titles first (北杜, 水戸: checkbox + カートに入れる), and a
 * detail page whose only cart form is about the page's own title.
 */
export function genericCartAction(url: URL, doc: Document, bibId: string): CartAction | null {
  const forms = Array.from(doc.querySelectorAll('form')).flatMap((form) => {
    const button = actionable(controlsIn(form), CART).find((c) => c.kind === 'button' && !c.disabled);
    return button ? [{ form, button: button.el }] : [];
  });
  for (const { form, button } of forms) {
    const carrier = Array.from(form.querySelectorAll<HTMLInputElement>('input')).find((i) => i.value === bibId && ['hidden', 'checkbox'].includes(i.type))
      ?? checkboxBesideTitle(form, bibId, url);
    if (!carrier) continue;
    const fields: Record<string, string> = { ...buttonField(button) };
    if (carrier.type === 'checkbox' && carrier.name) fields[carrier.name] = carrier.value;
    return request(url, form, fields, `form:has(input[value="${cssString(bibId)}"])`);
  }
  const pageId = bibIdOfAddress(url.href, url.href);
  if (forms.length === 1 && pageId === bibId) return request(url, forms[0]!.form, buttonField(forms[0]!.button), null);
  return null;
}

/** The checkbox in the same row as the title's link, for lists whose checkboxes carry a row number (winj chk_check). */
function checkboxBesideTitle(form: HTMLFormElement, bibId: string, url: URL): HTMLInputElement | undefined {
  const link = Array.from(form.querySelectorAll('a[href]')).find((a) => bibIdOf(a, url.href) === bibId);
  return link?.closest('tr, li')?.querySelector<HTMLInputElement>('input[type=checkbox]') ?? undefined;
}

function buttonField(button: Element): Record<string, string> {
  const name = button.getAttribute('name');
  return name ? { [name]: button.getAttribute('value') ?? button.textContent ?? '' } : {};
}

function request(url: URL, form: HTMLFormElement, fields: Record<string, string>, fallbackSelector: string | null): CartAction | null {
  const doc = form.ownerDocument;
  const selector = formSelector(form) ?? (fallbackSelector && doc.querySelectorAll(fallbackSelector).length === 1 ? fallbackSelector : null);
  if (!selector) return null;
  const method = (form.getAttribute('method') ?? 'get').toUpperCase() === 'POST' ? 'POST' : 'GET';
  return { formSelector: selector, action: new URL(form.getAttribute('action') || url.href, url).href, method, fields };
}

