import { describe, expect, it } from 'vitest';
import type { ActionTarget } from '../action-types';
import { genericActionStep } from './actions';

const URL_ = new URL('https://opac.example.jp/holds');
const doc = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const cancel = (title: string): ActionTarget => ({ action: 'cancel', title, volume: null, recordId: null, pickup: null });
const row = (title: string, id: string) =>
  `<tr><td>${title}</td><td>予約中</td><td><form method="post" action="/cancel"><input type="hidden" name="id" value="${id}"><input type="submit" value="取消"></form></td></tr>`;

describe('the label-driven step of an action', () => {
  it('presses the control in the row naming the record, with that row’s own fields', () => {
    const page = doc(`<table>${row('三体', 'R1')}${row('舟を編む', 'R2')}</table>`);
    expect(genericActionStep(URL_, page, cancel('舟を編む'), [])).toEqual({
      request: { action: 'https://opac.example.jp/cancel', method: 'POST', entries: [['id', 'R2']] },
      label: '取消',
    });
  });

  it('finds every record’s own row on a long list whose titles share their beginnings (本 第1巻, 第10巻, 第100巻)', () => {
    const titles = Array.from({ length: 300 }, (_, i) => `長い本 第${i + 1}巻`);
    const page = doc(`<table>${titles.map((t, i) => row(t, `R${i + 1}`)).join('')}</table>`);
    const pressed = titles.map((t) => genericActionStep(URL_, page, cancel(t), [])?.request.entries);
    expect(pressed).toEqual(titles.map((_, i) => [['id', `R${i + 1}`]]));
  });

  it('presses nothing where two rows name the record (never a guess), and finds a short title too', () => {
    const page = doc(`<table>${row('同じ本', 'R1')}${row('同じ本', 'R2')}${row('A', 'R3')}</table>`);
    expect(genericActionStep(URL_, page, cancel('同じ本'), [])).toBeNull();
    expect(genericActionStep(URL_, page, cancel('A'), [])?.request.entries).toEqual([['id', 'R3']]);
  });

  it('knows a live page afresh once it has changed: what a row said before does not stay with it', async () => {
    document.body.innerHTML = `<table>${row('三体', 'R1')}${row('舟を編む', 'R2')}</table>`;
    expect(genericActionStep(URL_, document, cancel('三体'), [])?.request.entries).toEqual([['id', 'R1']]);
    document.querySelector('td')!.textContent = 'ノルウェイの森';
    await new Promise((settled) => setTimeout(settled, 0)); // the page's change is observed
    expect(genericActionStep(URL_, document, cancel('三体'), [])).toBeNull();
    expect(genericActionStep(URL_, document, cancel('ノルウェイの森'), [])?.request.entries).toEqual([['id', 'R1']]);
    document.body.replaceChildren();
  });

  it('presses a control outside any row on a screen that names the record, the furthest step first', () => {
    const page = doc('<p>三体 の予約を取消します、よろしいですか？</p><form method="post" action="/cancel/confirm"><input type="hidden" name="op" value="confirm"><input type="submit" value="確認"></form>');
    expect(genericActionStep(URL_, page, cancel('三体'), [])).toEqual({
      request: { action: 'https://opac.example.jp/cancel/confirm', method: 'POST', entries: [['op', 'confirm']] },
      label: '確認',
    });
    expect(genericActionStep(URL_, page, cancel('舟を編む'), [])).toBeNull();
  });

  it('finds the row of a title read whole whose volume designators stand apart (BOOK2〈7月-9月〉前編)', () => {
    const titles = ['1Q84 BOOK2〈7月-9月〉前編', '1Q84 BOOK2〈7月-9月〉後編'];
    const page = doc(`<table>${titles.map((t, i) => row(t, `R${i + 1}`)).join('')}</table>`);
    const target = (title: string, volume: string): ActionTarget => ({ ...cancel(title), volume });
    expect(genericActionStep(URL_, page, target(titles[0]!, 'BOOK2 前編'), [])?.request.entries).toEqual([['id', 'R1']]);
    expect(genericActionStep(URL_, page, target(titles[1]!, 'BOOK2 後編'), [])?.request.entries).toEqual([['id', 'R2']]);
    // A volume read from a column of its own still follows the title.
    const apart = doc(`<table>${row('三体 第2部', 'R3')}${row('三体 第3部', 'R4')}</table>`);
    expect(genericActionStep(URL_, apart, target('三体', '第3部'), [])?.request.entries).toEqual([['id', 'R4']]);
  });

  it('tells a title from a longer one it begins by the row showing it whole (1Q84 BOOK2〈7月-9月〉 and its 前編)', () => {
    const page = doc(`<table>${row('1Q84 BOOK2〈7月-9月〉', 'R1')}${row('1Q84 BOOK2〈7月-9月〉前編', 'R2')}</table>`);
    expect(genericActionStep(URL_, page, cancel('1Q84 BOOK2〈7月-9月〉'), [])?.request.entries).toEqual([['id', 'R1']]);
    expect(genericActionStep(URL_, page, cancel('1Q84 BOOK2〈7月-9月〉前編'), [])?.request.entries).toEqual([['id', 'R2']]);
    // Rows that name the record with more beside it in every cell are still two candidates: nothing is pressed.
    const neither = doc(`<table>${row('本 上巻 新版', 'R3')}${row('本 上巻 旧版', 'R4')}</table>`);
    expect(genericActionStep(URL_, neither, cancel('本 上巻'), [])).toBeNull();
  });
});
