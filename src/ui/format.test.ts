import { describe, expect, it } from 'vitest';
import { displayTitle } from '../model/text';

describe('displayTitle', () => {
  it('adds a volume the reader split off, and never repeats one the title carries', () => {
    expect(displayTitle({ title: '1Q84', volume: 'BOOK1〈4月-6月〉' })).toBe('1Q84 BOOK1〈4月-6月〉');
    expect(displayTitle({ title: '1Q84 BOOK1〈4月-6月〉', volume: 'BOOK1' })).toBe('1Q84 BOOK1〈4月-6月〉');
    expect(displayTitle({ title: '三体II 黒暗森林 上', volume: 'Ⅱ 上' })).toBe('三体II 黒暗森林 上');
    expect(displayTitle({ title: 'ノルウェイの森', volume: null })).toBe('ノルウェイの森');
  });
});
