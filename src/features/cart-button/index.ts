import type { ItemRecordInput } from '../../model';
import { defineFeature, familyOf, ownedBy, ownedButton, ownedElement, ownedStatus, placeAfter, type FeatureContext } from '../feature';
import { t } from '../i18n';
import { locator } from '../locate';
import { addPending, takePending } from '../intents';
import { addToCart } from './add';
import { syncCartCount } from './count';
import { CART_BUTTON, type AddResult, type CartDeps } from './deps';

/**
 * One-click "add to cart" beside each title on result and detail pages: the library's own cart request, sent in
 * the background of the page, with the outcome shown in place.
 */
export const cartButton = defineFeature({
  id: CART_BUTTON,
  pages: ['results', 'detail'],
  nameKey: 'featureCartButton',
  needs: ['cart'],
  // An add is claimed against the mirror's cart: the button waits until this page's snapshot is in the mirror.
  mirror: 'required',
  mount(ctx, { cart }) {
    const pending = takePending(ctx.doc, 'pendingCart');
    const locate = locator(ctx.doc);
    for (const item of ctx.reading.items) {
      if (!item.bibId || (ctx.reading.page === 'detail' && !item.canAddToCart)) continue;
      const anchor = locate.item(item);
      if (!anchor || ownedBy(ctx.doc, CART_BUTTON).some((el) => el.dataset.bib === item.bibId)) continue;
      const control = mountControl(ctx, item, anchor, cart);
      if (pending.has(item.bibId)) void control.run();
    }
  },
});

function mountControl(ctx: FeatureContext, item: ItemRecordInput, anchor: Element, deps: CartDeps): { run(): Promise<void> } {
  const { doc } = ctx;
  const button = ownedButton(doc, CART_BUTTON, t('cartAdd'), { bib: item.bibId! });
  button.setAttribute('aria-label', t('cartAddLabel', item.title));
  const status = ownedStatus(doc, CART_BUTTON, { bib: item.bibId! });
  placeAfter(anchor, button, status);
  const href = anchor.tagName.toUpperCase() === 'A' ? anchor.getAttribute('href') : null;
  const detailUrl = href && !/^(javascript|#)/i.test(href) ? new URL(href, ctx.url).href : null;

  let busy = false;
  const run = async () => {
    if (busy) return;
    busy = true;
    button.disabled = true;
    show(status, null, t('cartAdding'));
    const result = await addToCart({ url: ctx.url, doc }, item, detailUrl, ctx.library, deps).then(
      ({ result, response }) => {
        if (result.kind === 'added' && response) syncCartCount(doc, response.doc, familyOf(ctx.reading));
        return result;
      },
      (error: unknown): AddResult => ({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    busy = false;
    render(ctx, item, button, status, result);
  };
  button.addEventListener('click', () => void run(), { signal: ctx.signal });
  return { run };
}

/** The words for an outcome, in the browser's language, with the library's own message where it gave one. */
export function outcomeText(result: AddResult): string {
  switch (result.kind) {
    case 'added': return t('cartAdded');
    case 'already_in_cart': return t('cartAlready');
    case 'in_progress': return t('cartInProgress');
    case 'already_yours': return result.message || t('cartYours');
    case 'not_lendable': return result.message ? t('cartNotLendableBecause', result.message) : t('cartNotLendable');
    case 'limit': return t('cartLimit', result.message);
    case 'needs_login': return t('cartNeedsLogin');
    case 'failed': return t('cartFailed', result.reason);
  }
}

/** Show the outcome; the button stays only where another click can help (a retry, or after logging in). */
function render(ctx: FeatureContext, item: ItemRecordInput, button: HTMLButtonElement, status: HTMLElement, result: AddResult): void {
  show(status, result.kind, outcomeText(result));
  if (result.kind === 'failed') {
    button.textContent = t('cartRetry');
    button.disabled = false;
  } else if (result.kind === 'needs_login') {
    const login = ownedElement(ctx.doc, CART_BUTTON, 'a', t('cartLoginAndAdd'));
    login.className = 'uketori-btn';
    login.href = result.loginUrl;
    login.addEventListener('click', () => addPending(ctx.doc, 'pendingCart', item.bibId!), { signal: ctx.signal });
    status.append(' ', login);
    button.remove();
  } else {
    button.remove();
  }
}

function show(status: HTMLElement, kind: AddResult['kind'] | null, text: string): void {
  if (kind) status.dataset.kind = kind;
  else delete status.dataset.kind;
  status.textContent = text;
}

