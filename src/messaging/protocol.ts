import { z } from 'zod';
import { CartRecord, SeriesPlan, SeriesVolumeStatus, Snapshot, type Card, type CartItem, type Hold, type Library, type Loan } from '../model';
import type { Backup } from '../mirror/backup';
import { FeatureSwitches, type RefreshStatus } from '../mirror/settings';
import { ReminderSettings } from '../reminders/schedule';
import type { PlanState } from '../series/queue';

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
  /** A cart button claims adding one title, so two clicks or two tabs never send the library two requests. */
  z.object({ type: z.literal('claimCartAdd'), libraryId: z.string().min(1), bibId: z.string().min(1) }),
  /** The add is over: release the claim; `item` is set when the title is now in the library's cart. */
  z.object({ type: z.literal('finishCartAdd'), libraryId: z.string().min(1), bibId: z.string().min(1), item: CartRecord.nullable() }),
  /** The options page adds a library by its OPAC URL (the origin permission was granted from the click). */
  z.object({ type: z.literal('addLibrary'), url: z.string().url(), libraryId: z.string().min(1).nullable(), name: z.string().trim().min(1).max(60).optional() }),
  /** The popup asks to check every library (or one) now: fetch the holds and loans pages, read and reconcile them. */
  z.object({ type: z.literal('refresh'), libraryId: z.string().min(1).nullable() }),
  /** A content script asks which in-page features are switched on. */
  z.object({ type: z.literal('featureSwitches') }),
  /** The options page saves reminder settings and/or feature switches; reminders are re-derived. */
  z.object({ type: z.literal('saveSettings'), reminders: ReminderSettings.optional(), features: FeatureSwitches.optional() }),
  /** The options page renames (label null: back to the card number) or hides a card. */
  z.object({ type: z.literal('updateCard'), cardId: z.string().min(1), label: z.string().trim().max(40).nullable().optional(), hidden: z.boolean().optional() }),
  /** The options page exports everything as JSON. */
  z.object({ type: z.literal('exportData') }),
  /** The options page restores a backup file (its text); a bad file is refused with the reason and nothing changes. */
  z.object({ type: z.literal('importData'), json: z.string() }),
  /** The options page deletes everything the extension keeps. */
  z.object({ type: z.literal('deleteAllData') }),
  /** A content script asks for this library's series plans and what each does next. */
  z.object({ type: z.literal('seriesPlans'), libraryId: z.string().min(1) }),
  /** The patron confirmed a series plan on a result or detail page; the background gives it its id and time. */
  z.object({ type: z.literal('createSeries'), plan: SeriesPlan.omit({ id: true, createdAt: true }) }),
  /** Volumes of a plan moved on in the page (put in the cart, or back to queued when the cart refused them). */
  z.object({ type: z.literal('seriesProgress'), id: z.string().min(1), bibIds: z.array(z.string().min(1)).min(1), status: SeriesVolumeStatus.extract(['in_cart', 'queued']) }),
  /** The popup pauses, resumes, reorders or cancels a plan, or changes what frees the next volume. */
  z.object({
    type: z.literal('seriesAction'),
    id: z.string().min(1),
    action: z.discriminatedUnion('op', [
      z.object({ op: z.enum(['pause', 'resume', 'cancel']) }),
      z.object({ op: z.literal('move'), from: z.number().int().nonnegative(), to: z.number().int().nonnegative() }),
      z.object({ op: z.literal('advanceOn'), on: SeriesPlan.shape.advanceOn }),
    ]),
  }),

  // Acting on holds and loans (renew, cancel, change the pickup place) through the library's own screens.
  /** Claim one action on one record, so two clicks, two tabs or a restart never press the library's confirmation twice. */
  z.object({ type: z.literal('claimRecordAction'), libraryId: z.string().min(1), key: z.string().min(1).max(400) }),
  /** The action is over: release the claim; `done` remembers it so that it is not asked for again. */
  z.object({ type: z.literal('finishRecordAction'), libraryId: z.string().min(1), key: z.string().min(1).max(400), done: z.boolean() }),
  /** The popup asks for renewals or (already confirmed) cancellations, done on the library's list when a tab of it opens. */
  z.object({
    type: z.literal('queueRecordActions'),
    libraryId: z.string().min(1),
    actions: z.array(z.object({ action: z.enum(['renew', 'cancel']), title: z.string().min(1).max(400), volume: z.string().max(100).nullable() })).min(1).max(100),
  }),
  /** A content script on a library's list takes the actions the popup queued for it (each handed out once). */
  z.object({ type: z.literal('takeRecordActions'), libraryId: z.string().min(1) }),
  /** How the patron knows a card (label, or …last 4), for the question Uketori asks before a 取消. */
  z.object({ type: z.literal('cardName'), cardId: z.string().min(1) }),
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
  claimCartAdd: { claimed: boolean; inCart: boolean };
  finishCartAdd: Record<string, never>;
  addLibrary: { library: Library };
  refresh: { results: Array<{ libraryId: string; outcome: NonNullable<RefreshStatus['outcome']> }> };
  featureSwitches: Record<string, boolean>;
  saveSettings: Record<string, never>;
  updateCard: { card: Card };
  exportData: Backup;
  importData: { counts: Record<string, number> };
  deleteAllData: Record<string, never>;
  seriesPlans: PlanState[];
  createSeries: { plan: SeriesPlan };
  seriesProgress: Record<string, never>;
  seriesAction: Record<string, never>;
  claimRecordAction: { claimed: boolean; done: boolean };
  finishRecordAction: Record<string, never>;
  cardName: { name: string | null };
  queueRecordActions: Record<string, never>;
  takeRecordActions: Array<{ action: 'renew' | 'cancel'; title: string; volume: string | null }>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Messages for the offscreen document (Chrome) carry this target; the background's listener leaves them alone. */
export const OFFSCREEN_TARGET = 'offscreen';
