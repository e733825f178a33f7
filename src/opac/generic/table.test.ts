import { describe, expect, it } from 'vitest';
import { readGeneric } from '.';
import { cellLabels, tableModel } from './table';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const table = (html: string) => doc(`<table>${html}</table>`).querySelector('table')!;
const cell = (html: string) => table(`<tr><th>${html}</th></tr>`).querySelector('th')!;

describe('cellLabels', () => {
  it('joins a label wrapped over lines, stacks labels of their own', () => {
    expect(cellLabels(cell('取置<br>期限日'))).toEqual(['取置期限日']);
    expect(cellLabels(cell('貸出<br>可能'))).toEqual(['貸出可能']);
    expect(cellLabels(cell('受取館<hr>連絡方法'))).toEqual(['受取館', '連絡方法']);
    expect(cellLabels(cell('予約日<br>割当日'))).toEqual(['予約日', '割当日']);
  });

  it('leaves out ruby readings and footnote marks', () => {
    expect(cellLabels(cell('<ruby>取置<rt>とりおき</rt></ruby>期限日'))).toEqual(['取置期限日']);
    expect(cellLabels(cell('返却期限日<sup>※1</sup>'))).toEqual(['返却期限日']);
  });
});

describe('tableModel', () => {
  it('finds a header written in td cells under a caption row, and skips note rows between records', () => {
    const model = tableModel(table(`<tr><td colspan="3">予約一覧（2件）</td></tr>
      <tr><td>タイトル</td><td>状態</td><td>取置期限日</td></tr>
      <tr><td>三体</td><td>予約中</td><td></td></tr>
      <tr><td colspan="3">※この資料は取消できません</td></tr>
      <tr><td>火花</td><td>貸出可能</td><td>2026/04/12</td></tr>`));
    expect(model.columns).toEqual([['タイトル'], ['状態'], ['取置期限日']]);
    expect(model.rows.map((r) => r.cells.map((c) => c?.textContent))).toEqual([['三体', '予約中', ''], ['火花', '貸出可能', '2026/04/12']]);
  });

  it('joins a two-row header: a group label over its columns, labels spanning both rows', () => {
    const model = tableModel(table(`<thead><tr><th rowspan="2">タイトル</th><th colspan="2">日付</th><th rowspan="2">状態</th></tr>
      <tr><th>予約日</th><th>取置期限日</th></tr></thead>
      <tbody><tr><td>三体</td><td>2026/04/01</td><td>2026/04/12</td><td>貸出可能</td></tr></tbody>`));
    expect(model.columns).toEqual([['タイトル'], ['予約日'], ['取置期限日'], ['状態']]);
    expect(model.headerRows).toHaveLength(2);
    expect(model.rows).toHaveLength(1);
  });

  it('says when the header stands alone (an empty list), and not when a row is there', () => {
    expect(tableModel(table('<tr><th>タイトル</th><th>返却期限日</th></tr>')).headerOnly).toBe(true);
    expect(tableModel(table('<thead><tr><th>タイトル</th><th>返却期限日</th></tr></thead><tbody></tbody>')).headerOnly).toBe(true);
    expect(tableModel(table('<tr><th>タイトル</th><th>返却期限日</th></tr><tr><td>火花</td><td>2026/04/01</td></tr>')).headerOnly).toBe(false);
  });
});

describe('the generic reader on wrapped and split headers', () => {
  it('reads a holds table whose header cells wrap (取置<br>期限日, 貸出<br>可能), as a seed guide lays it out', () => {
    const page = doc(`<h2>予約状況照会</h2><table>
      <tr><th>番号</th><th>予約日</th><th>予約<br>種別</th><th>タイトル</th><th>連絡<br>方法</th><th>受取<br>場所</th><th>取置<br>期限日</th><th>貸出<br>可能</th><th>備考</th></tr>
      <tr><td>1</td><td>2026/03/20</td><td>通常</td><td>ノルウェイの森 上</td><td>Eメール</td><td>北海道立図書館</td><td>2026/04/12</td><td>貸出可能</td><td></td></tr>
      <tr><td>2</td><td>2026/03/20</td><td>通常</td><td>ノルウェイの森 下</td><td>Eメール</td><td>江別市情報図書館</td><td></td><td>3</td><td></td></tr>
    </table>`);
    const r = readGeneric('holds', page, { today: '2026-04-05' });
    expect(r.notUnderstood).toBeNull();
    expect(r.holds.map((h) => [h.title, h.state, h.rank, h.pickupLocation, h.pickupDeadline])).toEqual([
      ['ノルウェイの森 上', 'ready', null, '北海道立図書館', '2026-04-12'],
      ['ノルウェイの森 下', 'waiting', 3, '江別市情報図書館', null],
    ]);
  });
});
