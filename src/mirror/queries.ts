import type { Card, Hold, HoldRecordInput, IsoDate, Library, Loan } from '../model';
import { keyRecords } from '../model/record-keys';
import { deadlineAt, type Deadline } from '../reminders/deadline';
import type { HoldDeadline } from '../series/records';
import type { MirrorDb } from './db';

/** A ready hold with its pickup deadline: the page's date, or an estimate from the library's rule. */
export type ReadyHold = Hold & { deadline: Deadline };

/** One card's current records, as the popup shows them. */
export interface CardOverview {
  card: Card;
  ready: ReadyHold[];
  inTransit: Hold[];
  waiting: Hold[];
  loans: Loan[];
}

export interface LibraryOverview {
  library: Pick<Library, 'id' | 'name' | 'nameEn' | 'origins'>;
  cards: CardOverview[];
}

const byDate = (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999');

/**
 * Current (not gone) records of visible cards, grouped by library and card, soonest deadline first. Every library
 * of the mirror has a group, even before a card was seen there.
 */
export async function overview(db: MirrorDb, today: IsoDate): Promise<LibraryOverview[]> {
  const [libraries, cards, holds, loans] = await Promise.all([
    db.libraries.toArray(), db.cards.toArray(), db.holds.toArray(), db.loans.toArray(),
  ]);
  const result: LibraryOverview[] = libraries.map((l) => ({ library: { id: l.id, name: l.name, nameEn: l.nameEn, origins: l.origins }, cards: [] }));
  for (const card of cards.filter((c) => !c.hidden)) {
    const mine = holds.filter((h) => h.cardId === card.id && h.goneAt === null);
    const library = libraries.find((l) => l.id === card.libraryId);
    const entry: CardOverview = {
      card,
      ready: withDeadlines(mine, library, today).sort((a, b) => byDate(a.deadline.date, b.deadline.date)),
      inTransit: mine.filter((h) => h.state === 'in_transit'),
      waiting: mine.filter((h) => h.state !== 'ready' && h.state !== 'in_transit' && h.state !== 'cancelled')
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)),
      loans: loans.filter((l) => l.cardId === card.id).sort((a, b) => byDate(a.dueDate, b.dueDate)),
    };
    let group = result.find((g) => g.library.id === card.libraryId);
    if (!group) result.push((group = { library: { id: card.libraryId, name: card.libraryId, nameEn: card.libraryId, origins: [] }, cards: [] }));
    group.cards.push(entry);
  }
  return result;
}

function withDeadlines(holds: readonly Hold[], library: Library | undefined, today: IsoDate): ReadyHold[] {
  return holds.filter((h) => h.state === 'ready').map((h) => ({ ...h, deadline: deadlineAt(h, library, today) }));
}

/**
 * The deadlines of the ready holds a page showed, in its order, as the mirror has them once that page was reconciled
 * onto `cardId`: a hold seen ready for the first time on that page is counted from that page's day.
 */
export async function pageDeadlines(db: MirrorDb, cardId: string, holds: readonly HoldRecordInput[], library: Library, today: IsoDate): Promise<HoldDeadline[]> {
  const stored = await db.holds.bulkGet(keyRecords(cardId, holds).map(({ key }) => key));
  const current = stored.filter((h): h is Hold => h !== undefined && h.goneAt === null);
  return withDeadlines(current, library, today).map(({ titleKey, deadline }) => ({ titleKey, deadline }));
}

/** Ready holds of visible cards with their deadlines (shown or estimated), across libraries. */
export async function readyHolds(db: MirrorDb, today: IsoDate): Promise<ReadyHold[]> {
  const [libraries, hidden, ready] = await Promise.all([
    db.libraries.toArray(),
    db.cards.filter((c) => c.hidden).primaryKeys(),
    db.holds.where('state').equals('ready').filter((h) => h.goneAt === null).toArray(),
  ]);
  const byId = new Map(libraries.map((l) => [l.id, l]));
  return ready.filter((h) => !hidden.includes(h.cardId)).map((h) => ({ ...h, deadline: deadlineAt(h, byId.get(h.libraryId), today) }));
}

/** What the toolbar badge shows: ready holds, and whether one must be picked up today or tomorrow (shown or estimated). */
export async function badgeState(db: MirrorDb, today: IsoDate, tomorrow: IsoDate): Promise<{ ready: number; urgent: boolean }> {
  const ready = await readyHolds(db, today);
  const urgent = ready.some(({ deadline: { date } }) => date !== null && date >= today && date <= tomorrow);
  return { ready: ready.length, urgent };
}
