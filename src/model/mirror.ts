import { z } from 'zod';
import { Instant, IsoDate } from './common';
import { CartRecord, HoldRecord, LoanRecord } from './records';

/** A library card. Never the full number: a salted hash is the id, the last four digits are for display. */
export const Card = z.object({
  id: z.string().min(1),
  libraryId: z.string().min(1),
  last4: z.string().max(4),
  label: z.string().nullable().default(null),
  hidden: z.boolean().default(false),
  /** takenAt of the newest holds / loans snapshot applied, so an older snapshot never overwrites a newer one. */
  holdsSeenAt: Instant.nullable().default(null),
  loansSeenAt: Instant.nullable().default(null),
  lastSeenAt: Instant,
});
export type Card = z.infer<typeof Card>;

/**
 * Set by the schema v2 upgrade on rows keyed before the vendor families kept titles whole (their title and volume are
 * the cut ones, src/opac/cut-titles.ts); a row written since never carries it.
 */
const KeyedByCutTitle = z.literal(true).optional();

/** A hold as the mirror keeps it: the page's record plus identity and history. */
export const Hold = HoldRecord.extend({
  /** `${cardId}|${titleKey}|${n}`: stable across whitespace and width differences in the title. */
  key: z.string(),
  cardId: z.string(),
  libraryId: z.string(),
  titleKey: z.string(),
  firstSeenAt: Instant,
  updatedAt: Instant,
  /** The Asia/Tokyo day Uketori first saw this hold ready: the start for estimates when the page gives none. */
  firstSeenReadyOn: IsoDate.nullable(),
  /** Set when a holds page no longer lists it; the outcome may later turn into picked_up when a loan appears. */
  goneAt: Instant.nullable(),
  outcome: z.enum(['picked_up', 'cancelled', 'expired']).nullable(),
  keyedByCutTitle: KeyedByCutTitle,
});
export type Hold = z.infer<typeof Hold>;

export const Loan = LoanRecord.extend({
  key: z.string(),
  cardId: z.string(),
  libraryId: z.string(),
  titleKey: z.string(),
  firstSeenAt: Instant,
  updatedAt: Instant,
  keyedByCutTitle: KeyedByCutTitle,
});
export type Loan = z.infer<typeof Loan>;

export const CartItem = CartRecord.extend({
  key: z.string(),
  libraryId: z.string(),
  titleKey: z.string(),
  addedAt: Instant,
  keyedByCutTitle: KeyedByCutTitle,
});
export type CartItem = z.infer<typeof CartItem>;

export const EVENT_KINDS = [
  'hold_added', 'hold_state_changed', 'hold_ready', 'hold_deadline_set', 'hold_deadline_moved', 'hold_gone',
  'loan_added', 'loan_due_changed', 'loan_returned',
] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

/** What reconcile noticed of one record. `recordKey` points at the hold or loan; `from`/`to` carry the changed value. */
export const ChangeEvent = z.object({
  kind: EventKind,
  recordKey: z.string(),
  title: z.string(),
  from: z.string().nullable().default(null),
  to: z.string().nullable().default(null),
  outcome: z.enum(['picked_up', 'cancelled', 'expired']).nullable().default(null),
});
export type ChangeEvent = z.infer<typeof ChangeEvent>;

/** When a reading noticed something, and whose records it changed. */
const Noticed = { at: Instant, libraryId: z.string(), cardId: z.string() };

/** One event with when and whose it is: as reconcile hands events on, and as a backup lists them. */
export const MirrorEvent = ChangeEvent.extend({
  /** Written by releases that kept one row per event; read from their backups, never written now. */
  id: z.number().int().optional(),
  ...Noticed,
});
export type MirrorEvent = z.infer<typeof MirrorEvent>;

/**
 * The events one reconcile noticed, in the order it noticed them, kept as one row of the mirror's history: a page
 * of 1,000 new holds is one write, not 1,000 (each row costs the database far more than its size).
 */
export const MirrorChange = z.object({
  id: z.number().int().optional(),
  ...Noticed,
  events: z.array(ChangeEvent).min(1),
});
export type MirrorChange = z.infer<typeof MirrorChange>;

export const Reminder = z.object({
  /** `${recordKey}|${kind}|${due}`: one notification per reminder, ever. */
  id: z.string(),
  recordKey: z.string(),
  kind: z.enum(['pickup_deadline', 'hold_ready', 'due_soon', 'series_next', 'renew_last_day']),
  fireAt: Instant,
  firedAt: Instant.nullable().default(null),
  snoozedUntil: Instant.nullable().default(null),
});
export type Reminder = z.infer<typeof Reminder>;

/** Where one volume of a series plan stands: waiting its turn, on its way through the library, or finished. */
export const SeriesVolumeStatus = z.enum(['queued', 'in_cart', 'reserved', 'ready', 'borrowed', 'done', 'skipped']);
export type SeriesVolumeStatus = z.infer<typeof SeriesVolumeStatus>;

/** A series the patron wants to read in order, and how far its reservation has come. */
export const SeriesPlan = z.object({
  id: z.string(),
  libraryId: z.string(),
  cardId: z.string().nullable(),
  work: z.string(),
  volumes: z.array(z.object({
    title: z.string(),
    volume: z.string().nullable(),
    bibId: z.string().nullable(),
    status: SeriesVolumeStatus,
    /** The volume's detail page, where its cart button is when the page the patron is on has none. */
    detailUrl: z.string().nullable().default(null),
    keyedByCutTitle: KeyedByCutTitle,
  })),
  /** What frees the next volume: the previous one becoming ready, or being borrowed. */
  advanceOn: z.enum(['ready', 'borrowed']),
  paused: z.boolean().default(false),
  createdAt: Instant,
});
export type SeriesPlan = z.infer<typeof SeriesPlan>;
export type SeriesPlanInput = z.input<typeof SeriesPlan>;

export const Setting = z.object({ key: z.string(), value: z.unknown() });
export type Setting = z.infer<typeof Setting>;
