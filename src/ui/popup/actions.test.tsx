// The popup's hold actions from the mirror alone: where only the library can act, the library's own words kept with
// the hold as its list printed them, beside the numbers to call.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../../test/helpers/i18n';
import { libraryById } from '../../libraries';
import type { Card, Hold } from '../../model';
import { HoldActions } from './actions';

const CARD: Card = { id: 'c1', libraryId: 'tochigi-pref', last4: '0001', label: null, hidden: false, holdsSeenAt: null, loansSeenAt: null, lastSeenAt: 0 };
const TOCHIGI_WORDS = '「貸出可能」の資料については、インターネット上で予約取消しはできません。お手数ですが、利用券番号・取消を希望する資料のタイトルを、メール又は電話などで図書館までご連絡ください。';

function hold(extra: Partial<Hold>): Hold {
  return {
    key: 'c1|a|0', cardId: 'c1', libraryId: 'tochigi-pref', titleKey: 'a', title: 'ハリー・ポッターと賢者の石', volume: null, state: 'ready', stateLabel: '貸出可能',
    rank: null, pickupLocation: '1階貸出カウンター', reservedOn: null, pickupDeadline: null, readyOn: null, bibId: null, holdId: null, canCancel: false,
    libraryNote: null, firstSeenAt: 0, updatedAt: 0, firstSeenReadyOn: null, goneAt: null, outcome: null, ...extra,
  };
}

function shown(h: Hold, libraryId: string): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<HoldActions hold={h} card={{ ...CARD, libraryId }} library={libraryById(libraryId)!} holdsPage="https://opac.example.jp/holds" />, root);
  return root;
}

afterEach(() => {
  for (const root of Array.from(document.body.children)) {
    render(null, root);
    root.remove();
  }
});

describe('popup: where only the library can act', () => {
  it('shows the library’s own words kept with the hold, and no number where its guide prints none (栃木県立)', () => {
    useLocale('ja');
    const note = shown(hold({ libraryNote: TOCHIGI_WORDS }), 'tochigi-pref').querySelector('[data-only="library"]')!;
    expect(note.textContent!.trim()).toBe(TOCHIGI_WORDS);
    expect(note.querySelector('a')).toBeNull();
  });

  it('puts the number to call as a tel: link beside the words (北海道立)', () => {
    useLocale('ja');
    const words = '「貸出可能」になった予約をキャンセルしたい場合や、取置期限を延長したい場合は、北海道立図書館までご連絡ください。';
    const note = shown(hold({ libraryId: 'hokkaido-pref', libraryNote: words, pickupLocation: '北海道立図書館' }), 'hokkaido-pref').querySelector('[data-only="library"]')!;
    expect(note.textContent).toContain(words);
    expect(note.querySelector('a')!.getAttribute('href')).toBe('tel:011-386-8521');
  });

  it('says it in Uketori’s words where the mirror kept none, and says nothing with neither words nor a number', () => {
    useLocale('ja');
    const { libraryNote: _none, ...old } = hold({ libraryId: 'hokkaido-pref' });
    const note = shown(old as Hold, 'hokkaido-pref').querySelector('[data-only="library"]')!;
    expect(note.querySelector('a')!.getAttribute('href')).toBe('tel:011-386-8521');
    expect(note.textContent).not.toContain('ご連絡ください');
    expect(shown(hold({}), 'tochigi-pref').querySelector('[data-only="library"]')).toBeNull();
  });

  it('offers 取消 (asked first) for a hold the web may still cancel, with no note', () => {
    useLocale('ja');
    const root = shown(hold({ state: 'waiting', stateLabel: '確保待ち', canCancel: true }), 'tochigi-pref');
    expect(root.querySelector('[data-only="library"]')).toBeNull();
    expect(root.querySelector('button[data-action="cancel"]')).not.toBeNull();
  });
});
