import { describe, expect, it } from 'vitest';
import type { HoldRecordInput } from '../model';
import { libraryWords, withLibraryNotes } from './library-note';

const doc = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const hold = (title: string, stateLabel: string, canCancel: boolean | null): HoldRecordInput => ({
  title, volume: null, state: stateLabel === '貸出可能' ? 'ready' : 'waiting', stateLabel, rank: null, pickupLocation: null, reservedOn: null, pickupDeadline: null, canCancel,
});

describe('the library’s own words where only it can act on a hold', () => {
  it('takes the sentence naming the hold’s state, with the next one when it says whom to tell', () => {
    const page = doc(`<ul class="notes"><li>「確保待ち」の資料は、「予約取消」ボタンで予約を取消すことができます。「貸出可能」の資料については、インターネット上で予約取消しはできません。お手数ですが、利用券番号・取消を希望する資料のタイトルを、メール又は電話などで図書館までご連絡ください。</li></ul>`);
    expect(libraryWords(page)({ stateLabel: '貸出可能' })).toBe(
      '「貸出可能」の資料については、インターネット上で予約取消しはできません。お手数ですが、利用券番号・取消を希望する資料のタイトルを、メール又は電話などで図書館までご連絡ください。',
    );
  });

  it('falls back to the first sentence that says the web cannot, and says nothing on a page without one', () => {
    const page = doc('<p>※予約決定通知メール送信後は取消ができません。ご面倒でも図書館にご連絡ください。</p><p>受取場所は変更できます。</p>');
    expect(libraryWords(page)({ stateLabel: 'お取置き' })).toBe('予約決定通知メール送信後は取消ができません。ご面倒でも図書館にご連絡ください。');
    expect(libraryWords(doc('<p>予約の取消は「取消」ボタンでできます。</p>'))({ stateLabel: '予約中' })).toBeNull();
  });

  it('puts the words beside the holds the list does not let the web cancel, never beside those it does', () => {
    const page = doc('<p>※「貸出可能」になった予約をキャンセルしたい場合は、図書館までご連絡ください。</p>');
    const read = withLibraryNotes([hold('A', '予約中', true), hold('B', '貸出可能', false)], page);
    expect(read.map((h) => h.libraryNote ?? null)).toEqual([null, '「貸出可能」になった予約をキャンセルしたい場合は、図書館までご連絡ください。']);
  });

  it('leaves what Uketori put on the page out of the library’s words', () => {
    const page = doc('<p data-uketori="record-actions">予約の取消はできません。お電話ください。</p>');
    expect(libraryWords(page)({ stateLabel: '貸出可能' })).toBeNull();
  });
});
