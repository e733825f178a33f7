import { describe, expect, it } from 'vitest';
import type { Hold, Loan, SeriesPlan } from '../model';
import { recordTitleKey } from '../model/record-keys';
import { groupSeries } from './group';
import { compareKeys, seriesPosition } from './order';
import { activeHoldCount, freeSlots, pendingCount, reserveNowCount } from './plan';
import { moveVolume, nextStep, syncPlan, syncVolume } from './queue';
import { holdingOf } from './records';

// library-data.md §4.4, as the simulated catalogue lists them (title and volume, publisher with its format).
const item = (bibId: string, title: string, publisher: string) => ({ bibId, title, publisher });
const SHINCHO = '新潮社';
const BUNKO = '新潮社 (新潮文庫)';
const LIST = [
  item('111', '1Q84 BOOK1〈4月-6月〉前編', BUNKO),
  item('103', '1Q84 BOOK3〈10月-12月〉', SHINCHO),
  item('116', '1Q84 BOOK3〈10月-12月〉後編', BUNKO),
  item('101', '1Q84 BOOK1〈4月-6月〉', SHINCHO),
  item('113', '1Q84 BOOK2〈7月-9月〉前編', BUNKO),
  item('112', '1Q84 BOOK1〈4月-6月〉後編', BUNKO),
  item('102', '1Q84 BOOK2〈7月-9月〉', SHINCHO),
  item('115', '1Q84 BOOK3〈10月-12月〉前編', BUNKO),
  item('114', '1Q84 BOOK2〈7月-9月〉後編', BUNKO),
];
const ids = (g: { members: Array<{ bibId: string | null }> }) => g.members.map((m) => m.bibId);

describe('series grouping and order', () => {
  it('keeps 1Q84 単行本 (BOOK 1–3) and the six-volume 新潮文庫 split apart, each in reading order', () => {
    const groups = groupSeries(LIST);
    expect(groups.map((g) => [g.work, g.publisher])).toEqual([['1Q84', BUNKO], ['1Q84', SHINCHO]]);
    expect(ids(groups[0]!)).toEqual(['111', '112', '113', '114', '115', '116']);
    expect(ids(groups[1]!)).toEqual(['101', '102', '103']);
  });

  it('orders 三体 before 三体Ⅱ 上/下 and 三体Ⅲ 上/下 (part first, then 上下)', () => {
    const hayakawa = '早川書房';
    const groups = groupSeries([
      item('205', '三体Ⅲ 死神永生 下', hayakawa), item('203', '三体Ⅱ 黒暗森林 下', hayakawa), item('201', '三体', hayakawa),
      item('204', '三体Ⅲ 死神永生 上', hayakawa), item('202', '三体Ⅱ 黒暗森林 上', hayakawa),
    ]);
    expect(groups).toHaveLength(1);
    expect(ids(groups[0]!)).toEqual(['201', '202', '203', '204', '205']);
  });

  it('puts ノルウェイの森 上 before 下, the 単行本 and the 講談社文庫 新装版 in separate groups', () => {
    const groups = groupSeries([
      item('124', 'ノルウェイの森 下', '講談社 (講談社文庫)'), item('122', 'ノルウェイの森 下', '講談社'),
      item('121', 'ノルウェイの森 上', '講談社'), item('123', 'ノルウェイの森 上', '講談社 (講談社文庫)'),
    ]);
    expect(groups.map(ids)).toEqual([['123', '124'], ['121', '122']]);
  });

  it('orders 鬼滅の刃 1–4 by number, not by text (10 after 4)', () => {
    const shueisha = '集英社 (ジャンプ・コミックス)';
    const groups = groupSeries([10, 3, 1, 4, 2].map((n) => item(String(n), `鬼滅の刃 ${n}`, shueisha)));
    expect(ids(groups[0]!)).toEqual(['1', '2', '3', '4', '10']);
  });

  it('orders ハリー・ポッター, which carries no numbers, by the known list (炎のゴブレット 上 before 下)', () => {
    const seizan = '静山社';
    const groups = groupSeries([
      item('405', 'ハリー・ポッターと炎のゴブレット 下', seizan), item('403', 'ハリー・ポッターとアズカバンの囚人', seizan),
      item('401', 'ハリー・ポッターと賢者の石', seizan), item('404', 'ハリー・ポッターと炎のゴブレット 上', seizan),
      item('402', 'ハリー・ポッターと秘密の部屋', seizan),
    ]);
    expect(groups.map((g) => g.work)).toEqual(['ハリー・ポッター']);
    expect(ids(groups[0]!)).toEqual(['401', '402', '403', '404', '405']);
    expect(seriesPosition('ハリー・ポッターと炎のゴブレット 下').key).toEqual([4, 3]);
  });

  it('leaves single titles and titles that merely contain numerals out', () => {
    expect(groupSeries([item('1', '1Q84 BOOK1〈4月-6月〉', SHINCHO), item('2', '上を向いて歩こう', 'x'), item('3', '1984', 'y')])).toEqual([]);
    expect(compareKeys([], [1])).toBeLessThan(0);
    expect(compareKeys([1, 3], [2, 1])).toBeLessThan(0);
  });
});

const T0 = Date.parse('2026-11-23T10:00:00+09:00');
const vol = (bibId: string, title: string, volume: string, status: SeriesPlan['volumes'][number]['status'] = 'queued') =>
  ({ title, volume, bibId, status, detailUrl: null });
function plan(statuses: Array<SeriesPlan['volumes'][number]['status']>, extra: Partial<SeriesPlan> = {}): SeriesPlan {
  const volumes = [vol('101', '1Q84 BOOK1〈4月-6月〉', 'BOOK1'), vol('102', '1Q84 BOOK2〈7月-9月〉', 'BOOK2'), vol('103', '1Q84 BOOK3〈10月-12月〉', 'BOOK3')]
    .map((v, i) => ({ ...v, status: statuses[i]! }));
  return { id: 'p', libraryId: 'mito-city', cardId: 'c', work: '1Q84', volumes, advanceOn: 'borrowed', paused: false, createdAt: T0, ...extra };
}
function hold(title: string, volume: string, extra: Partial<Hold> = {}): Hold {
  return {
    title, volume, state: 'waiting', stateLabel: '予約中', rank: 1, pickupLocation: null, reservedOn: null, pickupDeadline: null, readyOn: null,
    bibId: null, holdId: null, canCancel: null, libraryNote: null, key: `c|${title}`, cardId: 'c', libraryId: 'mito-city', titleKey: recordTitleKey({ title, volume }),
    firstSeenAt: T0, updatedAt: T0, firstSeenReadyOn: null, goneAt: null, outcome: null, ...extra,
  };
}
function loan(title: string, volume: string): Loan {
  return {
    title, volume, dueDate: '2026-12-08', renewable: true, renewBlockedReason: null, loanedOn: null, bibId: null, loanId: null, renewCount: 0,
    reservedByOthers: null, key: `c|${title}|loan`, cardId: 'c', libraryId: 'mito-city', titleKey: recordTitleKey({ title, volume }), firstSeenAt: T0, updatedAt: T0,
  };
}
const B1 = ['1Q84 BOOK1〈4月-6月〉', 'BOOK1'] as const;
const none = { holds: [], loans: [], cart: [] };

describe('series plans under the library limit', () => {
  it('counts what the patron already has reserved, and volumes on their way through the cart', () => {
    const limit = { total: 10, av: null, message: null };
    const holds = [...Array.from({ length: 8 }, (_, i) => hold(`本${i}`, '')), hold('古い', '', { goneAt: T0, outcome: 'picked_up' }), hold('他', '', { cardId: 'other' })];
    expect(activeHoldCount(holds, 'c')).toBe(8);
    expect(freeSlots(limit, 8)).toBe(2);
    const here = { libraryId: 'mito-city', cardId: 'c' };
    expect(freeSlots(limit, 8, pendingCount([plan(['in_cart', 'queued', 'queued'])], here))).toBe(1);
    // Another card's plan, or another library's, takes no slot of this card; a plan of no known card may.
    const elsewhere = [plan(['in_cart', 'in_cart', 'queued'], { cardId: 'other' }), plan(['in_cart', 'queued', 'queued'], { libraryId: 'hokkaido-pref' })];
    expect(pendingCount(elsewhere, here)).toBe(0);
    expect(pendingCount([plan(['in_cart', 'queued', 'queued'], { cardId: null })], here)).toBe(1);
    expect(freeSlots(limit, 12)).toBe(0);
    expect(freeSlots(null, 99)).toBe(Number.POSITIVE_INFINITY);
    // 北海道立 (ordered reservation): as many as fit; 水戸 (none): the first only.
    expect(reserveNowCount(3, 2, true)).toBe(2);
    expect(reserveNowCount(3, Infinity, true)).toBe(3);
    expect(reserveNowCount(3, 5, false)).toBe(1);
    expect(reserveNowCount(3, 0, false)).toBe(0);
  });

  it('defaults to the volumes the patron has not read, borrowed or reserved', () => {
    const known = { holds: [hold(...B1, { goneAt: T0, outcome: 'picked_up' }), hold('1Q84 BOOK2〈7月-9月〉', 'BOOK2')], loans: [loan('1Q84 BOOK3〈10月-12月〉', 'BOOK3')], cart: [] };
    expect(plan(['queued', 'queued', 'queued']).volumes.map((v) => holdingOf(v, known))).toEqual(['read', 'reserved', 'borrowed']);
    expect(holdingOf(plan(['queued']).volumes[0]!, none)).toBeNull();
  });
});

describe('queue decisions', () => {
  const free = 5;
  it('waits for the previous volume to be borrowed (or ready, as the patron chose), then offers the next', () => {
    expect(nextStep(plan(['reserved', 'queued', 'queued']), { ordered: false, free })).toEqual({ kind: 'wait_previous', index: 1, previous: 0, on: 'borrowed' });
    expect(nextStep(plan(['ready', 'queued', 'queued']), { ordered: false, free }).kind).toBe('wait_previous');
    expect(nextStep(plan(['ready', 'queued', 'queued'], { advanceOn: 'ready' }), { ordered: false, free })).toEqual({ kind: 'reserve', index: 1 });
    expect(nextStep(plan(['borrowed', 'queued', 'queued']), { ordered: false, free })).toEqual({ kind: 'reserve', index: 1 });
    expect(nextStep(plan(['done', 'reserved', 'queued']), { ordered: false, free })).toEqual({ kind: 'wait_previous', index: 2, previous: 1, on: 'borrowed' });
    expect(nextStep(plan(['done', 'skipped', 'queued']), { ordered: false, free })).toEqual({ kind: 'reserve', index: 2 });
  });

  it('waits for a free slot when the library limit is reached', () => {
    expect(nextStep(plan(['borrowed', 'queued', 'queued']), { ordered: false, free: 0 })).toEqual({ kind: 'wait_slot', index: 1 });
    expect(nextStep(plan(['queued', 'queued', 'queued']), { ordered: false, free: 0 })).toEqual({ kind: 'wait_slot', index: 0 });
    // With ordered reservation the queued volumes are those the limit left out: only a slot frees them.
    expect(nextStep(plan(['reserved', 'reserved', 'queued']), { ordered: true, free: 0 })).toEqual({ kind: 'wait_slot', index: 2 });
    expect(nextStep(plan(['reserved', 'reserved', 'queued']), { ordered: true, free: 1 })).toEqual({ kind: 'reserve', index: 2 });
  });

  it('is paused, waits for a volume still in the cart, or is done', () => {
    expect(nextStep(plan(['borrowed', 'queued', 'queued'], { paused: true }), { ordered: false, free })).toEqual({ kind: 'paused', index: 1 });
    expect(nextStep(plan(['in_cart', 'queued', 'queued']), { ordered: true, free })).toEqual({ kind: 'finish_reserving', index: 0 });
    expect(nextStep(plan(['done', 'borrowed', 'reserved']), { ordered: false, free })).toEqual({ kind: 'done' });
  });

  it('follows the mirror: reserved, ready, borrowed, returned; expiry queues again, cancellation skips', () => {
    const p = plan(['in_cart', 'queued', 'queued']);
    const v = p.volumes[0]!;
    expect(syncVolume(v, { ...none, holds: [hold(...B1)] }, T0)).toBe('reserved');
    expect(syncVolume(v, { ...none, holds: [hold(...B1, { state: 'ready' })] }, T0)).toBe('ready');
    expect(syncVolume(v, { ...none, loans: [loan(...B1)] }, T0)).toBe('borrowed');
    expect(syncVolume({ ...v, status: 'borrowed' }, none, T0)).toBe('done');
    expect(syncVolume({ ...v, status: 'ready' }, { ...none, holds: [hold(...B1, { goneAt: T0 + 1, outcome: 'expired' })] }, T0)).toBe('queued');
    expect(syncVolume({ ...v, status: 'reserved' }, { ...none, holds: [hold(...B1, { goneAt: T0 + 1, outcome: 'cancelled' })] }, T0)).toBe('skipped');
    expect(syncVolume({ ...v, status: 'reserved' }, { ...none, holds: [hold(...B1, { goneAt: T0 + 1, outcome: 'picked_up' })] }, T0)).toBe('done');
    // A hold that ended before the plan began says nothing about it.
    expect(syncVolume(v, { ...none, holds: [hold(...B1, { goneAt: T0 - 1, outcome: 'picked_up' })] }, T0)).toBe('in_cart');
    expect(syncPlan(p, { ...none, loans: [loan(...B1)] }).volumes.map((x) => x.status)).toEqual(['borrowed', 'queued', 'queued']);
  });

  it('reorders volumes as the patron asks', () => {
    const moved = moveVolume(plan(['queued', 'queued', 'queued']), 2, 0);
    expect(moved.volumes.map((v) => v.bibId)).toEqual(['103', '101', '102']);
    expect(moveVolume(moved, 0, 5)).toBe(moved);
  });
});
