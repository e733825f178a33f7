// @vitest-environment node
// Renewal, cancellation and change of the pickup place through the simulated libraries' own screens, with the
// requests the hidden frame would send: which buttons are pressed, what the library says, what the list shows after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/helpers/mirror';
import { loggedInSim, simCartDeps, simLibrary } from '../../../test/helpers/sim-session';
import { simState, type SimBrowser } from '../../../test/sim/browser';
import { DEMO_PAGES, DEMO_PATRONS } from '../../../test/sim/demo-world';
import { startSim } from '../../../test/sim/start-sim';
import { claimRecordAction, finishRecordAction } from '../../mirror/action-claims';
import type { MirrorDb } from '../../mirror/db';
import type { Library } from '../../model';
import type { ActionTarget, RecordAction } from '../../opac/actions';
import type { PageReading } from '../../opac/types';
import { runAction, type ActionDeps } from './run';

const TODAY = '2026-11-23';
// 栃木県立 is left out: the label-driven reader does not read its simulated lists yet (it takes the page's menu for
// one record), so Uketori offers no action there; its refusal without a session is checked below.
const IDS = ['hokkaido-pref', 'hokuto-city', 'tochigi-pref', 'mito-city', 'licsxp-demo', 'winj-demo'];
let sim: Awaited<ReturnType<typeof startSim>>;
beforeAll(async () => {
  sim = await startSim({ libraries: IDS, today: TODAY });
});
afterAll(() => sim.close());

interface Session {
  id: string;
  browser: SimBrowser;
  library: Library;
  deps: ActionDeps & { requests: string[]; lists: PageReading[] };
  db: MirrorDb;
}

async function session(id: string, db = freshDb(), override: object = {}): Promise<Session> {
  const { card, password, ...demo } = DEMO_PATRONS[id]!;
  const seed = { ...demo, ...override };
  const browser = await loggedInSim(sim.origins[id]!, id, card, password, seed);
  const library = simLibrary(sim.origins[id]!, id);
  const cart = simCartDeps(browser, library, TODAY, db);
  const lists: PageReading[] = [];
  const deps = {
    requests: cart.requests,
    lists,
    transport: cart.transport,
    fetchPage: cart.fetchPage,
    read: cart.read,
    claim: (key: string) => claimRecordAction(db, library.id, key, Date.now()),
    async finish(key: string, result: { kind: string }, list: PageReading | null) {
      if (list) lists.push(list);
      await finishRecordAction(db, library.id, key, result.kind === 'done', Date.now());
    },
  };
  return { id, browser, library, deps, db };
}

const target = (action: RecordAction, title: string, volume: string | null = null, pickup: string | null = null): ActionTarget => ({ action, title, volume, recordId: null, pickup });
const listUrl = (s: Session, action: RecordAction) => new URL(action === 'renew' ? DEMO_PAGES[s.id]!.loans : DEMO_PAGES[s.id]!.holds, sim.origins[s.id]).href;
const run = (s: Session, t: ActionTarget) => runAction(listUrl(s, t.action), t, s.library, s.deps);

async function patron(s: Session) {
  return (await simState(sim.origins[s.id]!)).patrons.find((p) => p.card === DEMO_PATRONS[s.id]!.card)!;
}

/** The titles of the simulated catalogue by record id (as each library's list shows them). */
async function titleOf(s: Session, action: RecordAction, index: number): Promise<{ title: string; volume: string | null }> {
  const page = await s.deps.fetchPage(listUrl(s, action));
  const reading = s.deps.read(new URL(page.url), page.doc);
  const record = (action === 'renew' ? reading.loans : reading.holds)[index]!;
  return { title: record.title, volume: record.volume ?? null };
}

/**
 * 北海道立's demo patron has an overdue loan, which blocks every renewal (FAQ ⑧): here the loans are in time. winj's
 * 延長 shows from the 10th day of a loan.
 */
const SEEDS: Record<string, object> = {
  'hokkaido-pref': { loans: [{ id: '1000601', lentOn: '2026-11-10' }, { id: '1000602', lentOn: '2026-11-12', reservedByOthers: true }] },
  'winj-demo': { loans: [{ id: '1000601', lentOn: '2026-11-10' }] },
};

describe('renews through the library’s own screens, and reads the new due date back', () => {
  it.each([
    ['hokkaido-pref', 0, '2026-12-07', ['POST /wo/usr/lend/renew', 'POST /wo/usr/lend/renew/confirm']],
    ['mito-city', 0, '2026-12-08', ['POST /toshokan/user/lend/extend']],
    ['licsxp-demo', 0, '2026-12-07', ['POST /licsxp-opac/WOpacUsrLendListExtendAction.do', 'POST /licsxp-opac/WOpacUsrLendListExtendAction.do']],
    ['winj-demo', 0, null, ['POST /winj/opac/lend-extension-confirm.do', 'POST /winj/opac/lend-extension-confirm.do']],
  ])('%s', async (id, index, due, requests) => {
    // 北海道立's demo patron has an overdue loan, which blocks every renewal (FAQ ⑧): here the loans are in time.
    const s = await session(id, freshDb(), SEEDS[id] ?? {});
    const { title, volume } = await titleOf(s, 'renew', index);
    const before = (await patron(s)).loans[index]!;
    const result = await run(s, target('renew', title, volume));
    expect(result).toMatchObject({ kind: 'done' });
    const after = (await patron(s)).loans[index]!;
    expect(after.renewals).toBe(before.renewals + 1);
    expect(result.kind === 'done' && result.dueDate).toBe(due ?? after.due);
    expect(s.deps.requests).toEqual(requests);
    expect(s.deps.lists).toHaveLength(1);
    // A second click: the mirror remembers it was done, and nothing is sent.
    expect(await run(s, target('renew', title, volume))).toEqual({ kind: 'already_done' });
    expect(s.deps.requests).toEqual(requests);
  });

  it('is refused with the library’s words when the loan is reserved by someone else', async () => {
    const s = await session('hokkaido-pref', freshDb(), { loans: [{ id: '1000601', lentOn: '2026-11-10' }, { id: '1000602', lentOn: '2026-11-12', reservedByOthers: true }] });
    const { title, volume } = await titleOf(s, 'renew', 1);
    expect(title).toBe('舟を編む');
    const result = await run(s, target('renew', title, volume));
    expect(result.kind).toBe('failed');
    expect(s.deps.requests).toEqual([]);
    expect(s.deps.lists).toEqual([]);
  });
});

describe('cancels a hold, and sees it gone from the list', () => {
  it.each([
    ['hokkaido-pref', 2, ['GET /wo/usr/rsv/edit', 'POST /wo/usr/rsv/edit', 'POST /wo/usr/rsv/edit/confirm']],
    ['hokuto-city', 0, ['POST /Libsearch/mylib/reserve']],
    ['mito-city', 0, ['POST /toshokan/user/reserve/cancel']],
    ['licsxp-demo', 2, ['POST /licsxp-opac/WOpacUsrRsvCancelAction.do']],
    ['winj-demo', 0, ['POST /winj/opac/reserve-cancel.do']],
  ])('%s', async (id, index, requests) => {
    const s = await session(id);
    const { title, volume } = await titleOf(s, 'cancel', index);
    const result = await run(s, target('cancel', title, volume));
    expect(result).toMatchObject({ kind: 'done' });
    expect((await patron(s)).holds[index]!.state).toBe('cancelled');
    expect(s.deps.requests).toEqual(requests);
    expect(s.deps.lists[0]!.holds.some((h) => h.title === title && h.volume === volume)).toBe(false);
    expect(await run(s, target('cancel', title, volume))).toEqual({ kind: 'already_done' });
  });

  it('presses nothing for a hold the library no longer lets the web cancel (貸出可能)', async () => {
    const s = await session('hokkaido-pref');
    const { title, volume } = await titleOf(s, 'cancel', 3);
    expect(await run(s, target('cancel', title, volume))).toMatchObject({ kind: 'failed' });
    expect(s.deps.requests).toEqual([]);
    expect((await patron(s)).holds[3]!.state).toBe('ready');
  });

  it('asks for a login when the session is gone, and sends nothing', async () => {
    const s = await session('tochigi-pref');
    s.browser.cookies.clear();
    const { title, volume } = { title: '三体', volume: null };
    expect(await run(s, target('cancel', title, volume))).toMatchObject({ kind: 'needs_login' });
    expect(s.deps.requests).toEqual([]);
  });
});

describe('changes the pickup place where the web can', () => {
  it.each([
    ['hokkaido-pref', 2, '江別市情報図書館'],
    ['licsxp-demo', 2, null],
  ])('%s', async (id, index, place) => {
    const s = await session(id);
    const { title, volume } = await titleOf(s, 'cancel', index);
    const state = await simState(sim.origins[id]!);
    const to = place ?? state.pickupLocations.find((p) => p !== state.patrons.find((x) => x.card === DEMO_PATRONS[id]!.card)!.holds[index]!.pickup)!;
    const result = await run(s, target('change_pickup', title, volume, to));
    expect(result).toMatchObject({ kind: 'done' });
    expect((await patron(s)).holds[index]!.pickup).toBe(to);
  });
});
