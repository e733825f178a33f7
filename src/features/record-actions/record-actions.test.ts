// @vitest-environment node
// The buttons and notes the feature puts on the library's own lists, and the question before a 取消.
import { describe, expect, it, vi } from 'vitest';
import { featureSim } from '../../../test/helpers/features';
import { DEMO_PAGES, DEMO_PATRONS } from '../../../test/sim/demo-world';
import { libraryById } from '../../libraries';
import { mountFeatures, ownedBy, removeOwned } from '../feature';
import type { FeatureServices } from '../services';
import { recordActions } from '.';
import { actionScreens } from './press';
import type { ActionDeps } from './run';
import { contactsFor } from './words';

const TODAY = '2026-11-23';
const { loggedIn, libraryAt, mount } = featureSim(['hokkaido-pref', 'mito-city', 'tochigi-pref'], TODAY);

/** Services that record what the feature asks for; no action reaches a library in these tests (part-act loads only when given). */
function services(card: string | null = '…3456', acting: { claim?: ActionDeps['claim']; loadsScreens?: boolean } = {}): Pick<FeatureServices, 'actionScreens' | 'cardName' | 'queuedActions'> {
  const never = () => Promise.reject(new Error('not in this test'));
  const actions: ActionDeps = { transport: never, fetchPage: never, read: () => { throw new Error('not in this test'); }, claim: acting.claim ?? never, finish: never };
  return {
    actionScreens: acting.loadsScreens ? async () => actionScreens(actions) : never,
    cardName: async () => card,
    queuedActions: async () => [],
  };
}

async function page(id: string, kind: 'holds' | 'loans', seed: object = {}) {
  const { card, password, ...demo } = DEMO_PATRONS[id]!;
  const browser = await loggedIn(id, card, password, { ...demo, ...seed });
  return browser.get(DEMO_PAGES[id]![kind]);
}

describe('actions on the library’s lists', () => {
  it('offers 取消 and 変更 where 北海道立 shows them, and for a ready hold its own words and number', async () => {
    const library = libraryAt('hokkaido-pref');
    const { doc } = await mount(recordActions, await page('hokkaido-pref', 'holds'), library, {}, services());
    const buttons = ownedBy<HTMLButtonElement>(doc, 'record-actions', 'button').map((b) => b.dataset.action);
    expect(buttons.filter((a) => a === 'cancel')).toHaveLength(3);
    expect(buttons.filter((a) => a === 'change_pickup')).toHaveLength(3);
    const notes = ownedBy(doc, 'record-actions', '[data-only="library"]');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.textContent).toContain('「貸出可能」になった予約をキャンセルしたい場合や、取置期限を延長したい場合は、北海道立図書館までご連絡ください。');
    expect(notes[0]!.querySelector('a')!.getAttribute('href')).toBe('tel:011-386-8521');
  });

  it('offers 取消 for a volume of a title read whole, and for a title another begins, and never says the web cannot', async () => {
    // 1Q84 BOOK2〈7月-9月〉 begins the 前編 row, but only its own row shows it whole: each gets its own 取消 (the 前編
    // with its volume "BOOK2 前編" apart in the title); the 後編, ready (the library has it on the shelf), gets the
    // library's words as every ready hold there.
    const holds = [{ id: '1000102', reservedOn: '2026-11-10' }, { id: '1000113', reservedOn: '2026-11-10' }, { id: '1000114', reservedOn: '2026-11-10' }];
    const { doc } = await mount(recordActions, await page('hokkaido-pref', 'holds', { holds }), libraryAt('hokkaido-pref'), {}, services());
    const cancels = ownedBy<HTMLButtonElement>(doc, 'record-actions', 'button[data-action="cancel"]');
    const labels = cancels.map((b) => b.getAttribute('aria-label') ?? '');
    expect(labels).toHaveLength(2);
    expect(labels.filter((l) => l.includes('1Q84 BOOK2〈7月-9月〉前編'))).toHaveLength(1);
    expect(labels.filter((l) => l.includes('1Q84 BOOK2〈7月-9月〉') && !l.includes('前編'))).toHaveLength(1);
    // Each button stands in the row of the hold it names.
    for (const button of cancels) {
      const rowText = (button.getRootNode() as ShadowRoot).host.closest('tr')!.textContent ?? '';
      expect(rowText.includes('前編')).toBe(button.getAttribute('aria-label')!.includes('前編'));
    }
    const notes = ownedBy(doc, 'record-actions', '[data-only="library"]');
    expect(notes).toHaveLength(1);
    expect((notes[0]!.getRootNode() as ShadowRoot).host.closest('tr')!.textContent).toContain('後編');
  });

  it('offers 予約取消 for 確保待ち holds at 栃木県立, and for a 貸出可能 one its guide’s words in full, with no number (it prints none)', async () => {
    const library = libraryAt('tochigi-pref');
    const { doc } = await mount(recordActions, await page('tochigi-pref', 'holds'), library, {}, services());
    const buttons = ownedBy<HTMLButtonElement>(doc, 'record-actions', 'button').map((b) => b.dataset.action);
    expect(buttons).toEqual(['cancel', 'cancel']);
    const notes = ownedBy(doc, 'record-actions', '[data-only="library"]');
    expect(notes.map((n) => n.textContent)).toEqual([
      '「貸出可能」の資料については、インターネット上で予約取消しはできません。お手数ですが、利用券番号・取消を希望する資料のタイトルを、メール又は電話などで図書館までご連絡ください。',
    ]);
    expect(notes[0]!.querySelector('a')).toBeNull();
  });

  it('offers 延長 at 栃木県立 only where its list shows the button (from the tenth day of a loan, not when reserved or overdue)', async () => {
    const library = libraryAt('tochigi-pref');
    const { doc } = await mount(recordActions, await page('tochigi-pref', 'loans'), library, {}, services());
    const buttons = ownedBy<HTMLButtonElement>(doc, 'record-actions', 'button[data-action="renew"]');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([expect.stringContaining('博士の愛した数式')]);
  });

  it('asks in Uketori’s words before a 取消, naming the title, the card and the library, and sends nothing on やめる', async () => {
    const library = libraryAt('hokkaido-pref');
    const { doc } = await mount(recordActions, await page('hokkaido-pref', 'holds'), library, {}, services());
    ownedBy<HTMLButtonElement>(doc, 'record-actions', 'button[data-action="cancel"]')[0]!.click();
    const status = ownedBy(doc, 'record-actions', 'span[data-action="cancel"]')[0]!;
    expect(status.firstChild!.textContent).toBe('「1Q84 BOOK1〈4月-6月〉」の予約（カード …3456、北海道立図書館）を取り消します。よろしいですか？');
    status.querySelector<HTMLButtonElement>('[data-confirm="no"]')!.click();
    expect(status.textContent).toBe('');
  });

  it('offers 延長する only for loans the page and the rules allow (水戸: not the overdue ones)', async () => {
    const library = libraryAt('mito-city');
    const { doc } = await mount(recordActions, await page('mito-city', 'loans'), library, {}, services());
    expect(ownedBy(doc, 'record-actions', 'button[data-action="renew"]')).toHaveLength(1);
  });
});

describe('once pressed', () => {
  it('says at once that it is telling the library and, when part-act cannot be loaded, that nothing changed, with the button to try again', async () => {
    const { doc } = await mount(recordActions, await page('hokkaido-pref', 'holds'), libraryAt('hokkaido-pref'), {}, services());
    const button = ownedBy<HTMLButtonElement>(doc, 'record-actions', 'button[data-action="cancel"]')[0]!;
    button.click();
    const status = ownedBy(doc, 'record-actions', 'span[data-action="cancel"]')[0]!;
    status.querySelector<HTMLButtonElement>('[data-confirm="yes"]')!.click();
    expect(status.textContent).toBe('図書館に伝えています…');
    expect(button.disabled).toBe(true);
    await vi.waitFor(() => expect(status.dataset.kind).toBe('failed'));
    expect(status.textContent).toBe('できませんでした（Error: not in this test）。何も変わっていません');
    expect(button.textContent).toBe('もう一度');
    expect(button.disabled).toBe(false);
  });

  it('shows the outcome part-act reaches in place of the button (a 取消 already done is not asked twice)', async () => {
    const claim = vi.fn(async () => ({ claimed: false, done: true }));
    const { doc } = await mount(recordActions, await page('hokkaido-pref', 'holds'), libraryAt('hokkaido-pref'), {}, services('…3456', { claim, loadsScreens: true }));
    const button = ownedBy<HTMLButtonElement>(doc, 'record-actions', 'button[data-action="cancel"]')[0]!;
    button.click();
    const status = ownedBy(doc, 'record-actions', 'span[data-action="cancel"]')[0]!;
    status.querySelector<HTMLButtonElement>('[data-confirm="yes"]')!.click();
    await vi.waitFor(() => expect(status.dataset.kind).toBe('already_done'));
    expect(status.textContent).toBe('この操作はもう済んでいます');
    expect(button.isConnected).toBe(false);
    expect(claim).toHaveBeenCalledTimes(1);
  });

  it('says there is no place to choose when part-act cannot be loaded, and 変更 can be pressed again', async () => {
    const { doc } = await mount(recordActions, await page('hokkaido-pref', 'holds'), libraryAt('hokkaido-pref'), {}, services());
    const open = ownedBy<HTMLButtonElement>(doc, 'record-actions', 'button[data-action="change_pickup"]')[0]!;
    open.click();
    const status = ownedBy(doc, 'record-actions', 'span[data-action="change_pickup"]')[0]!;
    expect(status.textContent).toBe('図書館に伝えています…');
    await vi.waitFor(() => expect(status.dataset.kind).toBe('failed'));
    expect(status.textContent).toBe('できませんでした（図書館の画面に受取場所の選択がありません）。何も変わっていません');
    expect(open.disabled).toBe(false);
  });
});

describe('not in the first paint', () => {
  it('mounts nothing while the mirror has not answered (the page’s badges come first), and its controls once it has', async () => {
    const library = libraryAt('hokkaido-pref');
    const first = await mount(recordActions, await page('hokkaido-pref', 'holds'), library, {}, services());
    const ctx = { ...first.ctx, doc: first.doc };
    removeOwned(ctx.doc, 'record-actions');
    const painted = await mountFeatures([recordActions], { ...ctx, known: null }, services(), () => true, () => {});
    expect(painted).toEqual([]);
    expect(ownedBy(ctx.doc, 'record-actions')).toHaveLength(0);
    expect(await mountFeatures([recordActions], ctx, services(), () => true, () => {}, painted)).toEqual(['record-actions']);
    expect(ownedBy(ctx.doc, 'record-actions', 'button').length).toBeGreaterThan(0);
  });
});

describe('whom to call', () => {
  it('names the branch a hold is picked up at, or every branch when the place names none', () => {
    const mito = libraryById('mito-city')!;
    expect(contactsFor(mito, 'cancel_hold', '東部図書館').map((c) => c.phone)).toEqual(['029-248-4051']);
    expect(contactsFor(mito, 'cancel_hold', null)).toHaveLength(6);
    expect(contactsFor(libraryById('hokkaido-pref')!, 'cancel_hold', '江別市情報図書館').map((c) => c.phone)).toEqual(['011-386-8521']);
    expect(contactsFor(libraryById('tochigi-pref')!, 'cancel_hold', null)).toEqual([]);
  });
});
