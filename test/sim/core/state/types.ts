import type { IsoDate } from '../dates';
import type { Restriction } from '../catalogue';

/**
 * pending: received on the web, not yet accepted by staff (予約申請中); waiting: in the queue; ready: on the hold
 * shelf; refused: turned down by staff (予約拒否); collected: picked up, now a loan; cancelled / expired: gone.
 */
export type HoldState = 'pending' | 'waiting' | 'ready' | 'refused' | 'collected' | 'cancelled' | 'expired';
export const ACTIVE_HOLD_STATES: readonly HoldState[] = ['pending', 'waiting', 'ready'];

export type CopyStatus = 'shelf' | 'loan' | 'ill' | 'missing' | 'held';

export interface Copy {
  /** 資料番号 (barcode). */
  id: string;
  recordId: string;
  location: string;
  callNumber: string;
  restriction: Restriction | null;
  status: CopyStatus;
}

export interface Hold {
  id: string;
  recordId: string;
  card: string;
  /** Queue order across the library. */
  seq: number;
  reservedOn: IsoDate;
  pickup: string;
  /** Ordered holds share a group and are served by ascending priority (読みたい順予約). */
  order: { group: string; priority: number } | null;
  /** Counter holds cannot be cancelled on the web at some libraries. */
  source: 'web' | 'counter';
  /** The contact method chosen with the reservation (連絡方法), where the library asks for one. */
  contact: string | null;
  /** The item is brought from another library (取り寄せ); some libraries allow no web change for those. */
  fromOtherLibrary: boolean;
  state: HoldState;
  copyId: string | null;
  readyOn: IsoDate | null;
  /** The day the "ready" notice goes out: the ready day, or the next opening day. */
  notifiedOn: IsoDate | null;
  deadline: IsoDate | null;
}

export interface Loan {
  id: string;
  copyId: string;
  recordId: string;
  card: string;
  lentOn: IsoDate;
  due: IsoDate;
  renewals: number;
  /** Where the patron received the item; some libraries renew only loans received at certain points. */
  pickup: string;
  /** Borrowed from another library system (相互貸借). */
  fromOtherLibrary: boolean;
  returnedOn: IsoDate | null;
}

export interface CartEntry {
  recordId: string;
  pickup: string;
}

export interface Patron {
  card: string;
  password: string;
  name: string;
  cart: CartEntry[];
}

/** Why a reservation was not placed. */
export type RefusalReason = 'limit' | 'duplicate' | 'not_lendable' | 'unknown_record';
