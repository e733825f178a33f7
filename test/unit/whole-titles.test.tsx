import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noticeFor } from '../../src/background/reminders';
import { markerFor } from '../../src/features/markers';
import { libraryById } from '../../src/libraries';
import { reconcile } from '../../src/mirror/reconcile';
import type { Hold } from '../../src/model';
import { keyRecords, recordTitleKey } from '../../src/model/record-keys';
import { displayTitle } from '../../src/model/text';
import { cutTitled } from '../../src/opac/cut-titles';
import { titleAndVolume } from '../../src/opac/families/shared/records';
import { groupSeries } from '../../src/series/group';
import { HoldRow } from '../../src/ui/popup/rows';
import { useLocale } from '../helpers/i18n';
import { freshDb, hold, snap } from '../helpers/mirror';

/**
 * Issue #14: titles never lose text, and two records that differ only in 上/中/下, 前編/後編 or a volume number stay
 * distinct everywhere. Each pair as a vendor family reads it from a list (titleAndVolume), side by side.
 */
const PAIRS = [
  ['三体 第2部 黒暗森林', '三体 第2部 黒暗森林 下'],
  ['ノルウェイの森 上', 'ノルウェイの森 下'],
  ['宇宙兄弟 前編', '宇宙兄弟 後編'],
  ['よつばと! 1', 'よつばと! 2'],
] as const;
const SHOWN = PAIRS.flat();
const read = SHOWN.map((shown) => ({ ...titleAndVolume(shown), bibId: null }));

const root = document.createElement('div');
document.body.append(root);
beforeEach(() => useLocale('ja'));
afterEach(() => render(null, root));

async function mirrored(): Promise<Hold[]> {
  const db = freshDb();
  await reconcile(db, snap('holds', Date.UTC(2026, 10, 23), { holds: read.map((r) => hold(r.title, { volume: r.volume, state: 'ready', stateLabel: '貸出可能', rank: null, pickupDeadline: '2026-11-30' })) }));
  const rows = await db.holds.toArray();
  return SHOWN.map((shown) => rows.find((h) => h.title === shown)!);
}

describe('titles that differ only in their volume stay distinct everywhere', () => {
  it('the whole title is kept, the designator recognised as the volume', () => {
    expect(read.map((r) => [r.title, r.volume])).toEqual([
      ['三体 第2部 黒暗森林', '第2部'], ['三体 第2部 黒暗森林 下', '第2部 下'],
      ['ノルウェイの森 上', '上'], ['ノルウェイの森 下', '下'],
      ['宇宙兄弟 前編', '前編'], ['宇宙兄弟 後編', '後編'],
      ['よつばと! 1', '1'], ['よつばと! 2', '2'],
    ]);
  });

  it('in keys: each its own, none numbered as a second copy; their keys of before (cut titles) were apart too', () => {
    const keyed = keyRecords('card', read);
    expect(new Set(keyed.map((k) => k.titleKey)).size).toBe(SHOWN.length);
    expect(keyed.every((k) => k.key.endsWith('|0'))).toBe(true);
    expect(new Set(read.map((r) => recordTitleKey(cutTitled(r)))).size).toBe(SHOWN.length);
  });

  it('in the mirror, in badges and markers: each shown by its whole title, none taken for the other', async () => {
    const holds = await mirrored();
    expect(holds.map(displayTitle)).toEqual(SHOWN);
    for (const [i, r] of read.entries()) {
      const other = holds[i % 2 === 0 ? i + 1 : i - 1]!;
      expect(markerFor(r, { holds: [other], loans: [], cart: [] }), SHOWN[i]).toBeNull();
      expect(markerFor(r, { holds: [holds[i]!], loans: [], cart: [] }), SHOWN[i]).not.toBeNull();
    }
  });

  it('in the popup\'s list', async () => {
    const holds = await mirrored();
    render(<ul>{holds.map((h) => <HoldRow key={h.key} hold={h} today="2026-11-23" />)}</ul>, root);
    expect(Array.from(root.querySelectorAll('.title'), (el) => el.textContent)).toEqual(SHOWN);
  });

  it('in notification texts', async () => {
    const holds = await mirrored();
    const text = (key: string, ...subs: Array<string | number>) => (key === 'langCode' ? 'ja' : [key, ...subs].join(':'));
    const messages = holds.map((h) => noticeFor(
      { id: `${h.key}|hold_ready|2026-11-23`, recordKey: h.key, kind: 'hold_ready', fireAt: 0, firedAt: null, snoozedUntil: null },
      { holds, loans: [], libraries: [libraryById('hokkaido-pref')!] }, '2026-11-23', text,
    )!.message.split('\n')[0]);
    expect(messages).toEqual(SHOWN);
  });

  it('in series grouping: one group per work, both volumes in reading order', () => {
    const groups = groupSeries([...read].reverse());
    expect(groups.map((g) => [g.work, g.members.map(displayTitle)])).toEqual([
      ['よつばと!', ['よつばと! 1', 'よつばと! 2']],
      ['宇宙兄弟', ['宇宙兄弟 前編', '宇宙兄弟 後編']],
      ['ノルウェイの森', ['ノルウェイの森 上', 'ノルウェイの森 下']],
      ['三体', ['三体 第2部 黒暗森林', '三体 第2部 黒暗森林 下']],
    ]);
  });
});
