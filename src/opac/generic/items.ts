import type { CartRecordInput, ItemRecordInput } from '../../model';
import { inChrome } from './chrome';
import { bibIdOf, controlsIn, type Control } from './dom';
import type { LabeledRecord } from './blocks';
import { CART, text, titleOf } from './records';

/** Turns labelled records of search results, detail and cart pages into the model's records. */

/** A link puts a title in the cart only when its words say so; a link named 予約カート opens the cart page. */
const CART_LINK = /(?:カート|かご|バスケット)(?:に|へ)|予約する|予約申込|いますぐ予約|^予約$/;

/** The controls that put a title in the cart or reserve it: buttons so labelled, links that say they add, never menus. */
export function cartControls(controls: Control[]): Control[] {
  return controls.filter((c) => (c.kind === 'button' ? CART.test(c.label) : c.kind === 'link' && CART_LINK.test(c.label) && !inChrome(c.el)));
}

/** Names of fields that carry a title's id in forms and row checkboxes (LiCS-Re biblioid, LICS-XP tilcod, winj bibid). */
const ID_FIELD = /^(?:biblioid|bibid|biblid|bib_?id|hid_bibid|bib|tilcod|htilcod|titleid|tilcode|gbid|bookid|book_?id|recordid|editnocheck)$/i;

/**
 * The id of the page's own title, from its forms: a detail page answering a POST carries no id in its address, but its
 * cart, reservation and review forms do (LiCS-Re `form[name=rsvcartadd] input[name=biblioid]`). A form that puts the
 * title in the cart or reserves it is believed first; otherwise every id field on the page must agree.
 */
export function idInForms(doc: Document): string | null {
  const fields = Array.from(doc.querySelectorAll('form input')).flatMap((input) => {
    const value = input.getAttribute('value')?.trim() ?? '';
    if (!ID_FIELD.test(input.getAttribute('name') ?? '') || !/^[\w-]{1,40}$/.test(value)) return [];
    const form = input.closest('form')!;
    const acts = /cart|rsv|yoy|reserve|basket|kago/i.test(`${form.getAttribute('action') ?? ''} ${form.getAttribute('name') ?? ''} ${form.getAttribute('id') ?? ''}`);
    return [{ value, acts }];
  });
  const acting = new Set(fields.filter((f) => f.acts).map((f) => f.value));
  if (acting.size === 1) return [...acting][0]!;
  const all = new Set(fields.map((f) => f.value));
  return acting.size === 0 && all.size === 1 ? [...all][0]! : null;
}

/** A title's id carried by a field of its block (a row checkbox, a hidden field), when its link carries none. */
export function idInBlock(block: Element): string | null {
  for (const input of Array.from(block.querySelectorAll('input'))) {
    const value = input.getAttribute('value')?.trim() ?? '';
    if (ID_FIELD.test(input.getAttribute('name') ?? '') && /^[\w-]{1,40}$/.test(value)) return value;
  }
  return null;
}

/**
 * Reads result or detail items. An item can go to the cart when it has its own cart button, or when the page
 * has one and the item is the page's only record or has a ticked-to-add checkbox (北杜: tick, then 予約カートに追加).
 * On a list (`listed`), a title is a record only with evidence: its id, a control of its own, or an author or
 * publisher beside it; a bare list of titles (a ranking, a reading list) is none.
 */
export function toItems(records: LabeledRecord[], base: string, pageCart: boolean, listed = false): ItemRecordInput[] {
  return records.flatMap((r): ItemRecordInput[] => {
    const t = titleOf(r);
    if (!t) return [];
    const controls = controlsIn(r.root);
    const own = cartControls(controls).some((c) => !c.disabled);
    const ticked = controls.some((c) => c.kind === 'checkbox' && !c.disabled);
    const bibId = bibIdOf(t.link, base) ?? (r.root.tagName.toUpperCase() === 'TABLE' ? null : idInBlock(r.root));
    if (listed && !bibId && !own && !ticked && !text(r, 'author') && !text(r, 'publisher')) return [];
    return [{
      title: t.title,
      volume: t.volume,
      bibId,
      canAddToCart: own || (pageCart && (records.length === 1 || ticked)),
      author: text(r, 'author'),
      publisher: text(r, 'publisher'),
    }];
  });
}

/** Reads cart entries; as on a result list, a title is an entry only with its id, a control, or an author beside it. */
export function toCart(records: LabeledRecord[], base: string): CartRecordInput[] {
  return records.flatMap((r): CartRecordInput[] => {
    const t = titleOf(r);
    if (!t) return [];
    const bibId = bibIdOf(t.link, base) ?? (r.root.tagName.toUpperCase() === 'TABLE' ? null : idInBlock(r.root));
    const controls = controlsIn(r.root).some((c) => !c.disabled);
    return bibId || controls || text(r, 'author') || text(r, 'publisher') ? [{ title: t.title, volume: t.volume, bibId }] : [];
  });
}

