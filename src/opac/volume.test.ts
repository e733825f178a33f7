import { describe, expect, it } from 'vitest';
import { legacySplitVolume } from './cut-titles';
import { extractVolume } from './volume';

type Row = [title: string, work: string, volume: string | null, key: number[] | null];

function check(rows: Row[]) {
  it.each(rows)('%s', (title, work, volume, key) => {
    expect(extractVolume(title)).toEqual({ work, volume, key });
  });
}

describe('extractVolume: library-data.md §4.4 works', () => {
  describe('1Q84: three BOOKs, and the 文庫 split into 前編/後編', () => {
    check([
      ['1Q84 BOOK 1〈4月-6月〉', '1Q84', 'BOOK 1', [1]],
      ['1Q84 BOOK 2〈7月-9月〉', '1Q84', 'BOOK 2', [2]],
      ['1Q84 BOOK 3〈10月-12月〉', '1Q84', 'BOOK 3', [3]],
      ['１Ｑ８４　ＢＯＯＫ１〈４月－６月〉前編', '1Q84', 'BOOK1 前編', [1, 1]],
      ['1Q84 BOOK1〈4月-6月〉後編', '1Q84', 'BOOK1 後編', [1, 3]],
      ['1Q84 BOOK2〈7月-9月〉前編', '1Q84', 'BOOK2 前編', [2, 1]],
      ['1Q84 BOOK2〈7月-9月〉後編', '1Q84', 'BOOK2 後編', [2, 3]],
      ['1Q84 BOOK3〈10月-12月〉前編', '1Q84', 'BOOK3 前編', [3, 1]],
      ['1Q84 BOOK3〈10月-12月〉後編', '1Q84', 'BOOK3 後編', [3, 3]],
      ['1Q84', '1Q84', null, null],
    ]);
  });

  describe('三体 and 三体Ⅱ 上下 (part first, then 上/下)', () => {
    check([
      ['三体', '三体', null, null],
      ['三体Ⅱ 黒暗森林 上', '三体', 'Ⅱ 上', [2, 1]],
      ['三体Ⅱ 黒暗森林 下', '三体', 'Ⅱ 下', [2, 3]],
      ['三体Ⅱ　黒暗森林（上）', '三体', 'Ⅱ 上', [2, 1]],
      ['三体Ⅲ 死神永生 下', '三体', 'Ⅲ 下', [3, 3]],
      ['三体II 黒暗森林 上', '三体', 'II 上', [2, 1]],
      ['三体Ⅱ上', '三体', 'Ⅱ 上', [2, 1]],
    ]);
  });

  describe('上下巻 and numbered volumes', () => {
    check([
      ['ノルウェイの森 上', 'ノルウェイの森', '上', [1]],
      ['ノルウェイの森 下', 'ノルウェイの森', '下', [3]],
      ['ノルウェイの森（上）', 'ノルウェイの森', '上', [1]],
      ['ノルウェイの森 上巻', 'ノルウェイの森', '上巻', [1]],
      ['海辺のカフカ 下 (新潮文庫)', '海辺のカフカ', '下', [3]],
      ['鬼滅の刃 1', '鬼滅の刃', '1', [1]],
      ['鬼滅の刃 2', '鬼滅の刃', '2', [2]],
      ['鬼滅の刃　３', '鬼滅の刃', '3', [3]],
      ['鬼滅の刃 4 (ジャンプコミックス)', '鬼滅の刃', '4', [4]],
      ['鬼滅の刃 1巻', '鬼滅の刃', '1巻', [1]],
      ['ねじまき鳥クロニクル 第1部 泥棒かささぎ編', 'ねじまき鳥クロニクル', '第1部', [1]],
      ['ねじまき鳥クロニクル 第３部 鳥刺し男編', 'ねじまき鳥クロニクル', '第3部', [3]],
      ['ドラゴンボール 巻１ 孫悟空と仲間たち', 'ドラゴンボール', '巻1', [1]],
      ['レッツゴー!まいぜんシスターズ [1]', 'レッツゴー!まいぜんシスターズ', '[1]', [1]],
      ['ワンピース (12)', 'ワンピース', '(12)', [12]],
      ['十二国記 第十二巻', '十二国記', '第十二巻', [12]],
      ['ある叢書 vol.3', 'ある叢書', 'vol.3', [3]],
      ['ある叢書 Vol 11', 'ある叢書', 'Vol 11', [11]],
    ]);
  });

  describe('no number at all', () => {
    check([
      ['ハリー・ポッターと賢者の石', 'ハリー・ポッターと賢者の石', null, null],
      ['ハリー・ポッターと秘密の部屋', 'ハリー・ポッターと秘密の部屋', null, null],
      ['ハリー・ポッターとアズカバンの囚人', 'ハリー・ポッターとアズカバンの囚人', null, null],
    ]);
  });
});

describe('extractVolume: titles that only contain volume-like characters', () => {
  check([
    ['上を向いて歩こう', '上を向いて歩こう', null, null],
    ['下町ロケット', '下町ロケット', null, null],
    ['坂の上の雲', '坂の上の雲', null, null],
    ['中学生の数学', '中学生の数学', null, null],
    ['後編集の技法', '後編集の技法', null, null],
    ['1984', '1984', null, null],
    ['ジョージ・オーウェル 1984', 'ジョージ・オーウェル 1984', null, null],
    ['Windows 10 入門', 'Windows 10 入門', null, null],
    ['2001年宇宙の旅', '2001年宇宙の旅', null, null],
    ['統計学入門 第2版', '統計学入門 第2版', null, null],
    ['FINAL FANTASY XII 公式ガイド', 'FINAL FANTASY XII 公式ガイド', null, null],
    ['上', '上', null, null],
    ['', '', null, null],
  ]);
});

describe('legacySplitVolume: how family titles were cut before (mirror v1 keys)', () => {
  it.each<[string, string, string | null]>([
    ['三体Ⅱ 黒暗森林 上', '三体Ⅱ 黒暗森林', '上'],
    ['三体Ⅱ 黒暗森林 下', '三体Ⅱ 黒暗森林', '下'],
    ['三体Ⅱ　黒暗森林（上）', '三体Ⅱ 黒暗森林', '上'],
    ['ある物語 第1部 はじまりの章 前編', 'ある物語 第1部 はじまりの章', '前編'],
    ['ハリー・ポッターと賢者の石 2巻', 'ハリー・ポッターと賢者の石', '2巻'],
    ['ノルウェイの森（上）', 'ノルウェイの森', '上'],
    ['1Q84 BOOK1〈4月-6月〉前編', '1Q84', 'BOOK1 前編'],
    ['三体 第2部 黒暗森林', '三体', '第2部'],
    ['下町ロケット', '下町ロケット', null],
    ['1Q84', '1Q84', null],
  ])('%s → %s + %s', (shown, title, volume) => {
    expect(legacySplitVolume(shown)).toEqual({ title, volume });
  });

  it('two halves of a work stay two records', () => {
    expect(legacySplitVolume('三体Ⅱ 黒暗森林 上')).not.toEqual(legacySplitVolume('三体Ⅱ 黒暗森林 下'));
  });
});
