import { z } from 'zod';
import { CartRecord, SeriesPlan, SeriesVolumeStatus, Snapshot, type Card, type CartItem, type Hold, type Library, type Loan } from '../model';
import type { Backup } from '../mirror/backup';
import { FeatureSwitches, type RefreshStatus } from '../mirror/settings';
import { INTENT_KEYS, type IntentKey } from '../features/intents';
import { ReminderSettings } from '../reminders/schedule';
import type { PlanState } from '../series/queue';
import type { HoldDeadline } from '../series/records';
import { PARTS } from './parts';

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
  /** A content script asks for its tab's intents at this library (kept in the extension's session storage). */
  z.object({ type: z.literal('intents'), libraryId: z.string().min(1) }),
  /** A content script sets (value null: removes) one intent of its tab at this library. */
  z.object({ type: z.literal('setIntent'), libraryId: z.string().min(1), key: z.enum(INTENT_KEYS), value: z.unknown().refine((v) => JSON.stringify(v ?? null).length <= 64_000, 'too large') }),
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
  /** A content script needs one of the extension's own files beside it in its frame (./parts.ts names them all). */
  z.object({ type: z.literal('loadPart'), name: z.enum(PARTS) }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
/** A request as its handler sees it, after validation filled in defaults. */
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;
/** A request as a sender writes it (defaults may be left out). */
export type OutgoingRequestOf<K extends RequestType> = Extract<z.input<typeof Request>, { type: K }>;

/**
 * Who may send each message. `extension`: the extension's own pages only (popup, options). `content`: also a
 * content script, but only about the library its own page belongs to — the function names every library id and
 * URL the message speaks of (all must be that library's; URLs http(s) on its origins). Anything else is refused.
 */
export type SenderRule<K extends RequestType> = 'extension' | { content: (request: RequestOf<K>) => { libraryIds: string[]; urls: string[] } };
const about = (libraryIds: string[], urls: string[] = []) => ({ libraryIds, urls });
export const SENDERS: { [K in RequestType]: SenderRule<K> } = {
  snapshot: { content: ({ snapshot }) => about([snapshot.libraryId], [snapshot.url]) },
  cardSeen: { content: ({ libraryId }) => about([libraryId]) },
  identify: { content: ({ url }) => about([], [url]) },
  libraryRecords: { content: ({ libraryId }) => about([libraryId]) },
  claimCartAdd: { content: ({ libraryId }) => about([libraryId]) },
  finishCartAdd: { content: ({ libraryId }) => about([libraryId]) },
  addLibrary: 'extension',
  refresh: 'extension',
  featureSwitches: { content: () => about([]) },
  // Intents belong to a tab: only a content script (which has one) keeps them, under its tab and its library.
  intents: { content: ({ libraryId }) => about([libraryId]) },
  setIntent: { content: ({ libraryId }) => about([libraryId]) },
  saveSettings: 'extension',
  updateCard: 'extension',
  exportData: 'extension',
  importData: 'extension',
  deleteAllData: 'extension',
  seriesPlans: { content: ({ libraryId }) => about([libraryId]) },
  createSeries: { content: ({ plan }) => about([plan.libraryId]) },
  // The handler checks that the plan belongs to the caller's library.
  seriesProgress: { content: () => about([]) },
  seriesAction: 'extension',
  claimRecordAction: { content: ({ libraryId }) => about([libraryId]) },
  finishRecordAction: { content: ({ libraryId }) => about([libraryId]) },
  // The popup queues; the library's own page takes what was queued for it.
  queueRecordActions: 'extension',
  takeRecordActions: { content: ({ libraryId }) => about([libraryId]) },
  // A card's label or last four digits, for the question asked before a 取消 on that card's own list.
  cardName: { content: () => about([]) },
  // Only into the sender's own frame, only the extension's files the list names.
  loadPart: { content: () => about([]) },
};

/** Who a message came from, once the background has checked it: an extension page, or a library's content script. */
export type Caller = { kind: 'extension' } | { kind: 'content'; libraryId: string; owns(url: URL): boolean };

export interface Responses {
  /** `deadlines`: of the page's ready holds, in its order, when it has any (the page's date or an estimate). */
  snapshot: { events: number; deadlines?: HoldDeadline[] };
  cardSeen: { cardId: string; last4: string };
  identify: { library: Library | null; cardId: string | null };
  libraryRecords: { holds: Hold[]; loans: Loan[]; cart: CartItem[] };
  claimCartAdd: { claimed: boolean; inCart: boolean };
  finishCartAdd: Record<string, never>;
  addLibrary: { library: Library };
  refresh: { results: Array<{ libraryId: string; outcome: NonNullable<RefreshStatus['outcome']> }> };
  featureSwitches: Record<string, boolean>;
  intents: Partial<Record<IntentKey, unknown>>;
  setIntent: Record<string, never>;
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
  loadPart: Record<string, never>;
  queueRecordActions: Record<string, never>;
  takeRecordActions: Array<{ action: 'renew' | 'cancel'; title: string; volume: string | null }>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Messages for the offscreen document (Chrome) carry this target; the background's listener leaves them alone. */
export const OFFSCREEN_TARGET = 'offscreen';
