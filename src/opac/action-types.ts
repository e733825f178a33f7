// The shapes of the library requests Uketori sends and of the actions on holds and loans: no imports, so the
// family adapters, the generic reader and the dispatchers can all name them without a circle.

/** A form as the browser would submit it: the request a cart click sends, with every field in order. */
export interface FormRequest {
  action: string;
  method: 'GET' | 'POST';
  entries: Array<[string, string]>;
}

/** What a patron can ask of the library for one record: renew a loan, cancel a hold, change its pickup place. */
export type RecordAction = 'renew' | 'cancel' | 'change_pickup';

/** The record an action is for, as the library's list shows it, and the new pickup place for a change. */
export interface ActionTarget {
  action: RecordAction;
  title: string;
  volume: string | null;
  /** The library's own id of the hold or loan, where the list carries one (a family's hook may need it). */
  recordId: string | null;
  /** The pickup place to change to, as the library names it. */
  pickup: string | null;
  /** For a renewal, the due date the list shows now: a renewal is of the loan due then (a later one is another). */
  due?: string | null;
}

/** One press on one of the library's screens: the request it sends, and the words of the button pressed. */
export interface ActionStep {
  request: FormRequest;
  label: string;
}

