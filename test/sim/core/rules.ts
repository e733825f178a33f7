import type { ClosedDayRule } from './calendar';
import type { RefusalReason } from './state/types';

/** How long a ready hold stays on the hold shelf (取置期間). */
export interface HoldShelfRule {
  days: number;
  /** Day 1 of the period: the notification day itself, or the day after it. */
  start: 'notification_day' | 'day_after_notification';
  /** A last day that falls on a closed day moves to the next opening day. */
  extendToOpenDay: boolean;
}

export type RenewalBlock =
  | 'reserved' // someone else is waiting for the title
  | 'renewed' // the allowed number of renewals is used up
  | 'overdue_any' // the patron has any overdue loan
  | 'overdue_item' // this loan is past its due date
  | 'pickup_elsewhere' // received at a pickup point not in `pickupAllowed`
  | 'other_library' // borrowed from another library (相互貸借)
  | 'too_early'; // before the day of the loan from which renewal is offered (`fromLoanDay`)

export interface RenewalRule {
  times: number;
  days: number;
  /** Length for 期間短縮資料 (short-loan items). */
  shortLoanDays: number;
  /** The new due date counts from the request day or from the current due date. */
  from: 'request_day' | 'due_date';
  blockedWhen: RenewalBlock[];
  /** Pickup points whose loans may be renewed on the web, when `pickup_elsewhere` applies. */
  pickupAllowed: string[];
  /** With `too_early` blocking: renewal is offered from this day of the loan on (day 1 = the loan day). */
  fromLoanDay: number | null;
}

/** Why a hold cannot be cancelled or changed on the web. */
export type HoldActionBlock =
  | 'secured' // a copy is already put aside for the patron (貸出可能, お取置き, 提供可能 …)
  | 'counter' // the reservation was taken at the counter, not on the web
  | 'other_library' // the item is being brought from another library (取り寄せ)
  | 'not_offered' // the library offers no such action on the web at all
  | 'gone'; // not an active hold of this patron (cancelled, expired, collected, refused, or unknown)

/** A web action on holds (取消, or 変更 of the pickup place): offered for active holds unless a listed block applies. */
export interface HoldActionRule {
  blockedWhen: Exclude<HoldActionBlock, 'not_offered' | 'gone'>[];
}

export interface LibraryRules {
  closed: ClosedDayRule;
  holdShelf: HoldShelfRule;
  /** Web reservations wait as "pending" (予約申請中) until the staff approve them on the next opening day. */
  approval: 'immediate' | 'next_open_day';
  /** The library offers reservations served in the patron's order (読みたい順予約). */
  orderedReservations: boolean;
  limit: { total: number; av: number | null; message: string };
  duplicateMessage: string;
  /** Shown for titles that cannot be reserved (in-building items). */
  notLendableMessage: string;
  loanDays: number;
  shortLoanDays: number;
  /** Null when the library offers no renewal on the web. */
  renewal: RenewalRule | null;
  /** Cancelling a hold on the web (予約取消); null when the library offers none. */
  cancel: HoldActionRule | null;
  /** Changing a hold's pickup place (and contact method, where the page offers it) on the web; null when none. */
  change: HoldActionRule | null;
}

/** The library's own words for a refused reservation. */
export function refusalMessage(rules: LibraryRules, reason: RefusalReason): string {
  if (reason === 'limit') return rules.limit.message;
  if (reason === 'duplicate') return rules.duplicateMessage;
  return rules.notLendableMessage;
}
