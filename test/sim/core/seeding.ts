import { z } from 'zod';
import { isIsoDate } from './dates';
import type { LibraryState } from './state/library-state';

const isoDate = z.string().refine(isIsoDate, 'expected YYYY-MM-DD');

const HoldSeed = z.object({
  /** Record id (書誌番号). */
  id: z.string(),
  state: z.enum(['pending', 'waiting', 'ready']).default('waiting'),
  pickup: z.string().optional(),
  reservedOn: isoDate.optional(),
  /** For ready holds: the day the copy was secured (default today). */
  readyOn: isoDate.optional(),
  /** Holds of one seed that carry a priority form one ordered group (読みたい順予約). */
  priority: z.number().int().positive().optional(),
  source: z.enum(['web', 'counter']).default('web'),
  /** 連絡方法 as the library's form words it (e.g. メール), for libraries that ask for one. */
  contact: z.string().optional(),
  /** The item is brought from another library (取り寄せ). */
  fromOtherLibrary: z.boolean().default(false),
});

const LoanSeed = z.object({
  id: z.string(),
  lentOn: isoDate.optional(),
  due: isoDate.optional(),
  renewals: z.number().int().nonnegative().default(0),
  pickup: z.string().optional(),
  fromOtherLibrary: z.boolean().default(false),
  /** Another patron is waiting for the title. */
  reservedByOthers: z.boolean().default(false),
});

export const PatronSeed = z.object({
  card: z.string().min(1),
  password: z.string().min(1),
  name: z.string().default('図書 太郎'),
  holds: z.array(HoldSeed).default([]),
  loans: z.array(LoanSeed).default([]),
});
export type PatronSeed = z.input<typeof PatronSeed>;

/**
 * Creates (or re-creates) a patron with holds and loans. Waiting holds on a title with a copy on the shelf become
 * ready at once on an opening day, exactly as a fresh reservation would.
 */
export function seedPatron(state: LibraryState, input: PatronSeed, defaultPickup: string): void {
  const seed = PatronSeed.parse(input);
  removePatron(state, seed.card);
  state.addPatron({ card: seed.card, password: seed.password, name: seed.name });
  const group = state.nextId('G');
  for (const loan of seed.loans) {
    const copy =
      state.copiesOf(loan.id).find((c) => c.status === 'shelf' && c.restriction === null) ??
      state.copiesOf(loan.id).find((c) => c.restriction === null && c.status !== 'held');
    if (!copy) throw new Error(`no copy of ${loan.id} can be lent`);
    state.lend(seed.card, copy, { ...loan, pickup: loan.pickup ?? defaultPickup });
    if (loan.reservedByOthers) state.queueOtherPatron(loan.id);
  }
  for (const hold of seed.holds) {
    const created = state.addHold({
      recordId: hold.id,
      card: seed.card,
      pickup: hold.pickup ?? defaultPickup,
      order: hold.priority === undefined ? null : { group, priority: hold.priority },
      source: hold.source,
      contact: hold.contact,
      fromOtherLibrary: hold.fromOtherLibrary,
      state: hold.state === 'ready' ? 'waiting' : hold.state,
      reservedOn: hold.reservedOn,
    });
    if (hold.state === 'ready' && !state.secureNow(created, hold.readyOn ?? state.today)) {
      throw new Error(`no copy of ${hold.id} can be put aside`);
    }
  }
  state.allocate();
}

function removePatron(state: LibraryState, card: string): void {
  for (const hold of state.holdsOf(card)) {
    const copy = state.copies.find((c) => c.id === hold.copyId && c.status === 'held');
    if (copy) copy.status = 'shelf';
  }
  for (const loan of state.loansOf(card)) {
    const copy = state.copies.find((c) => c.id === loan.copyId);
    if (copy) copy.status = 'shelf';
  }
  state.holds.splice(0, state.holds.length, ...state.holds.filter((h) => h.card !== card));
  state.loans.splice(0, state.loans.length, ...state.loans.filter((l) => l.card !== card));
  state.patrons.delete(card);
}
