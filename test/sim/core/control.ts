import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { fullTitle, findRecord } from './catalogue';
import { instantOf } from './clock';
import { seedPatron, PatronSeed } from './seeding';
import type { LibraryHost, SimWorld } from './world';

// The test-only API under /__sim/ on every origin. The clock and reset act on the whole world; everything else
// on the library behind this origin.

const FailBody = z.object({
  mode: z.enum(['500', 'timeout', 'maintenance', 'expire-session']),
  count: z.number().int().positive().default(1),
  path: z.string().startsWith('/').optional(),
});

type Handler = (world: SimWorld, library: LibraryHost, body: unknown) => unknown;

const ENDPOINTS: Record<string, Handler> = {
  'POST reset': (world, _library, body) => {
    const { at } = z.object({ at: z.string().optional() }).parse(body);
    world.reset(at === undefined ? undefined : instantOf(at));
    return { today: world.clock.today };
  },
  // The world's instant (epoch ms) and day: the e2e harness sets the extension's clock from it.
  'GET clock': (world) => ({ now: world.clock.now(), today: world.clock.today }),
  'POST clock': (world, _library, body) => {
    world.moveTo(instantOf(z.object({ at: z.string() }).parse(body).at));
    return { now: world.clock.now(), today: world.clock.today };
  },
  'POST seed-patron': (world, library, body) => {
    seedPatron(library.state, body as PatronSeed, library.pickupLocations[0]!);
    return snapshot(world, library);
  },
  'POST advance': (world, _library, body) => {
    world.advance(z.object({ days: z.number().int().nonnegative() }).parse(body).days);
    return { today: world.clock.today };
  },
  'POST return': (_world, library, body) => {
    const { itemId } = z.object({ itemId: z.string() }).parse(body);
    const copy = library.state.returnCopy(itemId);
    if (!copy) throw new ControlError(404, `nothing lent out under ${itemId}`);
    return { copy };
  },
  'POST collect': (_world, library, body) => {
    const { card, holdId } = z.object({ card: z.string(), holdId: z.string() }).parse(body);
    const loan = library.state.collect(card, holdId);
    if (!loan) throw new ControlError(404, `no ready hold ${holdId} for ${card}`);
    return { loan };
  },
  'POST fail': (_world, library, body) => {
    const { mode, count, path } = FailBody.parse(body);
    library.faults.add(mode, count, path ?? null);
    return { ok: true };
  },
  'POST latency': (_world, library, body) => {
    library.faults.latencyMs = z.object({ ms: z.number().int().nonnegative() }).parse(body).ms;
    return { ok: true };
  },
  'GET log': (_world, library) => ({ entries: library.log.entries }),
  'POST log/clear': (_world, library) => {
    library.log.clear();
    return { ok: true };
  },
  'GET state': (world, library) => snapshot(world, library),
};

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** What `GET /__sim/state` answers: the library's patrons with their carts, holds and loans. */
export type SimState = ReturnType<typeof snapshot>;

/** Patrons with their carts, holds and loans, in plain data for assertions. */
function snapshot(world: SimWorld, library: LibraryHost) {
  const { state } = library;
  const title = (recordId: string) => {
    const record = findRecord(recordId);
    return record ? fullTitle(record) : recordId;
  };
  return {
    library: library.id,
    today: world.clock.today,
    patrons: [...state.patrons.values()].map((patron) => ({
      card: patron.card,
      name: patron.name,
      cart: patron.cart.map((entry) => ({ ...entry, title: title(entry.recordId) })),
      // What the patron may do on the web, by the library's rules (empty = allowed), as `renewalBlocks` for loans.
      holds: state.holdsOf(patron.card).map((hold) => ({
        ...hold,
        title: title(hold.recordId),
        rank: state.rank(hold),
        cancelBlocks: state.cancelBlocks(hold),
        changeBlocks: state.changeBlocks(hold),
      })),
      loans: state.loansOf(patron.card).map((loan) => ({ ...loan, title: title(loan.recordId), renewalBlocks: state.renewalBlocks(loan) })),
    })),
    /** The library's pickup places (受取館 / 受取場所), the first being the default. */
    pickupLocations: library.pickupLocations,
  };
}

export function handleControl(world: SimWorld, library: LibraryHost, method: string, endpoint: string, body: Buffer, res: ServerResponse): void {
  const handler = ENDPOINTS[`${method} ${endpoint}`];
  let status = 200;
  let payload: unknown;
  try {
    if (!handler) throw new ControlError(404, `unknown control endpoint ${method} /__sim/${endpoint}`);
    payload = handler(world, library, body.length > 0 ? JSON.parse(body.toString('utf8')) : {});
  } catch (error) {
    status = error instanceof ControlError ? error.status : 400;
    payload = { error: error instanceof Error ? error.message : String(error) };
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(payload));
}
