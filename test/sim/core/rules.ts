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
  | 'other_library'; // borrowed from another library (相互貸借)

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
}

/** The library's own words for a refused reservation. */
export function refusalMessage(rules: LibraryRules, reason: RefusalReason): string {
  if (reason === 'limit') return rules.limit.message;
  if (reason === 'duplicate') return rules.duplicateMessage;
  return rules.notLendableMessage;
}
