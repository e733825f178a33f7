import { bibIdOfAddress } from './dom';
import { notUnderstood } from './evidence';
import { cartControls, idInForms, toCart, toItems } from './items';
import { linkItems } from './link-items';
import type { GenericKindReader } from './reading';
import { pageOffers } from './records';

/**
 * The label-driven readers of search results, detail and cart pages: in the content script they come with the
 * features of those pages (part-shop), not into every holds and loans page.
 */
export const SHOP_READERS: Record<'results' | 'detail' | 'cart', GenericKindReader> = {
  results(sets, doc, _ctx, base) {
    const records = sets.flatMap((s) => s.records);
    const cart = pageOffers(doc, cartControls);
    const labelled = toItems(records.filter((r) => r.fields.has('title')), base, cart, true);
    const linked = linkItems(doc, base, cart);
    // A list without labels is read from its title links; the labelled reading wins whenever it finds as many.
    const items = labelled.filter((i) => i.bibId).length >= linked.items.length ? labelled : linked.items;
    return { items, notUnderstood: items.length === 0 ? notUnderstood(sets, doc, 'results', linked.rejected) : null };
  },
  detail(sets, doc, _ctx, base) {
    // A detail page names its title in its own address (…detail?bib=…), or, answering a POST, in its forms.
    const records = sets.flatMap((s) => s.records);
    const items = toItems(records.filter((r) => r.fields.has('title')), base, pageOffers(doc, cartControls));
    const pageId = bibIdOfAddress(base, base) ?? idInForms(doc);
    return { items: items.length === 1 ? items.map((item) => ({ ...item, bibId: item.bibId ?? pageId })) : items };
  },
  cart(sets, doc, _ctx, base) {
    const records = sets.flatMap((s) => s.records);
    const labelled = toCart(records.filter((r) => r.fields.has('title')), base);
    const linked = linkItems(doc, base, false);
    const fromLinks = linked.items.map(({ title, volume, bibId }) => ({ title, volume, bibId }));
    const cart = labelled.filter((i) => i.bibId).length >= fromLinks.length ? labelled : fromLinks;
    return { cart, notUnderstood: cart.length === 0 ? notUnderstood(sets, doc, 'cart', linked.rejected) : null };
  },
};
