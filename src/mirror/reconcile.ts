import {
  replacedList, Snapshot, type Card, type CartItem, type ChangeEvent, type Hold, type HoldRecord, type Loan, type MirrorEvent, type SnapshotInput,
} from '../model';
import type { MirrorDb } from './db';
import { keyRecords } from '../model/record-keys';
import { sameTitle } from '../opac/cut-titles';
import { formerRows, moveRecordKeys } from './cut-keys';
import { eventsOf } from './changes';

/** A snapshot that does not fit the model: nothing was written. */
export class InvalidSnapshotError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid snapshot: ${issues.join('; ')}`);
    this.name = 'InvalidSnapshotError';
  }
}

/**
 * Apply what one page told to the mirror, in one transaction, and return what changed as events.
 * A holds page replaces the card's holds and a loans page its loans (what is missing is gone); any other page kind
 * only adds or updates. A snapshot older than the one already applied for that list is ignored, so two tabs
 * racing cannot roll the mirror back.
 */
export async function reconcile(db: MirrorDb, input: SnapshotInput, now?: number): Promise<MirrorEvent[]> {
  return (await reconcileOnCard(db, input, now)).events;
}

/** What one page changed in the mirror, and the card its records were filed under. */
export interface Reconciled {
  events: MirrorEvent[];
  cardId: string;
}

/** reconcile, also telling the card the snapshot went to (where its records are found afterwards). */
export async function reconcileOnCard(db: MirrorDb, input: SnapshotInput, now?: number): Promise<Reconciled> {
  const parsed = Snapshot.safeParse(input);
  if (!parsed.success) throw new InvalidSnapshotError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  const snap = parsed.data;
  // A time in the future (a clock set ahead, here or in the tab) is taken as now and said so; it never freezes a list.
  if (now !== undefined && snap.takenAt > now) {
    console.warn('[Uketori] a snapshot from the future was taken as now', snap.takenAt - now, 'ms ahead');
    snap.takenAt = now;
  }

  return db.transaction('rw', [db.cards, db.holds, db.loans, db.cart, db.events, db.reminders], async () => {
    const card = await resolveCard(db, snap);
    if (now !== undefined) {
      // Seen "later than now" can only be a clock that was ahead: no longer a reason to ignore what is read now.
      if (card.holdsSeenAt !== null && card.holdsSeenAt > now) card.holdsSeenAt = now;
      if (card.loansSeenAt !== null && card.loansSeenAt > now) card.loansSeenAt = now;
      card.lastSeenAt = Math.min(card.lastSeenAt, now);
    }
    const replaces = replacedList(snap.page);
    const takesHolds = snap.holds.length > 0 || replaces === 'holds';
    const takesLoans = snap.loans.length > 0 || replaces === 'loans';
    const ignored = { events: [], cardId: card.id };
    if (replaces === 'holds' && card.holdsSeenAt !== null && card.holdsSeenAt > snap.takenAt) return ignored;
    if (replaces === 'loans' && card.loansSeenAt !== null && card.loansSeenAt > snap.takenAt) return ignored;

    // One read per table: the card's holds and loans as they were, then every change in memory, then bulk writes.
    const [holds, loans] = takesHolds || takesLoans
      ? await Promise.all([db.holds.where('cardId').equals(card.id).toArray(), db.loans.where('cardId').equals(card.id).toArray()])
      : [[], []];
    const mirror: CardRecords = { holds: new Map(holds.map((h) => [h.key, h])), loans, holdWrites: new Map(), loanWrites: [], returned: [], moved: [], movedHolds: [] };
    const noticed: ChangeEvent[] = [];
    if (takesHolds) {
      noticed.push(...applyHolds(mirror, card, snap, replaces === 'holds'));
      if (replaces === 'holds') card.holdsSeenAt = snap.takenAt;
    }
    if (takesLoans) {
      noticed.push(...applyLoans(mirror, card, snap, replaces === 'loans'));
      if (replaces === 'loans') card.loansSeenAt = snap.takenAt;
    }
    if (mirror.moved.length > 0) {
      // A moved hold's old row goes (a moved loan's goes with the returned ones); what pointed at it follows it (the
      // events of this reconcile are written after, under the keys they name).
      await db.holds.bulkDelete(mirror.movedHolds.filter((from) => !mirror.holdWrites.has(from)));
      await moveRecordKeys(db, mirror.moved);
    }
    if (replaces === 'cart') await replaceCart(db, snap);
    // The writes are asked for together (the transaction keeps their order): the database works through one while
    // the next is being prepared, instead of each waiting for the one before.
    const written = new Set(mirror.loanWrites.map((l) => l.key));
    card.lastSeenAt = Math.max(card.lastSeenAt, snap.takenAt);
    const change = { at: snap.takenAt, libraryId: snap.libraryId, cardId: card.id, events: noticed };
    await Promise.all([
      noticed.length > 0 && db.events.add(change),
      mirror.holdWrites.size > 0 && db.holds.bulkPut([...mirror.holdWrites.values()]),
      mirror.loanWrites.length > 0 && db.loans.bulkPut(mirror.loanWrites),
      mirror.returned.length > 0 && db.loans.bulkDelete(mirror.returned.filter((key) => !written.has(key))),
      db.cards.put(card),
    ]);
    return { events: eventsOf([change]), cardId: card.id };
  });
}

/** A card's holds and loans as read once at the start of a reconcile, and the writes it gathers for the end. */
interface CardRecords {
  /** Every hold of the card by key, gone ones included, as updated so far in this reconcile. */
  holds: Map<string, Hold>;
  loans: readonly Loan[];
  holdWrites: Map<string, Hold>;
  loanWrites: Loan[];
  /** Keys of loans no longer on the loans page. */
  returned: string[];
  /** Records keyed by their cut title found again under their whole title's key: [old key, new key]. */
  moved: Array<[string, string]>;
  /** Old keys of the holds among them. */
  movedHolds: string[];
}

function writeHold(mirror: CardRecords, hold: Hold): void {
  mirror.holds.set(hold.key, hold);
  mirror.holdWrites.set(hold.key, hold);
}


/** A snapshot that cannot be given to a card: nothing was written. */
export class UnattributedSnapshotError extends Error {
  constructor(libraryId: string) {
    super(`several cards at ${libraryId} and the page shows none of them as logged in: nothing was changed`);
    this.name = 'UnattributedSnapshotError';
  }
}

const UNIDENTIFIED = '#unidentified';

/**
 * The snapshot's card (the one its page showed as logged in), or, without that evidence, the library's only card, or
 * a placeholder for a card not yet identified. With several cards at the library and no evidence, a page with holds
 * or loans belongs to nobody Uketori can name, and is refused rather than filed under the wrong card.
 */
async function resolveCard(db: MirrorDb, snap: Snapshot): Promise<Card> {
  if (snap.cardId) {
    const known = await db.cards.get(snap.cardId);
    if (known && known.libraryId === snap.libraryId) return known;
    if (known) throw new InvalidSnapshotError([`cardId: card belongs to ${known.libraryId}, not ${snap.libraryId}`]);
  }
  const cards = await db.cards.where('libraryId').equals(snap.libraryId).toArray();
  const identified = cards.filter((c) => !c.id.endsWith(UNIDENTIFIED));
  const aboutCard = replacedList(snap.page) === 'holds' || replacedList(snap.page) === 'loans' || snap.holds.length + snap.loans.length > 0;
  if (!snap.cardId && identified.length > 1 && aboutCard) throw new UnattributedSnapshotError(snap.libraryId);
  const latest = cards.sort((a, b) => b.lastSeenAt - a.lastSeenAt)[0];
  if (latest && !snap.cardId) return latest;
  return {
    id: snap.cardId ?? `${snap.libraryId}${UNIDENTIFIED}`, libraryId: snap.libraryId, last4: '', label: null, hidden: false,
    holdsSeenAt: null, loansSeenAt: null, lastSeenAt: snap.takenAt,
  };
}

function applyHolds(mirror: CardRecords, card: Card, snap: Snapshot, replaces: boolean): ChangeEvent[] {
  const current = [...mirror.holds.values()].filter((h) => h.goneAt === null);
  const byKey = new Map(current.map((h) => [h.key, h]));
  const seen = new Set<string>();
  const events: ChangeEvent[] = [];

  const keyed = keyRecords(card.id, snap.holds);
  const former = formerRows(card.id, keyed, byKey);
  for (const { key, titleKey, record } of keyed) {
    seen.add(key);
    const before = byKey.get(key) ?? former.get(key);
    if (before && before.key !== key) {
      seen.add(before.key);
      mirror.holds.delete(before.key);
      mirror.movedHolds.push(before.key);
      mirror.moved.push([before.key, key]);
    }
    const becameReady = record.state === 'ready' && before?.state !== 'ready';
    const hold: Hold = {
      ...record, key, titleKey, cardId: card.id, libraryId: snap.libraryId,
      firstSeenAt: before?.firstSeenAt ?? snap.takenAt,
      updatedAt: snap.takenAt,
      firstSeenReadyOn: record.state === 'ready' ? (before?.firstSeenReadyOn ?? snap.today) : null,
      goneAt: null, outcome: null,
    };
    writeHold(mirror, hold);
    const base = { recordKey: key, title: record.title, outcome: null };
    if (!before) events.push({ ...base, kind: 'hold_added', from: null, to: record.state });
    else if (before.state !== record.state) events.push({ ...base, kind: 'hold_state_changed', from: before.state, to: record.state });
    if (becameReady) events.push({ ...base, kind: 'hold_ready', from: before?.state ?? null, to: 'ready' });
    events.push(...deadlineEvents(base, before, record));
  }

  if (replaces) {
    for (const gone of current.filter((h) => !seen.has(h.key))) {
      const outcome = mirror.loans.some((l) => sameTitle(l, gone)) ? 'picked_up'
        : gone.state === 'ready' && gone.pickupDeadline !== null && gone.pickupDeadline < snap.today ? 'expired'
        : 'cancelled';
      writeHold(mirror, { ...gone, goneAt: snap.takenAt, outcome, updatedAt: snap.takenAt });
      events.push({ kind: 'hold_gone', recordKey: gone.key, title: gone.title, from: gone.state, to: null, outcome });
    }
  }
  return events;
}

function deadlineEvents(base: Omit<ChangeEvent, 'kind' | 'from' | 'to'>, before: Hold | undefined, record: HoldRecord): ChangeEvent[] {
  const was = before?.pickupDeadline ?? null;
  const now = record.pickupDeadline;
  if (now === null || was === now) return [];
  return [{ ...base, kind: was === null ? 'hold_deadline_set' : 'hold_deadline_moved', from: was, to: now }];
}

function applyLoans(mirror: CardRecords, card: Card, snap: Snapshot, replaces: boolean): ChangeEvent[] {
  const current = mirror.loans;
  const byKey = new Map(current.map((l) => [l.key, l]));
  const pickups = recentlyGoneHolds(mirror, snap.takenAt - PICKUP_WINDOW_MS);
  const seen = new Set<string>();
  const events: ChangeEvent[] = [];

  const keyed = keyRecords(card.id, snap.loans);
  const former = formerRows(card.id, keyed, byKey);
  for (const { key, titleKey, record } of keyed) {
    seen.add(key);
    const before = byKey.get(key) ?? former.get(key);
    if (before && before.key !== key) {
      seen.add(before.key);
      mirror.returned.push(before.key);
      mirror.moved.push([before.key, key]);
    }
    mirror.loanWrites.push({ ...record, key, titleKey, cardId: card.id, libraryId: snap.libraryId, firstSeenAt: before?.firstSeenAt ?? snap.takenAt, updatedAt: snap.takenAt });
    const base = { recordKey: key, title: record.title, outcome: null };
    if (!before) {
      events.push({ ...base, kind: 'loan_added', from: null, to: record.dueDate });
      // A hold that left the holds page before its loan was seen was picked up after all, not cancelled.
      for (const hold of pickups.filter((h) => sameTitle(h, record))) {
        writeHold(mirror, { ...hold, outcome: 'picked_up' });
        events.push({ kind: 'hold_gone', recordKey: hold.key, title: hold.title, from: hold.outcome, to: null, outcome: 'picked_up' });
        pickups.splice(pickups.indexOf(hold), 1);
      }
    } else if (before.dueDate !== record.dueDate) {
      events.push({ ...base, kind: 'loan_due_changed', from: before.dueDate, to: record.dueDate });
    }
  }
  if (replaces) {
    const returned = current.filter((l) => !seen.has(l.key));
    mirror.returned.push(...returned.map((l) => l.key));
    for (const loan of returned) {
      events.push({ kind: 'loan_returned', recordKey: loan.key, title: loan.title, from: loan.dueDate, to: null, outcome: null });
    }
  }
  return events;
}

/** How long after a hold leaves the holds page a new loan of the same title still counts as its pickup. */
const PICKUP_WINDOW_MS = 14 * 24 * 3600_000;

/** The card's holds that left the holds page since `since` without being picked up. */
function recentlyGoneHolds(mirror: CardRecords, since: number): Hold[] {
  return [...mirror.holds.values()].filter((h) => h.goneAt !== null && h.goneAt >= since && h.outcome !== 'picked_up');
}

async function replaceCart(db: MirrorDb, snap: Snapshot): Promise<void> {
  const before = new Map((await db.cart.where('libraryId').equals(snap.libraryId).toArray()).map((c) => [c.key, c]));
  const keyed = keyRecords(snap.libraryId, snap.cart);
  const former = formerRows(snap.libraryId, keyed, before);
  const items: CartItem[] = keyed.map(({ key, titleKey, record }) => ({
    ...record, key, titleKey, libraryId: snap.libraryId, addedAt: (before.get(key) ?? former.get(key))?.addedAt ?? snap.takenAt,
  }));
  await db.cart.where('libraryId').equals(snap.libraryId).delete();
  await db.cart.bulkPut(items);
}
