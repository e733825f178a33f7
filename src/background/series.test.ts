import { beforeEach, describe, expect, it } from 'vitest';
import { libraryById } from '../libraries';
import type { MirrorDb } from '../mirror/db';
import { reconcile } from '../mirror/reconcile';
import { planStates, syncSeries } from '../mirror/series';
import { freshDb, hold, loan, snap } from '../../test/helpers/mirror';
import { backgroundHandlers } from './handlers';
import { reminderTarget, runReminders, type Notice, type ReminderEdges } from './reminders';
import { fakeEdges, fromExtension, fromLibrary } from '../../test/helpers/background-edges';

const jst = (s: string): number => Date.parse(`${s}+09:00`);
const text = (key: string, ...subs: Array<string | number>) => (key === 'langCode' ? 'ja' : [key, ...subs].join(':'));
const T0 = jst('2026-11-23T10:00');
const MITO = 'mito-city';
const B1 = { title: '1Q84 BOOK1〈4月-6月〉', volume: 'BOOK1' };
const B2 = { title: '1Q84 BOOK2〈7月-9月〉', volume: 'BOOK2' };
let db: MirrorDb;
let now = T0;
const shown: Notice[] = [];
const edges: ReminderEdges = { now: () => now, setAlarm: async () => {}, notify: async (n) => void shown.push(n), text };
const handlers = () => backgroundHandlers(db, fakeEdges(undefined, [], () => now));
const remind = async () => {
  await syncSeries(db);
  await runReminders(db, edges);
};
const seen = (page: 'holds' | 'loans', at: number, records: object) =>
  reconcile(db, snap(page, at, { libraryId: MITO, cardId: null, url: `https://www.library-mito.jp/toshokan/user/${page === 'holds' ? 'reserve' : 'lend'}`, ...records }));

beforeEach(async () => {
  db = freshDb();
  shown.length = 0;
  now = T0;
  await db.libraries.put(libraryById(MITO)!);
});

async function queue() {
  const { plan } = await handlers().createSeries({
    type: 'createSeries',
    plan: {
      libraryId: MITO, cardId: null, work: '1Q84', advanceOn: 'borrowed', paused: false,
      volumes: [{ ...B1, bibId: '1000101', status: 'queued', detailUrl: null }, { ...B2, bibId: '1000102', status: 'queued', detailUrl: null }],
    },
  }, fromExtension);
  await handlers().seriesProgress({ type: 'seriesProgress', id: plan.id, bibIds: ['1000101'], status: 'in_cart' }, fromExtension);
  return plan;
}

describe('series queue in the background', () => {
  it('vol. 1 reserved, then borrowed: one notice 次の巻を予約できます, which opens the holds page', async () => {
    const plan = await queue();
    await seen('holds', T0 + 1000, { holds: [hold(B1.title, { volume: B1.volume })] });
    await remind();
    expect((await planStates(db, MITO))[0]).toMatchObject({ step: { kind: 'wait_previous', index: 1, previous: 0 }, free: 14 });
    expect(shown).toEqual([]);

    now = T0 + 86_400_000;
    await seen('loans', now, { loans: [loan(B1.title, { volume: B1.volume })] });
    await remind();
    const [state] = await planStates(db, MITO);
    expect(state!.plan.volumes.map((v) => v.status)).toEqual(['borrowed', 'queued']);
    expect(state!.step).toEqual({ kind: 'reserve', index: 1 });
    expect(shown.map((n) => [n.title, n.message])).toEqual([['noticeSeriesNext', '1Q84 BOOK2〈7月-9月〉\n水戸市立図書館']]);
    await remind();
    expect(shown).toHaveLength(1);
    const id = (await db.reminders.toArray()).find((r) => r.kind === 'series_next')!.id;
    await db.settings.put({ key: 'pages', value: { [MITO]: { holds: 'https://www.library-mito.jp/toshokan/user/reserve', loans: null } } });
    expect(await reminderTarget(db, id)).toBe('https://www.library-mito.jp/toshokan/user/reserve');

    // Another library's page cannot move this plan on; its own library's page can.
    await expect(handlers().seriesProgress({ type: 'seriesProgress', id: plan.id, bibIds: ['1000102'], status: 'in_cart' }, fromLibrary('hokkaido-pref'))).rejects.toThrow(/unknown series plan/);
    expect((await planStates(db, MITO))[0]!.plan.volumes[1]!.status).toBe('queued');
    // Reserving the next volume takes the offer away; cancelling the plan removes it.
    await handlers().seriesProgress({ type: 'seriesProgress', id: plan.id, bibIds: ['1000102'], status: 'in_cart' }, fromLibrary(MITO));
    expect((await planStates(db, MITO))[0]!.step).toEqual({ kind: 'finish_reserving', index: 1 });
    await handlers().seriesAction({ type: 'seriesAction', id: plan.id, action: { op: 'cancel' } }, fromExtension);
    expect(await planStates(db, MITO)).toEqual([]);
  });

  it('says 次の巻を予約できます again — once — when the volume\'s reservation expired on the shelf and it is queued again', async () => {
    const plan = await queue();
    await seen('loans', T0 + 1000, { loans: [loan(B1.title, { volume: B1.volume })] });
    await remind();
    expect(shown.map((n) => n.title)).toEqual(['noticeSeriesNext']);

    // Vol. 2 reserved, ready until 11/26, never collected: on 11/28 it has left the holds page.
    await handlers().seriesProgress({ type: 'seriesProgress', id: plan.id, bibIds: ['1000102'], status: 'in_cart' }, fromExtension);
    now = jst('2026-11-24T10:00');
    await seen('holds', now, { holds: [hold(B2.title, { volume: B2.volume, state: 'ready', pickupDeadline: '2026-11-26' })] });
    await remind();
    expect((await planStates(db, MITO))[0]!.plan.volumes[1]!.status).toBe('ready');
    now = jst('2026-11-28T10:00');
    await seen('holds', now, { holds: [], today: '2026-11-28' });
    await remind();
    const [state] = await planStates(db, MITO);
    expect(state!.plan.volumes[1]!.status).toBe('queued');
    expect(state!.step).toEqual({ kind: 'reserve', index: 1 });
    const seriesNotices = () => shown.filter((n) => n.title === 'noticeSeriesNext').map((n) => n.message);
    expect(seriesNotices()).toEqual(['1Q84 BOOK2〈7月-9月〉\n水戸市立図書館', '1Q84 BOOK2〈7月-9月〉\n水戸市立図書館']);
    await remind();
    expect(seriesNotices()).toHaveLength(2);
  });

  it('waits for a slot at the limit (15 at 水戸), and offers the volume once one frees', async () => {
    await queue();
    const full = Array.from({ length: 15 }, (_, i) => hold(`本 ${i + 1}巻`, { volume: `${i + 1}巻` }));
    await seen('holds', T0 + 1000, { holds: [...full, hold(B1.title, { volume: B1.volume })] });
    await seen('loans', T0 + 2000, { loans: [loan(B1.title, { volume: B1.volume })] });
    await remind();
    expect((await planStates(db, MITO))[0]).toMatchObject({ step: { kind: 'wait_slot', index: 1 }, free: 0 });
    expect(shown).toEqual([]);

    await seen('holds', T0 + 3000, { holds: full.slice(1) });
    await remind();
    expect((await planStates(db, MITO))[0]!.step).toEqual({ kind: 'reserve', index: 1 });
    expect(shown.map((n) => n.title)).toEqual(['noticeSeriesNext']);
  });

  it('pauses, resumes and reorders from the popup', async () => {
    const plan = await queue();
    const act = (action: Parameters<ReturnType<typeof handlers>['seriesAction']>[0]['action']) => handlers().seriesAction({ type: 'seriesAction', id: plan.id, action }, fromExtension);
    await act({ op: 'pause' });
    expect((await planStates(db, MITO))[0]!.step).toEqual({ kind: 'paused', index: 1 });
    await act({ op: 'move', from: 1, to: 0 });
    expect((await planStates(db, MITO))[0]!.plan.volumes.map((v) => v.bibId)).toEqual(['1000102', '1000101']);
    // BOOK2 now comes first, before BOOK1 still in the cart: its turn has come.
    await act({ op: 'resume' });
    expect((await planStates(db, MITO))[0]!.step).toEqual({ kind: 'reserve', index: 0 });
    await expect(handlers().seriesAction({ type: 'seriesAction', id: 'nope', action: { op: 'pause' } }, fromExtension)).rejects.toThrow(/unknown series plan/);
  });
});
