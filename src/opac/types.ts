import type { ActionStep, ActionTarget } from './action-types';
import type { CartRecordInput, Family, HoldRecordInput, IsoDate, ItemRecordInput, LoanRecordInput, PageKind } from '../model';

/** What the reader gets besides the page itself. */
export interface ReadContext {
  /** The Asia/Tokyo day the page was seen: the reference for dates shown without a year. */
  today: IsoDate;
  /**
   * The page's address, for resolving its links. readPage sets it: a document parsed off the page (the CLI, a
   * background refresh through DOMParser) has another base URI or none.
   */
  base?: string;
}

/** Why a page that looks like a holds or loans page gave no records although it has a data table. */
export interface NotUnderstood {
  reason: string;
  /** Header cells or labels the reader saw, for the diagnostic a patron can copy. */
  labels: string[];
}

/** Everything one page tells, as the parse CLI prints it (plus the cart, the action data and diagnostics). */
export interface PageReading {
  family: Family;
  library: string | null;
  page: PageKind;
  holds: HoldRecordInput[];
  loans: LoanRecordInput[];
  items: ItemRecordInput[];
  cart: CartRecordInput[];
  notUnderstood: NotUnderstood | null;
  /** The card number the page shows as logged in (./shown-card.ts): the only evidence of whose records these are. */
  shownCard?: string | null;
}

/**
 * Example URLs of a family, each with the page kind it must be detected as (and no other): its folder's examples.ts,
 * read by the tests alone (not part of the adapter, so no bundle carries them).
 */
export interface ExampleUrl {
  url: string;
  kind: PageKind;
}

/**
 * What a "put this item in the cart" click needs, found on the live page: the form to submit (the page's own,
 * so its hidden fields, tokens and encoding stay right), the fields to set, and where to send it.
 */
export interface CartAction {
  /** The form element on the page, by a selector unique within the document. */
  formSelector: string;
  /** The URL to submit to, resolved against the page URL. */
  action: string;
  method: 'GET' | 'POST';
  /** Field values to set or add on top of the form's own (e.g. tilcod, chk_check, the submit button's name). */
  fields: Record<string, string>;
}

/**
 * Where one product's pages differ from what the features' generic steps expect. Every hook is optional: a family
 * without it gets the generic behaviour. Features reach vendor behaviour only through these, and name no vendor.
 */
export interface FamilyHooks {
  /**
   * Where the page's script sends its search form when the form has no action of its own and its 検索 button is a
   * script button, relative to the page; null where the family does not know this page's script.
   */
  scriptedSearchAction?(url: URL): string | null;
  /** Elements holding nothing but the number of titles in the cart, kept apart from the word カート (a count badge). */
  cartCountSelector?: string;
  /**
   * On a screen of the reservation that lists only the titles already chosen (an ordering screen reached from the
   * cart, whose own button reserves at once), the fields naming this title in a row, in page order.
   */
  chosenTitleFields?(doc: Document, bibId: string): HTMLInputElement[];
  /**
   * Where the product's hosted service serves many libraries from one host, one path each: the address that stands
   * for the library a URL belongs to (its origin and the library's path); null for any other URL.
   */
  libraryBase?(url: URL): string | null;
  /**
   * What the product gets beyond the label-driven reader, as the options page tells a patron before a library is
   * added: a cart request of its own (`own`) or a product without a cart (`none`); its own readers of the holds and
   * loans pages (`own`). Absent: the generic cart request and reader.
   */
  offers?: { cart?: 'own' | 'none'; lists?: 'own' };
  /**
   * The next press of a renewal, cancellation or change of pickup place on one of the product's screens, where its
   * buttons are driven by script: the request the page's script would send for that record. Null when the screen
   * offers none for it; undefined to leave the screen to the label-driven steps.
   */
  actionStep?(url: URL, doc: Document, target: ActionTarget, pressed: readonly string[]): ActionStep | null | undefined;
}

/** One vendor family: how to recognise its URLs and pages, read them, and act on them. */
export interface FamilyAdapter extends FamilyHooks {
  /** Its folder's name under families/; never `generic`. */
  id: Family;
  /** What the product and its maker are called: the names no feature, content, background or UI code may use. */
  names: readonly string[];
  /** True when the URL has this family's signature (path patterns). */
  matchesUrl(url: URL): boolean;
  /** The page kind, from the URL and, where the URL is not enough, the document. */
  detect(url: URL, doc: Document): PageKind;
  /** Read the records of a page of the given kind. */
  read(kind: PageKind, url: URL, doc: Document, ctx: ReadContext): Omit<PageReading, 'family' | 'library' | 'page'>;
  /**
   * The family's own cart request for one item on a results or detail page; where it has none (null, or no hook), the
   * label-driven one (../cart.ts `cartActionFor`).
   */
  cartAction?(url: URL, doc: Document, bibId: string): CartAction | null;
  /** The family's own ordered-reservation button (opac-vendors.md §8), for libraries added by URL; null when none is known. */
  orderedReservation: string | null;
}
