import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HoldState } from '../model';
import { HAS_SHARED, SHARED_DIR } from '../../test/shared-dir';
import { fieldOfLabel, holdStateOf, readHoldStatus, renewBlockOf, renewBlocksOf } from './lexicon';

interface VocabularyRow {
  state: HoldState;
  words: { word: string; note: string }[];
}

/** The hold-status table of opac-vendors.md §8, parsed from the markdown: one row per normalised state. */
function vocabularyTable(markdown: string): VocabularyRow[] {
  const section = markdown.split('### Hold-status vocabulary')[1]!.split('\n\n')[0]!;
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Normalised'));
  const states: Record<string, HoldState> = {
    waiting: 'waiting', 'in transit': 'in_transit', 'ready for pickup': 'ready', 'cancelled / refused': 'cancelled',
  };
  return rows.map((row) => {
    const [, name, cell] = row.split('|').map((c) => c.trim());
    const words: { word: string; note: string }[] = [];
    // Entries are "word (note)" or "word / word (note)", separated by commas outside brackets.
    for (const entry of cell!.split(/,(?![^(]*\))/)) {
      const note = /\(([^)]*)\)/.exec(entry)?.[1] ?? '';
      for (const w of entry.replace(/\([^)]*\)/g, '').split(/[,/]/)) {
        if (w.trim()) words.push({ word: w.trim(), note });
      }
    }
    return { state: states[name!]!, words };
  });
}

describe.skipIf(!HAS_SHARED)('holdStateOf: every word of opac-vendors.md §8', () => {
  const rows = HAS_SHARED ? vocabularyTable(readFileSync(join(SHARED_DIR, 'reference/opac-vendors.md'), 'utf8')) : [];

  it('parses the table (four rows, every one with words)', () => {
    expect(rows.map((r) => r.state)).toEqual(['waiting', 'in_transit', 'ready', 'cancelled']);
    expect(rows.every((r) => r.words.length >= 5)).toBe(true);
  });

  for (const row of rows) {
    for (const { word, note } of row.words) {
      // §8 marks some waiting words "not yet accepted": the model's `pending` is exactly that refinement.
      const expected = row.state === 'waiting' && note.includes('not yet accepted') ? 'pending' : row.state;
      it(`${word} → ${expected}`, () => {
        expect(holdStateOf(word)).toBe(expected);
      });
    }
  }
});

describe('holdStateOf: the seed guides', () => {
  it.each<[string, HoldState]>([
    ['予約申請中', 'pending'], ['予約中', 'waiting'], ['予約拒否', 'cancelled'], ['お取置き', 'ready'], // 北杜
    ['確保待ち', 'waiting'], ['貸出可能', 'ready'], // 栃木, 北海道
    ['予約中です', 'waiting'], ['お取置き中', 'ready'], ['取消済み', 'cancelled'], ['申込中', 'pending'], ['予約申込', 'pending'],
  ])('%s → %s', (word, state) => {
    expect(holdStateOf(word)).toBe(state);
  });

  it('survives width and whitespace differences', () => {
    expect(holdStateOf(' 予約中　')).toBe('waiting');
    expect(holdStateOf('ご用意\nできました')).toBe('ready');
  });

  it('finds a known word inside surrounding text', () => {
    expect(holdStateOf('受取可（4/20まで）')).toBe('ready');
    expect(holdStateOf('利用可能 取置期限日:2023.02.16')).toBe('ready');
    expect(holdStateOf('返却待ち 順番：4')).toBe('waiting');
  });

  it('says unknown for unknown words and for text naming two states', () => {
    expect(holdStateOf('至急')).toBe('unknown');
    expect(holdStateOf('')).toBe('unknown');
    expect(holdStateOf('予約中 取消申込')).toBe('unknown');
  });
});

describe('readHoldStatus', () => {
  it('reads a bare number as a waiting rank (北海道 貸出可能 column)', () => {
    expect(readHoldStatus('3')).toEqual({ state: 'waiting', label: '3', rank: 3 });
    expect(readHoldStatus('１２')).toEqual({ state: 'waiting', label: '12', rank: 12 });
    expect(readHoldStatus('2位')).toEqual({ state: 'waiting', label: '2位', rank: 2 });
  });
  it('reads a word as a state, keeping the label', () => {
    expect(readHoldStatus(' 貸出可能 ')).toEqual({ state: 'ready', label: '貸出可能', rank: null });
    expect(readHoldStatus('予約中')).toEqual({ state: 'waiting', label: '予約中', rank: null });
    expect(readHoldStatus('謎の状態')).toEqual({ state: 'unknown', label: '謎の状態', rank: null });
  });
  it('takes a rank written beside a word', () => {
    expect(readHoldStatus('返却待ち 順番：4')).toMatchObject({ state: 'waiting', rank: 4 });
    expect(readHoldStatus('予約中(3位)')).toMatchObject({ state: 'waiting', rank: 3 });
  });
  it('does not take 0 as a rank', () => {
    expect(readHoldStatus('0')).toMatchObject({ state: 'unknown', rank: null });
  });
});

describe('fieldOfLabel', () => {
  it.each([
    ['タイトル', 'title'], ['資料名', 'title'], ['書名', 'title'], ['タイトル名', 'title'],
    ['資料名［⇔タイトルコード］', 'title'],
    ['取置期限', 'pickupDeadline'], ['取置期限日', 'pickupDeadline'], ['引取期限日', 'pickupDeadline'],
    ['取り置き日', 'pickupDeadline'], ['受取期限日', 'pickupDeadline'], ['取置期限日：', 'pickupDeadline'],
    ['予約状態', 'state'], ['状態', 'state'], ['状況', 'state'], ['予約状況', 'state'], ['貸出可能', 'state'],
    ['受取館', 'pickupLocation'], ['受取場所', 'pickupLocation'], ['受取希望館', 'pickupLocation'],
    ['順位', 'rank'], ['予約順', 'rank'], ['順番', 'rank'], ['予約順位', 'rank'],
    ['予約日', 'reservedOn'], ['申込日', 'reservedOn'],
    ['割当日', 'readyOn'], ['連絡日', 'readyOn'], ['確保日', 'readyOn'],
    ['返却期限', 'dueDate'], ['返却期限日', 'dueDate'], ['返却予定日', 'dueDate'], ['返却期日', 'dueDate'],
    ['貸出日', 'loanedOn'], ['延長回数', 'renewCount'], ['予約数', 'reservationsOnItem'], ['予約', 'reservationsOnItem'],
    ['延長', 'renew'], ['貸出延長', 'renew'], ['番号', 'index'], ['No.', 'index'], ['備考', 'note'],
    ['予約種別', 'kind'], ['連絡方法', 'contactMethod'], ['予約期限', 'holdExpiry'], ['受取館／連絡方法', 'pickupLocation'],
    [' 返却\u3000期限日 ', 'dueDate'], ['ＮＯ．', 'index'],
  ])('%s → %s', (label, field) => {
    expect(fieldOfLabel(label)).toBe(field);
  });
  it.each(['', '資料番号', '請求記号', '予約者名の表示', 'こんにちは'])('%j → null', (label) => {
    expect(fieldOfLabel(label)).toBeNull();
  });
});

describe('renewBlockOf', () => {
  it.each([
    ['予約有', 'reserved'], ['予約あり', 'reserved'], ['予約:2件', 'reserved'], ['延長済', 'renewed'],
    ['すでに延長されています', 'renewed'], ['延滞', 'overdue'], ['返却期限を過ぎています', 'overdue'],
    ['他館資料', 'other_library'], ['相互貸借', 'other_library'],
  ])('%s → %s', (text, block) => {
    expect(renewBlockOf(text)).toBe(block);
  });
  it.each(['', '貸出中', '予約:0件', '延長'])('%j → null', (text) => {
    expect(renewBlockOf(text)).toBeNull();
  });
});

describe('labels as pages write them', () => {
  it.each([
    ['受渡館', 'pickupLocation'], ['受取館：', 'pickupLocation'], ['取置期限日※1', 'pickupDeadline'], ['返却期限日 *', 'dueDate'],
    ['予約日 ▲▼', 'reservedOn'], ['状\u3000態', 'state'], ['タ イ ト ル', 'title'], ['取置\u200B期限日', 'pickupDeadline'],
    ['返却予定日(注1)', 'dueDate'], ['書名等', 'title'], ['著者・アーティスト', 'author'],
  ])('%j → %s', (label, field) => {
    expect(fieldOfLabel(label)).toBe(field);
  });
});

describe('renewal blockers the loans pages print', () => {
  it.each([
    ['予約有', 'reserved'], ['予約あり', 'reserved'], ['予約者あり', 'reserved'], ['予約者がいます', 'reserved'], ['次の予約があります', 'reserved'],
    ['延長済', 'renewed'], ['延長済み', 'renewed'], ['延長回数超過', 'limit'], ['延長回数の上限です', 'limit'], ['延長不可', 'refused'],
    ['延長できません', 'refused'], ['延滞', 'overdue'], ['延滞中', 'overdue'],
  ])('%s → %s', (text, block) => {
    expect(renewBlockOf(text)).toBe(block);
    expect(renewBlocksOf(text)).toEqual([block]);
  });

  it('names every reason a cell gives, the bare 延長不可 only when nothing more is said', () => {
    expect(renewBlocksOf('延長できません（延滞本がある、予約が入っている）')).toEqual(['reserved', 'overdue']);
    expect(renewBlocksOf('延長不可（予約者あり）')).toEqual(['reserved']);
    expect(renewBlocksOf('貸出中')).toEqual([]);
  });
});
