import type { CartItem, Hold, Library, Loan, PageKind } from '../model';
import type { PageReading } from '../opac/types';

/** Attribute on every node a feature adds to the OPAC page, naming the feature: cleanup removes exactly these. */
export const OWNER_ATTR = 'data-uketori';

/** What an in-page feature gets: the live page, what the reader found on it, and a signal that ends its work. */
export interface FeatureContext {
  doc: Document;
  url: URL;
  library: Library;
  reading: PageReading;
  today: string;
  signal: AbortSignal;
  /** What the mirror knew of this library before this page was read. */
  known: { holds: Hold[]; loans: Loan[]; cart: CartItem[] };
}

/** One in-page feature (src/features/<name>.ts). */
export interface Feature {
  id: string;
  /** The page kinds it runs on. */
  pages: readonly PageKind[];
  mount(ctx: FeatureContext): void | Promise<void>;
}

/** Create an element owned by a feature; text is always set as text, never parsed as HTML. */
export function ownedElement<K extends keyof HTMLElementTagNameMap>(doc: Document, owner: string, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.setAttribute(OWNER_ATTR, owner);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Elements whose children must stay cells or items: what follows their text goes inside them, at the end. */
const CONTAINERS = new Set(['TD', 'TH', 'LI', 'DD', 'DT', 'TR', 'TBODY', 'TABLE', 'UL', 'OL', 'DL']);

/** Put nodes right after an element's text: after the element itself, or inside it when it is a table cell or list item. */
export function placeAfter(anchor: Element, ...nodes: Element[]): void {
  if (CONTAINERS.has(anchor.tagName.toUpperCase())) anchor.append(...nodes);
  else anchor.after(...nodes);
}

/** The element a feature already placed after `anchor`, if any. */
export function placedAfter(anchor: Element, owner: string): Element | null {
  const candidate = CONTAINERS.has(anchor.tagName.toUpperCase()) ? anchor.lastElementChild : anchor.nextElementSibling;
  return candidate?.getAttribute(OWNER_ATTR) === owner ? candidate : null;
}

/** Remove everything a feature added, leaving the page as the library served it. */
export function removeOwned(doc: Document, owner: string): void {
  for (const el of Array.from(doc.querySelectorAll(`[${OWNER_ATTR}]`))) if (el.getAttribute(OWNER_ATTR) === owner) el.remove();
}

/**
 * Mount the enabled features that run on this page kind. A feature that throws is taken back off the page (its
 * nodes removed) and reported quietly; the others and the page carry on.
 */
export async function mountFeatures(features: readonly Feature[], ctx: FeatureContext, enabled: (id: string) => boolean, report: (id: string, error: unknown) => void): Promise<string[]> {
  const mounted: string[] = [];
  for (const feature of features) {
    if (!feature.pages.includes(ctx.reading.page) || !enabled(feature.id) || ctx.signal.aborted) continue;
    try {
      await feature.mount(ctx);
      mounted.push(feature.id);
    } catch (error) {
      removeOwned(ctx.doc, feature.id);
      report(feature.id, error);
    }
  }
  ctx.signal.addEventListener('abort', () => features.forEach((f) => removeOwned(ctx.doc, f.id)), { once: true });
  return mounted;
}
