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
}

/** Example URLs of a family, each with the page kind it must be detected as (and no other). */
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

/** One vendor family: how to recognise its URLs and pages, read them, and act on them. */
export interface FamilyAdapter {
  id: Exclude<Family, 'generic'>;
  /** True when the URL has this family's signature (path patterns). */
  matchesUrl(url: URL): boolean;
  /** The page kind, from the URL and, where the URL is not enough, the document. */
  detect(url: URL, doc: Document): PageKind;
  /** Read the records of a page of the given kind. */
  read(kind: PageKind, url: URL, doc: Document, ctx: ReadContext): Omit<PageReading, 'family' | 'library' | 'page'>;
  /** The cart request for one item on a results or detail page, or null when the page offers none for it. */
  cartAction(url: URL, doc: Document, bibId: string): CartAction | null;
  /** The family's own ordered-reservation button (opac-vendors.md §8), for libraries added by URL; null when none is known. */
  orderedReservation: string | null;
  examples: readonly ExampleUrl[];
}
