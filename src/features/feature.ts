import type { Library, PageKind } from '../model';
import type { KnownRecords } from '../series/records';
import { familyById } from '../opac/registry';
import type { FamilyAdapter, PageReading } from '../opac/types';
import type { FeatureNeed, FeatureServices } from './services';
import { addStyles, styleRoot } from './style';

/** Attribute on every node a feature makes (it lives in the shadow root of a UI host), naming the feature. */
export const OWNER_ATTR = 'data-uketori';

/** What an in-page feature gets: the live page, what the reader found on it, and a signal that ends its work. */
export interface FeatureContext {
  doc: Document;
  url: URL;
  library: Library;
  reading: PageReading;
  today: string;
  signal: AbortSignal;
  /**
   * What the mirror knew of this library before this page was read; null while the background has not answered
   * (the first paint, from the page alone).
   */
  known: KnownRecords | null;
}

/**
 * What a feature takes from the mirror (`ctx.known`): `unused` — it paints from the page alone, once, without waiting
 * for the background; `refines` — it paints from the page first and again when the mirror answers (rank movement,
 * estimates); `required` — it mounts only once the mirror has answered.
 */
export type MirrorUse = 'unused' | 'refines' | 'required';

/**
 * One in-page feature: what its folder (src/features/<id>/index.ts) exports and ./registry.ts lists once. The
 * content script mounts it, the settings keep its switch and the options page names it, all from that one entry.
 */
export interface Feature<Id extends string = string, Needs extends FeatureNeed = never> {
  /** Its folder's name, the owner of every node it adds to a page and the key of its switch. */
  id: Id;
  /** The page kinds it runs on. */
  pages: readonly PageKind[];
  /** The message key of its name, for its switch in the options page. */
  nameKey: string;
  /** The content script's services it uses. */
  needs: readonly Needs[];
  /** What it takes from the mirror; `required` when left out. */
  mirror?: MirrorUse;
  /** Its own rules for Uketori's stylesheet (beyond the kit's buttons, statuses and badges), added when it mounts. */
  css?: string;
  mount(ctx: FeatureContext, services: Pick<FeatureServices, Needs>): void | Promise<void>;
}

/** The mirror's records for a feature whose `mirror` is `required`: mountFeatures mounts it only once they are known. */
export function mirrorRecords(ctx: Pick<FeatureContext, 'known'>): KnownRecords {
  if (!ctx.known) throw new Error('mounted before the mirror answered');
  return ctx.known;
}

/** A feature with its id kept as a literal type, so the registry's ids are typed. */
export function defineFeature<const Id extends string, Needs extends FeatureNeed = never>(feature: Feature<Id, Needs>): Feature<Id, Needs> {
  return feature;
}

/** The vendor family that read a page: the one whose hooks act on it (null for the generic reader). */
export function familyOf(reading: Pick<PageReading, 'family'>): FamilyAdapter | null {
  return familyById(reading.family);
}

/**
 * Every element the kit made, by identity: the page can copy our attribute onto its own elements, never into this
 * set, so what Uketori finds, replaces or removes as its own is only what it made.
 */
const made = new WeakSet<Element>();

/** Whether Uketori made this element (or it sits inside one Uketori made). */
export function isOwned(node: Element): boolean {
  for (let el: Element | null = node; el; el = el.parentElement) if (made.has(el)) return true;
  return false;
}

/** The tag of the element that holds a piece of Uketori's UI in the page: all the page sees of Uketori. */
export const UI_HOST = 'uketori-ui';

/** A host the kit made: whose UI it holds and its root (a closed root is reachable only through this). */
interface Host {
  owner: string;
  root: ShadowRoot;
}
const hosts = new WeakMap<Element, Host>();
/** The hosts the kit put in each document, to find and remove a feature's UI. */
const hostsIn = new WeakMap<Document, Set<Element>>();

/**
 * Where a host stands: in the text after a page element, at the top of the page (a notice), over the page (a panel),
 * or nowhere to be seen (the hidden frame a request goes through).
 */
type Place = 'inline' | 'top' | 'overlay' | 'hidden';

/**
 * The host's own box, set inline with priority so no rule of the page's stylesheet wins over it; `all: initial` keeps
 * the page's inherited colours, sizes and visibility from reaching inside (its font family only, to look at home).
 */
const HOST_STYLE: Record<Place, Array<[string, string]>> = {
  inline: [],
  top: [['display', 'block']],
  overlay: [['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'], ['z-index', '2147483646']],
  hidden: [['display', 'none']],
};

/** A host holding `nodes` (all made by the kit for one feature) in its shadow root, with Uketori's stylesheet. */
function hostFor(doc: Document, place: Place, nodes: Element[]): Element {
  const owner = nodes[0]?.getAttribute(OWNER_ATTR);
  if (!owner || !nodes.every((n) => made.has(n) && n.getAttribute(OWNER_ATTR) === owner)) throw new Error('only nodes one feature made with the kit are placed');
  const host = doc.createElement(UI_HOST);
  for (const [name, value] of [['all', 'initial'], ['font-family', 'inherit'], ...HOST_STYLE[place]]) host.style.setProperty(name!, value!, 'important');
  // Closed in every shipped build: from the page's side `host.shadowRoot` is null and its script cannot reach inside.
  // Open only in the e2e build, whose tests find the UI through the roots (no automation reaches into a closed one).
  // Written at the call so the build folds it to one literal, which test/unit/manifest.test.ts reads.
  const root = host.attachShadow({ mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
  styleRoot(root);
  root.append(...nodes);
  made.add(host);
  hosts.set(host, { owner, root });
  let placed = hostsIn.get(doc);
  if (!placed) hostsIn.set(doc, (placed = new Set()));
  placed.add(host);
  return host;
}

function removeHost(host: Element): void {
  host.remove();
  hostsIn.get(host.ownerDocument)?.delete(host);
}

/** A feature's hosts in the document now, in the page's order. */
function placedHosts(doc: Document, owner: string): Array<[Element, Host]> {
  const placed = hostsIn.get(doc);
  if (!placed) return [];
  const found: Array<[Element, Host]> = [];
  // A host the page's script has taken out (for now: it may put it back) is not on the page.
  for (const host of placed) if (host.isConnected && hosts.get(host)!.owner === owner) found.push([host, hosts.get(host)!]);
  // 4: Node.DOCUMENT_POSITION_FOLLOWING (no DOM globals needed here).
  return found.sort(([a], [b]) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** The elements a feature made that are on the page now (inside its hosts), optionally only those matching `selector`. */
export function ownedBy<E extends Element = HTMLElement>(doc: Document, owner: string, selector = '*'): E[] {
  return placedHosts(doc, owner).flatMap(([, { root }]) => Array.from(root.querySelectorAll<E>(`${selector}[${OWNER_ATTR}="${owner}"]`)));
}

/** The patron's input that features act on. */
const PATRON_EVENTS = ['click', 'change', 'input', 'submit'] as const;

/**
 * Events made by script (the page's own included) are not the patron: stopped before any listener of a feature
 * hears them. Registered first, in the capture phase, on the element itself, so it runs before every other listener.
 */
function refuseScripted(event: Event): void {
  if (event.isTrusted !== false) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

/**
 * Create an element owned by a feature; text is always set as text, never parsed as HTML. It acts on the patron's
 * own input only (see refuseScripted): every feature built with the kit gets that without asking. It reaches the
 * page only through placeAfter or placeOnPage, inside a host's shadow root.
 */
export function ownedElement<K extends keyof HTMLElementTagNameMap>(doc: Document, owner: string, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const type of PATRON_EVENTS) el.addEventListener(type, refuseScripted, { capture: true });
  el.setAttribute(OWNER_ATTR, owner);
  made.add(el);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A button in Uketori's look, owned by a feature, with its data attributes. */
export function ownedButton(doc: Document, owner: string, text: string, data: Record<string, string>): HTMLButtonElement {
  const button = ownedElement(doc, owner, 'button', text);
  button.type = 'button';
  button.className = 'uketori-btn';
  Object.assign(button.dataset, data);
  return button;
}

/** Where a feature says how its button's work went, beside the button: read out as it changes. */
export function ownedStatus(doc: Document, owner: string, data: Record<string, string>): HTMLSpanElement {
  const status = ownedElement(doc, owner, 'span');
  status.className = 'uketori-status';
  status.setAttribute('role', 'status');
  Object.assign(status.dataset, data);
  return status;
}

/** Elements whose children must stay cells or items: what follows their text goes inside them, at the end. */
const CONTAINERS = new Set(['TD', 'TH', 'LI', 'DD', 'DT', 'TR', 'TBODY', 'TABLE', 'UL', 'OL', 'DL']);

/**
 * Put nodes right after an element's text, in one host: after the element itself, or inside it when it is a table
 * cell or list item.
 */
export function placeAfter(anchor: Element, ...nodes: Element[]): void {
  const host = hostFor(anchor.ownerDocument, 'inline', nodes);
  if (CONTAINERS.has(anchor.tagName.toUpperCase())) anchor.append(host);
  else anchor.after(host);
}

/** Put nodes in one host at the top of the page, over it (fixed, for a panel) or hidden (for a request's frame). */
export function placeOnPage(doc: Document, place: Exclude<Place, 'inline'>, ...nodes: Element[]): void {
  const host = hostFor(doc, place, nodes);
  const body = doc.body ?? doc.documentElement;
  if (place === 'top') body.prepend(host);
  else body.append(host);
}

/** The host a feature already placed after `anchor`, if any (removing it removes all it holds). */
export function placedAfter(anchor: Element, owner: string): Element | null {
  const candidate = CONTAINERS.has(anchor.tagName.toUpperCase()) ? anchor.lastElementChild : anchor.nextElementSibling;
  return candidate && hosts.get(candidate)?.owner === owner ? candidate : null;
}

/** Take a placed node off the page, with its host when the host holds nothing else. */
export function unplace(node: Element): void {
  const root = node.getRootNode();
  node.remove();
  const host = 'host' in root ? (root as ShadowRoot).host : null;
  const ours = host ? hosts.get(host) : undefined;
  if (host && ours?.root === root && !Array.from(ours.root.children).some((el) => made.has(el))) removeHost(host);
}

/** Remove everything a feature added, leaving the page as the library served it. */
export function removeOwned(doc: Document, owner: string): void {
  // Only what the kit made: an element of the page posing as one of ours is the page's, and stays.
  for (const [host] of placedHosts(doc, owner)) removeHost(host);
}

/**
 * Mount the enabled features that run on this page kind. Without the mirror's records (`ctx.known` null) only the
 * features that paint from the page alone mount; with them, the others, and again those the records refine. Pass
 * the ids an earlier mount on the same page returned as `painted`; the ids on the page now are returned. A feature
 * that throws is taken back off the page (its nodes removed) and reported quietly; the others and the page carry on.
 */
export async function mountFeatures<Needs extends FeatureNeed>(
  features: ReadonlyArray<Feature<string, Needs>>,
  ctx: FeatureContext,
  services: Pick<FeatureServices, Needs>,
  enabled: (id: string) => boolean,
  report: (id: string, error: unknown) => void,
  painted: readonly string[] = [],
): Promise<string[]> {
  const mounted: string[] = [];
  for (const feature of features) {
    if (!feature.pages.includes(ctx.reading.page) || !enabled(feature.id) || ctx.signal.aborted) continue;
    const use = feature.mirror ?? 'required';
    const before = painted.includes(feature.id);
    if (ctx.known === null ? use === 'required' : before && use === 'unused') {
      if (before) mounted.push(feature.id);
      continue;
    }
    try {
      if (before) removeOwned(ctx.doc, feature.id);
      if (feature.css) addStyles(feature.css);
      await feature.mount(ctx, services);
      mounted.push(feature.id);
    } catch (error) {
      removeOwned(ctx.doc, feature.id);
      report(feature.id, error);
    }
  }
  if (painted.length === 0) ctx.signal.addEventListener('abort', () => features.forEach((f) => removeOwned(ctx.doc, f.id)), { once: true });
  return mounted;
}
