import { CATALOGUE, findRecord } from '../catalogue';
import { isClosed, openOnOrAfter } from '../calendar';
import type { SimClock } from '../clock';
import { addDays, type IsoDate } from '../dates';
import type { HoldActionBlock, LibraryRules } from '../rules';
import { holdDeadline } from './deadlines';
import { holdActionBlocks } from './hold-actions';
import { renewalBlocks, renewedDue } from './renewal';
import { ACTIVE_HOLD_STATES, type CartEntry, type Copy, type Hold, type Loan, type Patron, type RefusalReason } from './types';

export interface HoldingsConfig {
  /** First digits of this library's barcodes (資料番号). */
  barcodePrefix: string;
  /** Shelves or branches the copies are spread over. */
  shelves: string[];
}

export interface ReserveRequest {
  recordId: string;
  pickup: string;
  /** Set for ordered reservations: lower numbers are served first. */
  priority?: number;
  /** The contact method chosen on the reservation form (連絡方法), where the library asks for one. */
  contact?: string;
}

/** What a web cancellation or change did: done, or the rule's reasons for refusing it (nothing changed). */
export type HoldActionOutcome = { done: true; hold: Hold } | { done: false; blocks: HoldActionBlock[] };

export interface ReserveResult {
  placed: Hold[];
  refused: { recordId: string; reason: RefusalReason }[];
}

/** Borrower of copies lent to patrons the sim does not model. */
const OTHER_BORROWER = '';

/**
 * One library's circulation: copies, holds with their queues, loans and carts. Every change ends with
 * `allocate()`, so a hold becomes ready as soon as the rules allow and no caller has to remember to ask.
 */
export class LibraryState {
  readonly patrons = new Map<string, Patron>();
  readonly copies: Copy[] = [];
  readonly holds: Hold[] = [];
  readonly loans: Loan[] = [];
  private lastId = 0;

  constructor(
    readonly rules: LibraryRules,
    holdings: HoldingsConfig,
    private readonly clock: SimClock,
  ) {
    CATALOGUE.forEach((record, index) => {
      record.copies.forEach((initial, n) => {
        this.copies.push({
          id: `${holdings.barcodePrefix}${String(this.copies.length + 1).padStart(7, '0')}`,
          recordId: record.id,
          location: holdings.shelves[(index + n) % holdings.shelves.length]!,
          callNumber: `${record.ndc}/${[...record.author][0] ?? ''}`,
          restriction: record.restriction,
          status: initial,
        });
      });
      for (let i = 0; i < record.queue; i++) this.addCounterHold(record.id, holdings.shelves[0]!);
    });
  }

  get today(): IsoDate {
    return this.clock.today;
  }

  nextId(prefix: string): string {
    this.lastId += 1;
    return `${prefix}${this.lastId}`;
  }

  // ---- queries -------------------------------------------------------------------------------------------

  patron(card: string): Patron | undefined {
    return this.patrons.get(card);
  }

  copiesOf(recordId: string): Copy[] {
    return this.copies.filter((c) => c.recordId === recordId);
  }

  isLendable(recordId: string): boolean {
    return this.copiesOf(recordId).some((c) => c.restriction === null);
  }

  holdsOf(card: string): Hold[] {
    return this.holds.filter((h) => h.card === card);
  }

  activeHoldsOf(card: string): Hold[] {
    return this.holdsOf(card).filter((h) => ACTIVE_HOLD_STATES.includes(h.state));
  }

  loansOf(card: string): Loan[] {
    return this.loans.filter((l) => l.card === card && l.returnedOn === null);
  }

  /** Holds not yet fulfilled on a title: the 予約数 a results page shows. */
  queueSize(recordId: string): number {
    return this.holds.filter((h) => h.recordId === recordId && ACTIVE_HOLD_STATES.includes(h.state)).length;
  }

  /** Someone other than this patron is waiting for the title (予約 有; blocks renewal). */
  othersWaiting(recordId: string, card: string): boolean {
    return this.holds.some((h) => h.recordId === recordId && h.card !== card && (h.state === 'waiting' || h.state === 'pending'));
  }

  /** Position in the title's queue while waiting; pending holds have no rank until accepted. */
  rank(hold: Hold): number | null {
    if (hold.state !== 'waiting') return null;
    const ahead = this.holds.filter((h) => h.recordId === hold.recordId && h.state === 'waiting' && h.seq < hold.seq);
    return ahead.length + 1;
  }

  isOpen(date: IsoDate = this.today): boolean {
    return !isClosed(this.rules.closed, date);
  }

  // ---- patrons and carts ---------------------------------------------------------------------------------

  addPatron(patron: Omit<Patron, 'cart'>): Patron {
    const created = { ...patron, cart: [] };
    this.patrons.set(patron.card, created);
    return created;
  }

  /** Adds to a cart unless the title is already in it; returns whether it was added. */
  addToCart(cart: CartEntry[], entry: CartEntry): boolean {
    if (cart.some((e) => e.recordId === entry.recordId)) return false;
    cart.push(entry);
    return true;
  }

  removeFromCart(cart: CartEntry[], recordIds: string[]): void {
    cart.splice(0, cart.length, ...cart.filter((e) => !recordIds.includes(e.recordId)));
  }

  // ---- reservations --------------------------------------------------------------------------------------

  reserve(card: string, requests: ReserveRequest[]): ReserveResult {
    const refused: ReserveResult['refused'] = [];
    const valid: ReserveRequest[] = [];
    for (const request of requests) {
      const reason = this.refusalFor(card, request.recordId, valid);
      if (reason) refused.push({ recordId: request.recordId, reason });
      else valid.push(request);
    }
    if (this.exceedsLimit(card, valid.map((r) => r.recordId))) {
      return { placed: [], refused: [...refused, ...valid.map((r) => ({ recordId: r.recordId, reason: 'limit' as const }))] };
    }
    const ordered = valid.some((r) => r.priority !== undefined);
    const group = ordered ? this.nextId('G') : null;
    const placed = [...valid]
      .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))
      .map((request) =>
        this.addHold({
          recordId: request.recordId,
          card,
          pickup: request.pickup,
          contact: request.contact ?? null,
          order: group ? { group, priority: request.priority ?? 0 } : null,
          source: 'web',
          state: this.rules.approval === 'immediate' ? 'waiting' : 'pending',
        }),
      );
    this.allocate();
    return { placed, refused };
  }

  private refusalFor(card: string, recordId: string, alreadyAccepted: ReserveRequest[]): RefusalReason | null {
    if (!findRecord(recordId)) return 'unknown_record';
    if (!this.isLendable(recordId)) return 'not_lendable';
    const held = this.activeHoldsOf(card).some((h) => h.recordId === recordId);
    const borrowed = this.loansOf(card).some((l) => l.recordId === recordId);
    const twice = alreadyAccepted.some((r) => r.recordId === recordId);
    return held || borrowed || twice ? 'duplicate' : null;
  }

  /** Whether reserving these titles too would pass the library's total or AV limit. */
  exceedsLimit(card: string, recordIds: string[]): boolean {
    const { total, av } = this.rules.limit;
    const all = [...this.activeHoldsOf(card).map((h) => h.recordId), ...recordIds];
    const avCount = all.filter((id) => findRecord(id)?.media !== '図書').length;
    return all.length > total || (av !== null && avCount > av);
  }

  addHold(
    fields: Pick<Hold, 'recordId' | 'card' | 'pickup' | 'order' | 'source' | 'state'> &
      Partial<Pick<Hold, 'contact' | 'fromOtherLibrary'>> & { reservedOn?: IsoDate },
  ): Hold {
    const { reservedOn, contact, fromOtherLibrary, ...rest } = fields;
    const hold: Hold = {
      ...rest,
      contact: contact ?? null,
      fromOtherLibrary: fromOtherLibrary ?? false,
      id: this.nextId('R'),
      seq: this.lastId,
      reservedOn: reservedOn ?? this.today,
      copyId: null,
      readyOn: null,
      notifiedOn: null,
      deadline: null,
    };
    this.holds.push(hold);
    return hold;
  }

  /** No further reservation fits (the page disables its reserve button). */
  isAtLimit(card: string): boolean {
    return this.activeHoldsOf(card).length >= this.rules.limit.total;
  }

  private addCounterHold(recordId: string, pickup: string): void {
    this.addHold({ recordId, card: this.nextId('counter-'), pickup, order: null, source: 'counter', state: 'waiting' });
  }

  /** Another patron joins the queue for a title (makes a loan unrenewable, for instance). */
  queueOtherPatron(recordId: string): void {
    this.addCounterHold(recordId, this.copiesOf(recordId)[0]?.location ?? '');
  }

  private patronHold(card: string, holdId: string): Hold | undefined {
    return this.holds.find((h) => h.id === holdId && h.card === card);
  }

  /** Why the patron may not cancel this hold on the web (the library's `cancel` rule); empty when they may. */
  cancelBlocks(hold: Hold | undefined): HoldActionBlock[] {
    return holdActionBlocks(this.rules.cancel, hold);
  }

  /** Why the patron may not change this hold's pickup place (or contact method) on the web; empty when they may. */
  changeBlocks(hold: Hold | undefined): HoldActionBlock[] {
    return holdActionBlocks(this.rules.change, hold);
  }

  /** Cancels on the patron's request when the library's rule allows it; a copy already put aside goes back. */
  cancel(card: string, holdId: string): HoldActionOutcome {
    const hold = this.patronHold(card, holdId);
    const blocks = this.cancelBlocks(hold);
    if (!hold || blocks.length > 0) return { done: false, blocks };
    if (hold.state === 'ready') this.release(hold);
    hold.state = 'cancelled';
    this.allocate();
    return { done: true, hold };
  }

  /** Changes the pickup place and/or contact method when the library's rule allows it. */
  change(card: string, holdId: string, to: { pickup?: string; contact?: string }): HoldActionOutcome {
    const hold = this.patronHold(card, holdId);
    const blocks = this.changeBlocks(hold);
    if (!hold || blocks.length > 0) return { done: false, blocks };
    if (to.pickup !== undefined) hold.pickup = to.pickup;
    if (to.contact !== undefined) hold.contact = to.contact;
    return { done: true, hold };
  }

  // ---- circulation ---------------------------------------------------------------------------------------

  /** The patron collects a ready hold at the counter. */
  collect(card: string, holdId: string): Loan | null {
    const hold = this.holds.find((h) => h.id === holdId && h.card === card && h.state === 'ready');
    const copy = hold && this.copies.find((c) => c.id === hold.copyId);
    if (!hold || !copy) return null;
    hold.state = 'collected';
    return this.lend(card, copy, { pickup: hold.pickup });
  }

  lend(card: string, copy: Copy, fields: Partial<Pick<Loan, 'lentOn' | 'due' | 'renewals' | 'pickup' | 'fromOtherLibrary'>>): Loan {
    const lentOn = fields.lentOn ?? this.today;
    const shortLoan = findRecord(copy.recordId)?.shortLoan ?? false;
    copy.status = 'loan';
    const loan: Loan = {
      id: this.nextId('L'),
      copyId: copy.id,
      recordId: copy.recordId,
      card,
      lentOn,
      due: fields.due ?? addDays(lentOn, shortLoan ? this.rules.shortLoanDays : this.rules.loanDays),
      renewals: fields.renewals ?? 0,
      pickup: fields.pickup ?? copy.location,
      fromOtherLibrary: fields.fromOtherLibrary ?? false,
      returnedOn: null,
    };
    this.loans.push(loan);
    return loan;
  }

  /**
   * A copy comes back, named by barcode or by title; for a title, copies lent to other patrons return first
   * (those are what tests wait for). Returns the copy, or null when nothing of that id is out.
   */
  returnCopy(itemId: string): Copy | null {
    const out = (c: Copy) => c.status === 'loan' || c.status === 'ill';
    const openLoan = (c: Copy) => this.loans.find((l) => l.copyId === c.id && l.returnedOn === null);
    const byBarcode = this.copies.find((c) => c.id === itemId && out(c));
    const candidates = this.copiesOf(itemId).filter(out);
    const copy = byBarcode ?? candidates.find((c) => !openLoan(c)) ?? candidates[0];
    if (!copy) return null;
    const loan = openLoan(copy);
    if (loan) loan.returnedOn = this.today;
    copy.status = 'shelf';
    this.allocate();
    return copy;
  }

  renewalBlocks(loan: Loan) {
    return this.rules.renewal ? renewalBlocks(this, this.rules.renewal, loan) : null;
  }

  /** Renews when no rule blocks it; returns the new due date or null. */
  renew(card: string, loanId: string): IsoDate | null {
    const loan = this.loansOf(card).find((l) => l.id === loanId);
    const rule = this.rules.renewal;
    if (!loan || !rule || renewalBlocks(this, rule, loan).length > 0) return null;
    loan.due = renewedDue(rule, loan, this.today, findRecord(loan.recordId)?.shortLoan ?? false);
    loan.renewals += 1;
    return loan.due;
  }

  // ---- the daily cycle -----------------------------------------------------------------------------------

  /** Overnight and morning work for a new day: expire uncollected holds, accept pending ones, hand out copies. */
  startDay(): void {
    for (const hold of this.holds) {
      if (hold.state === 'ready' && hold.deadline !== null && hold.deadline < this.today) {
        hold.state = 'expired';
        this.release(hold);
      }
    }
    if (this.isOpen()) {
      for (const hold of this.holds) {
        if (hold.state === 'pending' && hold.reservedOn < this.today) {
          hold.state = this.isObtainable(hold.recordId) ? 'waiting' : 'refused';
        }
      }
    }
    this.allocate();
  }

  private isObtainable(recordId: string): boolean {
    return this.copiesOf(recordId).some((c) => c.restriction === null && c.status !== 'missing');
  }

  private release(hold: Hold): void {
    const copy = this.copies.find((c) => c.id === hold.copyId);
    if (copy) copy.status = 'shelf';
  }

  /** An ordered hold waits until every hold before it in its group has been secured (or dropped). */
  private isEligible(hold: Hold): boolean {
    const order = hold.order;
    if (!order) return true;
    return !this.holds.some(
      (h) => h.order?.group === order.group && h.order.priority < order.priority && (h.state === 'pending' || h.state === 'waiting'),
    );
  }

  /** Staff pull copies only on opening days; repeat until stable because securing one volume frees the next. */
  allocate(): void {
    if (!this.isOpen()) return;
    let changed = true;
    while (changed) {
      changed = false;
      for (const hold of [...this.holds].sort((a, b) => a.seq - b.seq)) {
        if (hold.state !== 'waiting' || !this.isEligible(hold)) continue;
        const copy = this.copies.find((c) => c.recordId === hold.recordId && c.status === 'shelf' && c.restriction === null);
        if (!copy) continue;
        this.secure(hold, copy);
        changed = true;
      }
    }
  }

  private secure(hold: Hold, copy: Copy): void {
    if (hold.source === 'counter') {
      // Patrons the sim does not model pick up at once, so their copy is simply out on loan again.
      hold.state = 'collected';
      copy.status = 'loan';
      return;
    }
    copy.status = 'held';
    hold.state = 'ready';
    hold.copyId = copy.id;
    hold.readyOn = this.today;
    hold.notifiedOn = openOnOrAfter(this.rules.closed, this.today);
    hold.deadline = holdDeadline(this.rules, hold.notifiedOn);
  }

  /** Puts a copy aside for a hold at once, for seeding a patron who already has a ready hold. */
  secureNow(hold: Hold, readyOn: IsoDate): boolean {
    const copy =
      this.copies.find((c) => c.recordId === hold.recordId && c.status === 'shelf' && c.restriction === null) ??
      this.copies.find((c) => c.recordId === hold.recordId && c.restriction === null && c.status !== 'held');
    if (!copy) return false;
    this.secure(hold, copy);
    hold.readyOn = readyOn;
    hold.notifiedOn = openOnOrAfter(this.rules.closed, readyOn);
    hold.deadline = holdDeadline(this.rules, hold.notifiedOn);
    return true;
  }
}

