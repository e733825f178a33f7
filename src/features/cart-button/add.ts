import type { ItemRecord, Library } from '../../model';
import { normalizeText } from '../../model/text';
import { cartActionFor, cartOutcome, formRequest, type FormRequest } from '../../opac/cart';
import type { PageReading } from '../../opac/types';
import type { AddResult, CartDeps, PageResponse } from './deps';

interface Page {
  url: URL;
  doc: Document;
}

/**
 * Put one title in the library's cart with the library's own request, without leaving the page: on this page's
 * form when it has one for the title, else on the title's detail page (北海道立 has cart buttons only there).
 * When the answer does not say, the cart page is asked whether the title is in it.
 */
export async function addToCart(page: Page, item: ItemRecord, detailUrl: string | null, library: Library, deps: CartDeps): Promise<{ result: AddResult; response: PageResponse | null }> {
  const bibId = item.bibId;
  if (!bibId) return { result: { kind: 'failed', reason: 'the page gives no id for this title' }, response: null };
  const claim = await deps.claim(bibId);
  if (!claim.claimed) return { result: claim.inCart ? { kind: 'already_in_cart' } : { kind: 'in_progress' }, response: null };

  let result: AddResult = { kind: 'failed', reason: 'no cart button was found for this title' };
  let response: PageResponse | null = null;
  let cartPage: PageReading | null = null;
  try {
    const onDetail = requestOn(page, bibId, library) ? null : detailUrl;
    const request = onDetail ? await requestOnDetail(onDetail, bibId, library, deps) : requestOn(page, bibId, library);
    // The title's own page offers no cart button: the library does not lend it (禁帯出, 館内のみ …).
    if (!request && onDetail) result = { kind: 'not_lendable', message: '' };
    if (request) {
      response = await deps.transport(request);
      const reading = deps.read(new URL(response.url), response.doc);
      if (reading.page === 'cart') cartPage = reading;
      result = cartOutcome(response, reading, library.rules.limit?.message ?? null);
      if (result.kind === 'failed' && !cartPage) ({ result, cartPage } = await askCartPage(page, item, result, deps));
      else if (cartPage && result.kind === 'failed' && inCart(cartPage, item)) result = { kind: 'added' };
    }
  } catch (error) {
    result = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
  const inCartNow = result.kind === 'added' || result.kind === 'already_in_cart';
  await deps.finish(bibId, result, inCartNow ? item : null, cartPage);
  return { result, response };
}

function requestOn(page: Page, bibId: string, library: Library): FormRequest | null {
  const action = cartActionFor(page.url, page.doc, bibId, library);
  return action ? formRequest(page.doc, action) : null;
}

async function requestOnDetail(detailUrl: string, bibId: string, library: Library, deps: CartDeps): Promise<FormRequest | null> {
  const detail = await deps.fetchPage(detailUrl);
  return requestOn({ url: new URL(detail.url), doc: detail.doc }, bibId, library);
}

const CART_LINK = /予約カート|カート|予約かご/;

/** The answer was silent: the library's own cart page says whether the title went in. */
async function askCartPage(page: Page, item: ItemRecord, failed: AddResult, deps: CartDeps): Promise<{ result: AddResult; cartPage: PageReading | null }> {
  const link = Array.from(page.doc.querySelectorAll<HTMLAnchorElement>('a[href]')).find((a) => CART_LINK.test(a.textContent ?? '') && !a.closest('[data-uketori]'));
  if (!link) return { result: failed, cartPage: null };
  const answer = await deps.fetchPage(new URL(link.getAttribute('href')!, page.url).href);
  const reading = deps.read(new URL(answer.url), answer.doc);
  if (reading.page !== 'cart') return { result: failed, cartPage: null };
  return { result: inCart(reading, item) ? { kind: 'already_in_cart' } : failed, cartPage: reading };
}

function inCart(cart: PageReading, item: ItemRecord): boolean {
  const title = normalizeText(item.title);
  return cart.cart.some((c) => (item.bibId !== null && c.bibId === item.bibId) || normalizeText(c.title) === title);
}
