import type { Card, Hold, Library, Loan } from '../model';
import type { MirrorDb } from './db';

/** One card's current records, as the popup shows them. */
export interface CardOverview {
  card: Card;
  ready: Hold[];
  inTransit: Hold[];
  waiting: Hold[];
  loans: Loan[];
}

export interface LibraryOverview {
  library: Pick<Library, 'id' | 'name' | 'nameEn'>;
  cards: CardOverview[];
}

const byDate = (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999');

/** Current (not gone) records of visible cards, grouped by library and card, soonest deadline first. */
export async function overview(db: MirrorDb): Promise<LibraryOverview[]> {
  const [libraries, cards, holds, loans] = await Promise.all([
    db.libraries.toArray(), db.cards.toArray(), db.holds.toArray(), db.loans.toArray(),
  ]);
  const result: LibraryOverview[] = [];
  for (const card of cards.filter((c) => !c.hidden)) {
    const mine = holds.filter((h) => h.cardId === card.id && h.goneAt === null);
    const entry: CardOverview = {
      card,
      ready: mine.filter((h) => h.state === 'ready').sort((a, b) => byDate(a.pickupDeadline, b.pickupDeadline)),
      inTransit: mine.filter((h) => h.state === 'in_transit'),
      waiting: mine.filter((h) => h.state !== 'ready' && h.state !== 'in_transit' && h.state !== 'cancelled')
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)),
      loans: loans.filter((l) => l.cardId === card.id).sort((a, b) => byDate(a.dueDate, b.dueDate)),
    };
    const library = libraries.find((l) => l.id === card.libraryId) ?? { id: card.libraryId, name: card.libraryId, nameEn: card.libraryId };
    let group = result.find((g) => g.library.id === library.id);
    if (!group) result.push((group = { library: { id: library.id, name: library.name, nameEn: library.nameEn }, cards: [] }));
    group.cards.push(entry);
  }
  return result;
}

/** What the toolbar badge shows: ready holds, and whether one must be picked up today or tomorrow. */
export async function badgeState(db: MirrorDb, today: string, tomorrow: string): Promise<{ ready: number; urgent: boolean }> {
  const hidden = new Set((await db.cards.filter((c) => c.hidden).toArray()).map((c) => c.id));
  const ready = (await db.holds.where('state').equals('ready').toArray()).filter((h) => h.goneAt === null && !hidden.has(h.cardId));
  const urgent = ready.some((h) => h.pickupDeadline !== null && h.pickupDeadline >= today && h.pickupDeadline <= tomorrow);
  return { ready: ready.length, urgent };
}
