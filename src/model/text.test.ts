import { describe, expect, it } from 'vitest';
import { displayTitle, normalizeText, titleKey } from './text';

describe('normalizeText', () => {
  it('folds width and collapses every kind of whitespace', () => {
    expect(normalizeText('\u3000ＢＯＯＫ１　第１２巻（上）\n\t ｶﾀｶﾅ ')).toBe('BOOK1 第12巻(上) カタカナ');
    expect(normalizeText('a\u00a0\u00a0b')).toBe('a b');
  });
  it('unifies dash and wave variants but keeps the long vowel mark', () => {
    expect(normalizeText('4月〜6月 ― ‐ ー')).toBe('4月~6月 - - ー');
  });
});

describe('titleKey', () => {
  it('is the same for titles that differ only in whitespace, width or case', () => {
    expect(titleKey('ノルウェイの森　上')).toBe(titleKey('ノルウェイの森 上'));
    expect(titleKey('１Ｑ８４ ＢＯＯＫ １')).toBe(titleKey('1q84 book1'));
    expect(titleKey('ﾊﾘｰ･ﾎﾟｯﾀｰ')).toBe(titleKey('ハリー・ポッター'));
  });
  it('keeps different titles apart', () => {
    expect(titleKey('ノルウェイの森 上')).not.toBe(titleKey('ノルウェイの森 下'));
  });
});

describe('displayTitle', () => {
  it('adds a split-off volume once, and never takes a digit inside a word for the volume', () => {
    expect(displayTitle({ title: '1Q84', volume: 'BOOK1' })).toBe('1Q84 BOOK1');
    expect(displayTitle({ title: '1Q84', volume: '1' })).toBe('1Q84 1');
    expect(displayTitle({ title: 'ゴルゴ13', volume: '1' })).toBe('ゴルゴ13 1');
    expect(displayTitle({ title: 'ゴルゴ13', volume: '3' })).toBe('ゴルゴ13 3');
    expect(displayTitle({ title: '鬼滅の刃 1', volume: '1' })).toBe('鬼滅の刃 1');
    expect(displayTitle({ title: '三体II 黒暗森林 上', volume: 'Ⅱ 上' })).toBe('三体II 黒暗森林 上');
    expect(displayTitle({ title: '三体II 黒暗森林', volume: '上' })).toBe('三体II 黒暗森林 上');
    expect(displayTitle({ title: 'ドラゴンボール 巻1 孫悟空と仲間たち', volume: '巻1' })).toBe('ドラゴンボール 巻1 孫悟空と仲間たち');
  });

  it('adds a volume the reader split off, and never repeats one the title carries', () => {
    expect(displayTitle({ title: '1Q84', volume: 'BOOK1〈4月-6月〉' })).toBe('1Q84 BOOK1〈4月-6月〉');
    expect(displayTitle({ title: '1Q84 BOOK1〈4月-6月〉', volume: 'BOOK1' })).toBe('1Q84 BOOK1〈4月-6月〉');
    expect(displayTitle({ title: '三体II 黒暗森林 上', volume: 'Ⅱ 上' })).toBe('三体II 黒暗森林 上');
    expect(displayTitle({ title: 'ノルウェイの森', volume: null })).toBe('ノルウェイの森');
  });
});
