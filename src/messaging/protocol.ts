import { z } from 'zod';
import { Snapshot, type CartItem, type Hold, type Library, type Loan } from '../model';

/** Every message the background answers. Validated on arrival: a page cannot make the background act on junk. */
export const Request = z.discriminatedUnion('type', [
  /** A content script read a page. */
  z.object({ type: z.literal('snapshot'), snapshot: Snapshot }),
  /** A content script saw the patron log in with this card (the number is hashed at once and never stored). */
  z.object({ type: z.literal('cardSeen'), libraryId: z.string().min(1), cardNumber: z.string().min(4).max(32) }),
  /** A content script asks which library this page belongs to and which card is in use there. */
  z.object({ type: z.literal('identify'), url: z.string().url() }),
  /** A content script asks what the mirror knows of this library (markers on result and detail pages). */
  z.object({ type: z.literal('libraryRecords'), libraryId: z.string().min(1) }),
  /** The options page adds a library by its OPAC URL (the origin permission was granted from the click). */
  z.object({ type: z.literal('addLibrary'), url: z.string().url(), libraryId: z.string().min(1).nullable() }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
/** A request as its handler sees it, after validation filled in defaults. */
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;
/** A request as a sender writes it (defaults may be left out). */
export type OutgoingRequestOf<K extends RequestType> = Extract<z.input<typeof Request>, { type: K }>;

export interface Responses {
  snapshot: { events: number };
  cardSeen: { cardId: string; last4: string };
  identify: { library: Library | null; cardId: string | null };
  libraryRecords: { holds: Hold[]; loans: Loan[]; cart: CartItem[] };
  addLibrary: { library: Library };
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Messages for the offscreen document (Chrome) carry this target; the background's listener leaves them alone. */
export const OFFSCREEN_TARGET = 'offscreen';
