import { beforeEach, describe, expect, it, vi } from 'vitest';
import { libraryById } from '../../libraries';
import { recordTitleKey } from '../../model/record-keys';
import type { CartItem, Hold, Library, Loan, SeriesPlan } from '../../model';
import type { PlanState } from '../../series/queue';
import type { KnownRecords } from '../../series/records';
import { t } from '../i18n';
import { useLocale } from '../../../test/helpers/i18n';
import { ownedBy, UI_HOST } from '../feature';
import { openPanel, type PanelChoice, type PanelInput } from './panel';

type Volume = SeriesPlan['volumes'][number];

const T0 = Date.parse('2026-11-23T10:00:00+09:00');
const HOKKAIDO = libraryById('hokkaido-pref')!;
const MITO = libraryById('mito-city')!;
const CARD = 'c';

const vol = (bibId: string, volume: string, title = `1Q84 ${volume}`): Volume => ({ title, volume, bibId, status: 'queued', detailUrl: null });
const B1 = vol('101', 'BOOK1');
const B2 = vol('102', 'BOOK2');
const B3 = vol('103', 'BOOK3');
const B4 = vol('104', 'BOOK4');
const B5 = vol('105', 'BOOK5');

function hold(v: Pick<Volume, 'title' | 'volume'> & { bibId?: string | null }, extra: Partial<Hold> = {}): Hold {
  return {
    title: v.title, volume: v.volume, state: 'waiting', stateLabel: '予約中', rank: 1, pickupLocation: null, reservedOn: null,
    pickupDeadline: null, readyOn: null, bibId: v.bibId ?? null, holdId: null, canCancel: null, libraryNote: null, key: `${CARD}|${v.title}|0`, cardId: CARD,
    libraryId: 'hokkaido-pref', titleKey: recordTitleKey(v), firstSeenAt: T0, updatedAt: T0, firstSeenReadyOn: null, goneAt: null,
    outcome: null, ...extra,
  };
}
/** Holds of other titles, to fill the card's reservations. */
const otherHolds = (n: number, extra: Partial<Hold> = {}) => Array.from({ length: n }, (_, i) => hold({ title: `別の本 ${i}`, volume: null }, extra));
function loan(v: Pick<Volume, 'title' | 'volume'>): Loan {
  return {
    title: v.title, volume: v.volume, dueDate: '2026-12-08', renewable: true, renewBlockedReason: null, loanedOn: null, bibId: null,
    loanId: null, renewCount: 0, reservedByOthers: null, key: `${CARD}|${v.title}|loan`, cardId: CARD, libraryId: 'hokkaido-pref',
    titleKey: recordTitleKey(v), firstSeenAt: T0, updatedAt: T0,
  };
}
function cartItem(title: string, bibId: string): CartItem {
  return { title, volume: null, bibId, key: `cart|${bibId}`, libraryId: 'hokkaido-pref', titleKey: recordTitleKey({ title, volume: null }), addedAt: T0 };
}
function planState(libraryId: string, statuses: Array<Volume['status']>, cardId: string | null = CARD): PlanState {
  const plan: SeriesPlan = {
    id: `p-${libraryId}-${statuses.join('-')}`, libraryId, cardId, work: '三体', advanceOn: 'borrowed', paused: false, createdAt: T0,
    volumes: statuses.map((status, i) => ({ ...vol(`9${i}`, `${i + 1}`, `三体 ${i + 1}`), status })),
  };
  return { plan, step: { kind: 'done' }, free: null };
}

const radios = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLInputElement>('fieldset input[type="radio"]'));
const NONE: KnownRecords = { holds: [], loans: [], cart: [] };

interface Opened {
  root: HTMLElement;
  panel: ReturnType<typeof openPanel>;
  choices: PanelChoice[];
  controller: AbortController;
  rows: () => Array<{ text: string; ticked: boolean; bib: string; have: string | null }>;
  summary: () => string;
  confirm: () => HTMLButtonElement;
  move: (row: number, dir: 'up' | 'down') => void;
  tick: (row: number) => void;
  confirmed: () => PanelChoice;
}

function open(library: Library, volumes: Volume[], extra: Partial<PanelInput> = {}): Opened {
  const controller = new AbortController();
  const choices: PanelChoice[] = [];
  const panel = openPanel({
    doc: document, library, work: '1Q84', publisher: '新潮社', volumes, known: NONE, cardId: CARD, plans: [], signal: controller.signal,
    onConfirm: (choice) => choices.push(choice), ...extra,
  });
  const root = panel.root;
  const items = () => Array.from(root.querySelectorAll('ol > li'));
  return {
    root, panel, choices, controller,
    rows: () => items().map((li) => {
      const box = li.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      return { text: li.querySelector('label')!.textContent!, ticked: box.checked, bib: box.dataset.bib!, have: li.querySelector('span')?.textContent ?? null };
    }),
    summary: () => root.querySelector('.uketori-series-summary')!.textContent!,
    confirm: () => root.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!,
    move: (row, dir) => items()[row]!.querySelector<HTMLButtonElement>(`button[data-action="${dir}"]`)!.click(),
    tick: (row) => items()[row]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click(),
    confirmed() {
      const before = choices.length;
      root.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!.click();
      expect(choices).toHaveLength(before + 1);
      return choices.at(-1)!;
    },
  };
}

beforeEach(() => {
  useLocale('ja');
  document.body.replaceChildren();
});

describe('series panel: the volumes', () => {
  it('lists the volumes in the reading order given, all ticked when the patron has none of them', () => {
    const p = open(MITO, [B1, B2, B3]);
    // Over the page, in a host of its own at the end of the body.
    expect((p.root.getRootNode() as ShadowRoot).host.parentElement).toBe(document.body);
    expect(p.root.getAttribute('role')).toBe('dialog');
    expect(p.root.getAttribute('aria-label')).toBe('シリーズ順に予約: 1Q84');
    expect(p.root.querySelector('h2')!.textContent).toBe('シリーズ順に予約: 1Q84');
    expect(p.root.querySelector('h2 + p')!.textContent).toBe('新潮社');
    expect(p.rows()).toEqual([
      { text: ' 1Q84 BOOK1', ticked: true, bib: '101', have: null },
      { text: ' 1Q84 BOOK2', ticked: true, bib: '102', have: null },
      { text: ' 1Q84 BOOK3', ticked: true, bib: '103', have: null },
    ]);
    expect(p.confirm().disabled).toBe(false);
    // Every node the panel adds is marked as the series feature's, so cleanup takes it all off the page.
    expect(Array.from(p.root.querySelectorAll('*')).filter((el) => el.getAttribute('data-uketori') !== 'series')).toEqual([]);
  });

  it('unticks and labels what the patron already has: borrowed, reserved, in the cart, read (a hold picked up)', () => {
    const known: KnownRecords = {
      loans: [loan(B1)],
      holds: [
        hold(B2),
        // BOOK4 was reserved and picked up; BOOK5's hold was cancelled, which is not having it.
        hold(B4, { goneAt: T0, outcome: 'picked_up', state: 'ready' }),
        hold(B5, { goneAt: T0, outcome: 'cancelled', state: 'cancelled' }),
      ],
      // In the cart under another spelling of the title: the bib id says it is BOOK3.
      cart: [cartItem('１Ｑ８４ 第３巻', '103')],
    };
    const p = open(MITO, [B1, B2, B3, B4, B5], { known });
    expect(p.rows()).toEqual([
      { text: ' 1Q84 BOOK1', ticked: false, bib: '101', have: ` (${t('seriesHave_borrowed')})` },
      { text: ' 1Q84 BOOK2', ticked: false, bib: '102', have: ` (${t('seriesHave_reserved')})` },
      { text: ' 1Q84 BOOK3', ticked: false, bib: '103', have: ` (${t('seriesHave_in_cart')})` },
      { text: ' 1Q84 BOOK4', ticked: false, bib: '104', have: ` (${t('seriesHave_read')})` },
      { text: ' 1Q84 BOOK5', ticked: true, bib: '105', have: null },
    ]);
    expect(p.rows().map((r) => r.have)).toEqual([' (借りています)', ' (予約中)', ' (カートにあります)', ' (受取済み)', null]);
    // Only BOOK5 is chosen; the one active hold (BOOK2) counts against 水戸's limit of 15.
    expect(p.summary()).toBe(`${t('seriesPlanQueue', '1Q84 BOOK5', 0)} ${t('seriesPlanLimit', 15, 1, 14)}`);
    expect(p.confirmed()).toEqual({ volumes: [B5], advanceOn: 'borrowed', reserveNow: 1 });
  });

  it('moves a volume with ↑/↓ and hands back the new order', () => {
    const p = open(MITO, [B1, B2, B3]);
    const buttons = (row: number) => Array.from(p.root.querySelectorAll('ol > li')[row]!.querySelectorAll('button')).map((b) => [b.textContent, b.dataset.action, b.getAttribute('aria-label')]);
    // No ↑ on the first volume, no ↓ on the last.
    expect(buttons(0)).toEqual([['↓', 'down', '後ろへ: 1Q84 BOOK1']]);
    expect(buttons(1)).toEqual([['↑', 'up', '前へ: 1Q84 BOOK2'], ['↓', 'down', '後ろへ: 1Q84 BOOK2']]);
    expect(buttons(2)).toEqual([['↑', 'up', '前へ: 1Q84 BOOK3']]);

    p.move(0, 'down');
    expect(p.rows().map((r) => r.bib)).toEqual(['102', '101', '103']);
    // The queue starts with whatever is first now.
    expect(p.summary()).toBe(`${t('seriesPlanQueue', '1Q84 BOOK2', 2)} ${t('seriesPlanLimit', 15, 0, 15)}`);
    p.move(2, 'up');
    expect(p.rows().map((r) => r.bib)).toEqual(['102', '103', '101']);
    p.move(1, 'up');
    expect(p.rows().map((r) => r.bib)).toEqual(['103', '102', '101']);
    expect(p.confirmed()).toEqual({ volumes: [B3, B2, B1], advanceOn: 'borrowed', reserveNow: 1 });
  });

  it('keeps a volume unticked (and its tick) when it moves', () => {
    const p = open(MITO, [B1, B2, B3]);
    p.tick(0);
    p.move(0, 'down');
    expect(p.rows().map((r) => [r.bib, r.ticked])).toEqual([['102', true], ['101', false], ['103', true]]);
    expect(p.confirmed().volumes).toEqual([B2, B3]);
  });

  it('leaves an unticked volume out of the choice, and ticking one the patron has puts it back in', () => {
    const p = open(MITO, [B1, B2, B3], { known: { ...NONE, loans: [loan(B1)] } });
    p.tick(1);
    expect(p.rows().map((r) => r.ticked)).toEqual([false, false, true]);
    expect(p.summary()).toBe(`${t('seriesPlanQueue', '1Q84 BOOK3', 0)} ${t('seriesPlanLimit', 15, 0, 15)}`);
    p.tick(0);
    expect(p.confirmed()).toEqual({ volumes: [B1, B3], advanceOn: 'borrowed', reserveNow: 1 });
  });

  it('disables confirm when nothing is ticked, and asks for a volume', () => {
    const p = open(MITO, [B1, B2]);
    p.tick(0);
    p.tick(1);
    expect(p.confirm().disabled).toBe(true);
    expect(p.summary()).toBe(`予約する巻を選んでください。 ${t('seriesPlanLimit', 15, 0, 15)}`);
    p.tick(1);
    expect(p.confirm().disabled).toBe(false);
  });

  it('starts with confirm disabled when the patron has every volume already', () => {
    const p = open(HOKKAIDO, [B1, B2], { known: { ...NONE, loans: [loan(B1), loan(B2)] } });
    expect(p.rows().map((r) => r.ticked)).toEqual([false, false]);
    expect(p.confirm().disabled).toBe(true);
    expect(p.summary()).toBe(`${t('seriesPlanNone')} ${t('seriesPlanLimit', 10, 0, 10)}`);
  });
});

describe('series panel: a library with ordered reservation (北海道立, 読みたい順予約, 10 holds)', () => {
  it('has no "what frees the next volume" choice', () => {
    const p = open(HOKKAIDO, [B1, B2, B3]);
    expect(p.root.querySelector('fieldset')).toBeNull();
    expect(p.root.querySelector('input[type="radio"]')).toBeNull();
    expect(p.summary()).toBe('図書館の「読みたい順予約」で 3 冊を巻の順に予約します。カートに入れて順番を入力し、図書館の確認画面まで進みます。最後の確認はご自身で押してください。 '
      + '予約の上限は 10 件で、いま 0 件予約しています（あと 10 件）。');
    expect(p.confirmed()).toEqual({ volumes: [B1, B2, B3], advanceOn: 'borrowed', reserveNow: 3 });
  });

  it("reserves as many as the limit allows, counting this card's active holds and volumes on their way through the cart", () => {
    const known: KnownRecords = {
      ...NONE,
      holds: [
        ...otherHolds(7),
        // Not counted: another card's holds, holds gone from the page, cancelled holds.
        ...otherHolds(3, { cardId: 'other' }),
        ...otherHolds(2, { goneAt: T0, outcome: 'picked_up' }),
        ...otherHolds(1, { state: 'cancelled' }),
      ],
    };
    const plans = [
      // One volume of another 北海道立 plan is in the cart on its way to a reservation; the reserved one is a hold
      // already (counted above), the queued ones take no slot yet.
      planState('hokkaido-pref', ['in_cart', 'reserved', 'queued', 'queued']),
      // Another library's plan takes none of 北海道立's slots.
      planState('mito-city', ['in_cart', 'in_cart']),
    ];
    const p = open(HOKKAIDO, [B1, B2, B3, B4], { known, plans });
    // 10 − 7 active − 1 pending = 2 free: two volumes now, two wait.
    expect(p.summary()).toBe([t('seriesPlanOrdered', '読みたい順予約', 2), t('seriesPlanLimit', 10, 7, 2), t('seriesPlanWaitSlot', 2)].join(' '));
    expect(p.summary()).toContain('2 冊は予約枠が空くまで待ちます。');
    p.tick(3);
    expect(p.summary()).toBe([t('seriesPlanOrdered', '読みたい順予約', 2), t('seriesPlanLimit', 10, 7, 2), t('seriesPlanWaitSlot', 1)].join(' '));
    p.tick(2);
    // Two chosen, two free: nothing waits.
    expect(p.summary()).toBe([t('seriesPlanOrdered', '読みたい順予約', 2), t('seriesPlanLimit', 10, 7, 2)].join(' '));
    p.tick(3);
    expect(p.confirmed()).toEqual({ volumes: [B1, B2, B4], advanceOn: 'borrowed', reserveNow: 2 });
  });

  it('counts every card’s holds when no card is known', () => {
    const known: KnownRecords = { ...NONE, holds: [...otherHolds(4), ...otherHolds(3, { cardId: 'other' })] };
    const p = open(HOKKAIDO, [B1, B2], { known, cardId: null });
    expect(p.summary()).toBe([t('seriesPlanOrdered', '読みたい順予約', 2), t('seriesPlanLimit', 10, 7, 3)].join(' '));
  });

  it('reserves none now when the limit is full; every chosen volume waits for a slot', () => {
    const p = open(HOKKAIDO, [B1, B2, B3], { known: { ...NONE, holds: otherHolds(10) } });
    expect(p.summary()).toBe([t('seriesPlanOrderedLater', '読みたい順予約'), t('seriesPlanLimit', 10, 10, 0), t('seriesPlanWaitSlot', 3)].join(' '));
    expect(p.confirmed()).toEqual({ volumes: [B1, B2, B3], advanceOn: 'borrowed', reserveNow: 0 });
  });

  it('has no limit line when the library states no limit, and reserves every chosen volume', () => {
    const unlimited: Library = { ...HOKKAIDO, rules: { ...HOKKAIDO.rules, limit: null } };
    const p = open(unlimited, [B1, B2, B3], { known: { ...NONE, holds: otherHolds(30) } });
    expect(p.summary()).toBe(t('seriesPlanOrdered', '読みたい順予約', 3));
    expect(p.confirmed()).toEqual({ volumes: [B1, B2, B3], advanceOn: 'borrowed', reserveNow: 3 });
  });
});

describe('series panel: a library without it (水戸, a queue, 15 holds)', () => {
  it('asks what frees the next volume, borrowed by default, and reserves the first volume only', () => {
    const p = open(MITO, [B1, B2, B3]);
    const fieldset = p.root.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).toBe('次の巻をお知らせするのは');
    expect(Array.from(fieldset.querySelectorAll('label')).map((l) => l.textContent)).toEqual([' 前の巻が受取可になったら', ' 前の巻を借りたら']);
    expect(radios(p.root).map((r) => [r.value, r.checked, r.name])).toEqual([['ready', false, 'uketori-series-advance'], ['borrowed', true, 'uketori-series-advance']]);
    expect(p.summary()).toBe('この図書館は予約の順番を指定できないため、まず「1Q84 BOOK1」を予約します。残り 2 冊は前の巻の後に1冊ずつ「次の巻を予約できます」とお知らせします。 '
      + '予約の上限は 15 件で、いま 0 件予約しています（あと 15 件）。');
    expect(p.confirmed()).toEqual({ volumes: [B1, B2, B3], advanceOn: 'borrowed', reserveNow: 1 });
  });

  it('hands back the patron’s choice of ready', () => {
    const p = open(MITO, [B1, B2]);
    radios(p.root)[0]!.click();
    expect(radios(p.root).map((r) => r.checked)).toEqual([true, false]);
    expect(p.confirmed()).toEqual({ volumes: [B1, B2], advanceOn: 'ready', reserveNow: 1 });
  });

  it('names the volume by its title when it carries no volume label', () => {
    const a = vol('201', '', '三体');
    const b = vol('202', 'Ⅱ', '三体Ⅱ 黒暗森林');
    const p = open(MITO, [{ ...a, volume: null }, b], { work: '三体' });
    expect(p.summary()).toBe(`${t('seriesPlanQueue', '三体', 1)} ${t('seriesPlanLimit', 15, 0, 15)}`);
    p.move(0, 'down');
    expect(p.summary()).toBe(`${t('seriesPlanQueue', '三体Ⅱ 黒暗森林', 1)} ${t('seriesPlanLimit', 15, 0, 15)}`);
  });

  it('reserves none now when the limit is full (holds and volumes in the cart), and the first volume waits', () => {
    const plans = [planState('mito-city', ['in_cart', 'in_cart'])];
    const p = open(MITO, [B1, B2, B3], { known: { ...NONE, holds: otherHolds(13) }, plans });
    expect(p.summary()).toBe([t('seriesPlanQueue', '1Q84 BOOK1', 2), t('seriesPlanLimit', 15, 13, 0), t('seriesPlanWaitSlot', 1)].join(' '));
    expect(p.summary()).toContain('1 冊は予約枠が空くまで待ちます。');
    expect(p.confirmed()).toEqual({ volumes: [B1, B2, B3], advanceOn: 'borrowed', reserveNow: 0 });
  });

  it('reserves the first volume when one slot is left', () => {
    const p = open(MITO, [B1, B2, B3], { known: { ...NONE, holds: otherHolds(14) } });
    expect(p.summary()).toBe([t('seriesPlanQueue', '1Q84 BOOK1', 2), t('seriesPlanLimit', 15, 14, 1)].join(' '));
    expect(p.confirmed().reserveNow).toBe(1);
  });
});

describe('series panel: OPAC text', () => {
  it('sets titles, the work and the publisher as text, never as markup', () => {
    const evil = '<img src=x onerror="globalThis.__pwned=1">';
    const v = vol('666', '1', `${evil} 1`);
    const p = open(MITO, [v, B2], { work: `${evil}作品`, publisher: `<b>${evil}</b>` });
    expect(p.root.querySelector('img')).toBeNull();
    expect(p.root.querySelector('b')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(p.root.getAttribute('aria-label')).toBe(`シリーズ順に予約: ${evil}作品`);
    expect(p.root.querySelector('h2')!.textContent).toBe(`シリーズ順に予約: ${evil}作品`);
    expect(p.root.querySelector('h2 + p')!.textContent).toBe(`<b>${evil}</b>`);
    expect(p.rows()[0]!.text).toBe(` ${evil} 1`);
    expect(p.root.querySelector('ol > li button')!.getAttribute('aria-label')).toBe(`後ろへ: ${evil} 1`);
    expect(p.summary()).toContain(`まず「${evil} 1」を予約します`);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows no publisher when there is none', () => {
    const p = open(MITO, [B1, B2], { publisher: null });
    expect(p.root.querySelector('h2 + p')!.textContent).toBe('');
  });
});

describe('series panel: opening, closing, status', () => {
  it('replaces a panel already open, leaving the feature’s other nodes on the page', () => {
    const offer = document.createElement('button');
    offer.setAttribute('data-uketori', 'series');
    document.body.append(offer);
    const first = open(MITO, [B1, B2]);
    const second = open(HOKKAIDO, [B2, B3], { work: '三体' });
    expect(first.root.isConnected).toBe(false);
    expect(ownedBy(document, 'series', '.uketori-series-panel')).toEqual([second.root]);
    expect(second.root.getAttribute('aria-label')).toBe('シリーズ順に予約: 三体');
    expect(offer.isConnected).toBe(true);
  });

  it('closes', () => {
    const p = open(MITO, [B1, B2]);
    const close = p.root.querySelector<HTMLButtonElement>('button[data-action="close"]')!;
    expect(close.textContent).toBe('閉じる');
    expect(p.confirm().textContent).toBe('この計画で予約');
    close.click();
    expect(p.root.isConnected).toBe(false);
    expect(ownedBy(document, 'series', '.uketori-series-panel')).toEqual([]);
    expect(document.querySelector(UI_HOST)).toBeNull();
    expect(p.choices).toEqual([]);
  });

  it('says how it goes, with an action button that runs its callback, replaced by the next word', () => {
    const p = open(MITO, [B1, B2]);
    const status = p.root.querySelector<HTMLElement>('[role="status"]')!;
    p.panel.say(t('seriesWorking'), 'busy');
    expect([status.textContent, status.dataset.kind]).toEqual(['カートに入れています…', '']);
    expect(status.querySelector('button')).toBeNull();

    const run = vi.fn();
    p.panel.say('「1Q84 BOOK2」で止まりました: 予約上限数を超過しています。', 'failed', { label: t('seriesToCart'), run });
    expect([status.textContent, status.dataset.kind]).toEqual(['「1Q84 BOOK2」で止まりました: 予約上限数を超過しています。 予約カートへ進む', 'failed']);
    const go = status.querySelector<HTMLButtonElement>('button')!;
    expect([go.textContent, go.dataset.action, go.type, go.getAttribute('data-uketori')]).toEqual(['予約カートへ進む', 'next', 'button', 'series']);
    go.click();
    expect(run).toHaveBeenCalledTimes(1);

    p.panel.say(t('seriesSaved'), 'done');
    expect([status.textContent, status.dataset.kind]).toEqual(['計画を保存しました。予約枠が空いたらお知らせします。', 'added']);
    expect(status.querySelector('button')).toBeNull();
  });

  it('hands the panel to onConfirm, and disables confirm once pressed', () => {
    const seen: Array<[PanelChoice, unknown]> = [];
    const p = open(MITO, [B1, B2], { onConfirm: (choice, panel) => seen.push([choice, panel]) });
    p.confirm().click();
    expect(seen).toEqual([[{ volumes: [B1, B2], advanceOn: 'borrowed', reserveNow: 1 }, p.panel]]);
    expect(p.confirm().disabled).toBe(true);
  });

  it('keeps confirm disabled once pressed, even when the patron then changes the volumes', () => {
    const p = open(MITO, [B1, B2, B3]);
    p.confirm().click();
    expect(p.choices).toHaveLength(1);
    // While the volumes go in the cart (or after the plan was saved), a change of ticks or order must not offer a
    // second confirm: that would make a second plan and put the volumes in the cart again.
    p.tick(2);
    expect(p.confirm().disabled).toBe(true);
    p.move(0, 'down');
    expect(p.confirm().disabled).toBe(true);
    p.confirm().click();
    expect(p.choices).toHaveLength(1);
  });
});

describe('series panel: the page ends its work', () => {
  it('does nothing on clicks after the signal is aborted', () => {
    const onConfirm = vi.fn();
    const p = open(MITO, [B1, B2, B3], { onConfirm });
    const run = vi.fn();
    p.panel.say('x', 'failed', { label: 'go', run });
    const go = p.root.querySelector<HTMLButtonElement>('[role="status"] button')!;
    const summary = p.summary();
    p.controller.abort();

    p.move(0, 'down');
    expect(p.rows().map((r) => r.bib)).toEqual(['101', '102', '103']);
    p.tick(0);
    // The box flips (that is the browser), but the panel no longer listens: the choice and the summary stay.
    expect(p.summary()).toBe(summary);
    p.confirm().click();
    expect(onConfirm).not.toHaveBeenCalled();
    go.click();
    expect(run).not.toHaveBeenCalled();
    p.root.querySelector<HTMLButtonElement>('button[data-action="close"]')!.click();
    expect(p.root.isConnected).toBe(true);
  });
});
