import { z } from 'zod';
import { IsoDate, Text } from './common';

/**
 * Normalised hold state. `pending`: the request is not yet accepted (予約申請中, 申込中);
 * `waiting`: accepted and queued; `in_transit`: secured and travelling to the pickup point;
 * `ready`: on the hold shelf; `cancelled`: cancelled or refused. The OPAC's own label is always kept beside it.
 */
export const HOLD_STATES = ['waiting', 'pending', 'in_transit', 'ready', 'cancelled', 'unknown'] as const;
export const HoldState = z.enum(HOLD_STATES);
export type HoldState = z.infer<typeof HoldState>;

/** What a page says about one hold (the parse CLI prints the first eight fields). */
export const HoldRecord = z.object({
  title: z.string().min(1),
  volume: Text,
  state: HoldState,
  stateLabel: z.string(),
  rank: z.number().int().positive().nullable(),
  pickupLocation: Text,
  reservedOn: IsoDate.nullable(),
  pickupDeadline: IsoDate.nullable(),
  /** The day the library secured the item or notified the patron (割当日, 連絡日), when the page shows it. */
  readyOn: IsoDate.nullable().default(null),
  bibId: Text.default(null),
  /** The OPAC's own id for this reservation (e.g. LICS-XP yoycod), when the page carries one. */
  holdId: Text.default(null),
  canCancel: z.boolean().nullable().default(null),
  /**
   * Where the list does not let the web cancel this hold, the library's own words about it as the page prints them
   * (「貸出可能」の資料については…できません。…ご連絡ください。): shown, as text, where only the library can act.
   */
  libraryNote: Text.default(null),
});
export type HoldRecord = z.infer<typeof HoldRecord>;
export type HoldRecordInput = z.input<typeof HoldRecord>;

/** What a page says about one loan. */
export const LoanRecord = z.object({
  title: z.string().min(1),
  volume: Text,
  dueDate: IsoDate.nullable(),
  /** true/false when the page or the library's rules decide it; null when nothing tells. */
  renewable: z.boolean().nullable(),
  renewBlockedReason: Text,
  loanedOn: IsoDate.nullable().default(null),
  bibId: Text.default(null),
  loanId: Text.default(null),
  renewCount: z.number().int().nonnegative().nullable().default(null),
  reservedByOthers: z.boolean().nullable().default(null),
});
export type LoanRecord = z.infer<typeof LoanRecord>;
export type LoanRecordInput = z.input<typeof LoanRecord>;

/** A bibliographic item on a result list or detail page. */
export const ItemRecord = z.object({
  title: z.string().min(1),
  volume: Text,
  bibId: Text,
  /** Whether the page offers a cart (or reserve) button for it: false for 禁帯出/館内 items. */
  canAddToCart: z.boolean(),
  author: Text.default(null),
  publisher: Text.default(null),
});
export type ItemRecord = z.infer<typeof ItemRecord>;
export type ItemRecordInput = z.input<typeof ItemRecord>;

/** An entry of the library's own reservation cart. */
export const CartRecord = z.object({
  title: z.string().min(1),
  volume: Text,
  bibId: Text,
});
export type CartRecord = z.infer<typeof CartRecord>;
export type CartRecordInput = z.input<typeof CartRecord>;
