import { describe, expect, it } from 'vitest';
import { groupSeries } from './group';
import { keyRecords, recordTitleKey } from '../model/record-keys';

describe('records that differ only in their volume stay apart', () => {
  const halves = [
    { title: '三体II 黒暗森林', volume: '上', bibId: null },
    { title: '三体II 黒暗森林', volume: '下', bibId: null },
    { title: '1Q84', volume: 'BOOK1 前編', bibId: null },
    { title: '1Q84', volume: 'BOOK1 後編', bibId: null },
    { title: 'ゴルゴ13', volume: '1', bibId: null },
    { title: 'ゴルゴ13', volume: '3', bibId: null },
  ];

  it('in the mirror: every one has its own key, none numbered as a second copy', () => {
    const keys = keyRecords('card', halves);
    expect(new Set(keys.map((k) => k.titleKey)).size).toBe(halves.length);
    expect(keys.every((k) => k.key.endsWith('|0'))).toBe(true);
    expect(recordTitleKey(halves[0]!)).not.toBe(recordTitleKey(halves[1]!));
  });

  it('in series grouping: one group per work, each volume in reading order', () => {
    const groups = groupSeries(halves);
    expect(groups.map((g) => g.members.map((m) => `${m.title} ${m.volume}`))).toEqual([
      ['三体II 黒暗森林 上', '三体II 黒暗森林 下'],
      ['1Q84 BOOK1 前編', '1Q84 BOOK1 後編'],
      ['ゴルゴ13 1', 'ゴルゴ13 3'],
    ]);
  });
});
