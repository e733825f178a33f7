import type { ItemRecordInput } from '../../model';
import type { CartOutcome, FormRequest } from '../../opac/cart';
import type { PageReading } from '../../opac/types';

/** The cart button's id: the owner of its nodes and of the hidden frames its requests go through. */
export const CART_BUTTON = 'cart-button';

/** The page the library answered with. */
export interface PageResponse {
  url: string;
  status: number;
  doc: Document;
}

export type Transport = (request: FormRequest) => Promise<PageResponse>;

/** What one click can end in: the library's answer, or another tab already adding the same title. */
export type AddResult = CartOutcome | { kind: 'in_progress' };

/** The library's cart as the content script reaches it: the page's own requests, claims across tabs, the mirror told. */
export interface CartDeps {
  transport: Transport;
  fetchPage(url: string): Promise<PageResponse>;
  read(url: URL, doc: Document): PageReading;
  /** Claim the add for this title across tabs; false when another click is already adding it. */
  claim(bibId: string): Promise<{ claimed: boolean; inCart: boolean }>;
  /** Release the claim and tell the mirror the outcome (and the item, when it is now in the cart). */
  finish(bibId: string, outcome: AddResult, item: ItemRecordInput | null, cartPage: PageReading | null): Promise<void>;
}

/** The library's pages behind a form or an address (./transport.ts), as the parts that act carry them. */
export interface PageAccess {
  frameTransport(doc: Document, owner: string): Transport;
  fetchPage(url: string): Promise<PageResponse>;
}
