// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { control, SimBrowser, tableRows, type Page, simState } from './browser';
import { startSim } from './start-sim';

const CARD = '99990001';
const PASSWORD = 'mito';
const HOLD_HEADERS = ['No.', '書名', '受取場所', 'ご連絡方法', '予約日', '状態', '順位', '引取期限日', '取消'];


let sim: Awaited<ReturnType<typeof startSim>>;
let origin: string;

beforeAll(async () => {
  sim = await startSim({ libraries: ['mito-city'] });
  origin = sim.origins['mito-city']!;
});
afterAll(() => sim.close());
beforeEach(() => control(origin, 'reset', {}));

async function patronState() {
  return (await simState(origin)).patrons.find((p) => p.card === CARD)!;
}

function logIn(browser: SimBrowser, page: Page): Promise<Page> {
  expect(page.url).toBe(`${origin}/toshokan/user/login`);
  return browser.submit(page, { button: 'ログインする', fill: { userid: CARD, password: PASSWORD } });
}

async function loggedIn(): Promise<SimBrowser> {
  const browser = new SimBrowser(origin);
  await logIn(browser, await browser.get('/toshokan/user/login'));
  return browser;
}

/** 簡単検索 (the keyword is posted in Shift_JIS by the form), tick, カートに入れる. */
async function putInCart(browser: SimBrowser, keyword: string, ids: string[]): Promise<Page> {
  const list = await browser.submit(await browser.get('/toshokan/search/easy'), { button: '検索', fill: { keyword } });
  return browser.submit(list, { button: 'カートに入れる', check: ids.map((id) => `id=${id}`) });
}

/** 予約カート → 予約する → 予約情報入力 → 次に進む → 予約する. */
async function reserve(browser: SimBrowser, ids: string[], fill: Record<string, string> = {}): Promise<Page> {
  const input = await browser.submit(await browser.get('/toshokan/user/cart'), { button: '予約する', check: ids.map((id) => `id=${id}`) });
  expect(input.doc.querySelector('h1')?.textContent).toBe('予約情報入力');
  const confirm = await browser.submit(input, { button: '次に進む', fill });
  expect(confirm.doc.querySelector('h1')?.textContent).toBe('予約内容確認');
  return browser.submit(confirm, { button: '予約する' });
}

describe('水戸市立図書館: 簡単検索 → カートに入れる → 予約カート → 予約完了', () => {
  it('follows the guide’s six steps and lists the hold in 予約一覧', async () => {
    const browser = await loggedIn();
    const added = await putInCart(browser, 'ノルウェイの森', ['1000121']);
    expect(added.text).toContain('カートに入れました。');
    expect(added.charset).toBe('Shift_JIS');
    const done = await reserve(browser, ['1000121'], { uketori: '東部図書館', renraku: '連絡不要' });
    expect(done.doc.querySelector('h1')?.textContent).toBe('予約完了');
    expect(done.text).toContain('以下の資料の予約を受け付けました。');
    const holds = await browser.submit(done, { button: '予約完了' });
    expect([...holds.doc.querySelectorAll('table.list th')].map((th) => th.textContent)).toEqual(HOLD_HEADERS);
    expect(tableRows(holds, '引取期限日')).toEqual([['1', 'ノルウェイの森 上', '東部図書館', '連絡不要', '2026/11/23', '予約中', '1', '', '']]);
    expect(holds.doc.querySelector('table.list input[value=取消]')).not.toBeNull();
    expect((await patronState()).cart).toEqual([]);
  });

  it('searches with 詳しく探す too, and asks a visitor to log in before the cart', async () => {
    const browser = new SimBrowser(origin);
    const list = await browser.submit(await browser.get('/toshokan/search/detail'), { button: '検索', fill: { title: '三体', author: '劉慈欣' } });
    expect(tableRows(list, '書名').map((r) => r[2])).toEqual(['三体', '三体Ⅱ 黒暗森林 上', '三体Ⅱ 黒暗森林 下', '三体Ⅲ 死神永生 上', '三体Ⅲ 死神永生 下']);
    const cart = await logIn(browser, await browser.submit(list, { button: 'カートに入れる', check: ['id=1000201'] }));
    expect(cart.url).toBe(`${origin}/toshokan/user/cart`);
    expect(tableRows(cart, '書名').map((r) => r[2])).toEqual(['三体']);
  });

  it('stops at 15 reservations with the guide’s words', async () => {
    const fifteen = ['1000101', '1000102', '1000103', '1000121', '1000122', '1000132', '1000143', '1000201', '1000202', '1000203', '1000302', '1000304', '1000402', '1000603', '1000609'];
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: fifteen.map((id) => ({ id })) });
    const browser = await loggedIn();
    await putInCart(browser, '舟を編む', ['1000602']);
    const cart = await browser.submit(await browser.get('/toshokan/user/cart'), { button: '予約する', check: ['id=1000602'] });
    expect(cart.url).toBe(`${origin}/toshokan/user/cart`);
    expect(cart.text).toContain('予約の受付点数は、ひとり15点までです。');
    expect((await patronState()).holds).toHaveLength(15);
  });

  it('refuses a title the patron already borrows', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, loans: [{ id: '1000602', lentOn: '2026-11-20' }] });
    const browser = await loggedIn();
    await putInCart(browser, '舟を編む', ['1000602']);
    const done = await reserve(browser, ['1000602']);
    expect(done.doc.querySelector('p.error')?.textContent).toBe('舟を編む：既に予約している資料、または現在借りている資料は予約できません。');
  });

  it('sends an expired session to login and back', async () => {
    const browser = await loggedIn();
    await control(origin, 'fail', { mode: 'expire-session' });
    const page = await logIn(browser, await browser.get('/toshokan/user/lend'));
    expect(page.url).toBe(`${origin}/toshokan/user/lend`);
    expect(page.doc.querySelector('h1')?.textContent).toBe('貸出中一覧');
  });
});

describe('水戸市立図書館: 予約一覧', () => {
  it('shows ご用意できました and the 引取期限日 about a week after the next-day mail', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121', reservedOn: '2026-11-20' }] });
    await control(origin, 'advance', { days: 1 }); // 11-24: the closed day after the holiday Monday
    await control(origin, 'return', { itemId: '1000121' });
    expect((await patronState()).holds[0]?.state).toBe('waiting');
    await control(origin, 'advance', { days: 1 });
    const row = tableRows(await (await loggedIn()).get('/toshokan/user/reserve'), '引取期限日')[0]!;
    expect([row[5], row[6], row[7], row[8]]).toEqual(['ご用意できました', '', '2026/12/03', '']);
  });

  it('shows 取消 only for web holds not yet ready, and refuses the others', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      holds: [{ id: '1000201' }, { id: '1000203', source: 'counter' }, { id: '1000301', state: 'ready', readyOn: '2026-11-21' }],
    });
    const browser = await loggedIn();
    const list = await browser.get('/toshokan/user/reserve');
    const rows = [...list.doc.querySelectorAll('table.list tr')].filter((tr) => tr.querySelector('td'));
    expect(rows.map((tr) => tr.querySelector('input[value=取消]') !== null)).toEqual([true, false, false]);
    const after = await browser.submit(list, { button: '取消' });
    expect(after.text).toContain('予約を取り消しました。');
    const counterId = (await patronState()).holds[1]!.id;
    const refused = await browser.request('POST', '/toshokan/user/reserve/cancel', `id=${counterId}`);
    expect(refused.text).toContain('この予約は取消できません。');
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['cancelled', 'waiting', 'ready']);
  });
});

describe('水戸市立図書館: 貸出中一覧 → 貸出延長', () => {
  it('renews once for 15 days from the request', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, loans: [{ id: '1000601', lentOn: '2026-11-15' }] });
    const browser = await loggedIn();
    const list = await browser.get('/toshokan/user/lend');
    const loanId = (await patronState()).loans[0]!.id;
    const done = await browser.submit(list, { button: '貸出延長', check: [`id=${loanId}`] });
    expect(done.text).toContain('博士の愛した数式：延長しました。新しい貸出期限は 2026/12/08 です。');
    const again = await browser.submit(await browser.get('/toshokan/user/lend'), { button: '貸出延長', check: [`id=${loanId}`] });
    expect(again.text).toContain('延長できません（延長は1回のみです）');
  });

  it('refuses reserved, borrowed-from-elsewhere and overdue loans', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      loans: [
        { id: '1000602', lentOn: '2026-11-15', reservedByOthers: true },
        { id: '1000604', lentOn: '2026-11-15', fromOtherLibrary: true },
        { id: '1000605', lentOn: '2026-11-01', due: '2026-11-16' },
      ],
    });
    const browser = await loggedIn();
    const list = await browser.get('/toshokan/user/lend');
    expect(tableRows(list, '備考').map((r) => r[6])).toEqual(['予約が入っています', '他の公共図書館等からの借用資料です', '貸出期限が過ぎています']);
    const ids = (await patronState()).loans.map((l) => `id=${l.id}`);
    const done = await browser.submit(list, { button: '貸出延長', check: ids });
    expect(done.doc.querySelectorAll('li.error')).toHaveLength(3);
    expect((await patronState()).loans.map((l) => l.renewals)).toEqual([0, 0, 0]);
  });

  it('escapes markup titles (Shift_JIS pages)', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000801' }], loans: [{ id: '1000802', lentOn: '2026-11-20' }] });
    const browser = await loggedIn();
    const list = await browser.get('/toshokan/search/result?title=%3C');
    const pages = [list, await browser.get('/toshokan/search/book?id=1000802'), await browser.get('/toshokan/user/reserve'), await browser.get('/toshokan/user/lend')];
    pages.push(await browser.submit(list, { button: 'カートに入れる', check: ['id=1000801', 'id=1000802'] }));
    pages.push(await browser.get('/toshokan/user/cart'));
    for (const page of pages) {
      expect(page.html).not.toContain('<script>alert');
      expect(page.html).not.toContain('<b>太字');
      expect(page.doc.querySelector('#content script, #content b, #content i')).toBeNull();
    }
    expect(pages[0]!.text).toContain('<b>太字</b>の本');
    expect(pages[5]!.text).toContain('<script>alert(1)</script>');
  });
});

describe('水戸市立図書館: 予約の取消 and 貸出延長, every outcome', () => {
  const message = (page: Page) => page.doc.querySelector('p.message')?.textContent;

  it('cancels from 予約一覧 and refuses, with the guide’s words, a ready hold or the same 取消 sent twice', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }, { id: '1000301', state: 'ready', readyOn: '2026-11-21' }] });
    const browser = await loggedIn();
    const list = await browser.get('/toshokan/user/reserve');
    expect(list.text).toContain('※画面に取消ボタンが表示されないものは、受取場所の図書館に電話連絡してください。');
    expect(message(await browser.submit(list, { button: '取消' }))).toBe('予約を取り消しました。（三体）');
    expect(message(await browser.submit(list, { button: '取消' }))).toBe('該当する予約はありません。');
    const readyId = (await patronState()).holds[1]!.id;
    const refused = await browser.request('POST', '/toshokan/user/reserve/cancel', `id=${readyId}`);
    expect(message(refused)).toBe('この予約は取消できません。受取場所の図書館に電話連絡してください。');
    expect((await patronState()).holds.map((h) => [h.state, h.cancelBlocks, h.changeBlocks])).toEqual([
      ['cancelled', ['gone'], ['not_offered']],
      ['ready', ['secured'], ['not_offered']],
    ]);
    expect(list.doc.querySelectorAll('#content select')).toHaveLength(0);
  });

  it('renews each ticked loan on its own line, and asks for a tick when there is none', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      loans: [{ id: '1000601', lentOn: '2026-11-15' }, { id: '1000602', lentOn: '2026-11-15', reservedByOthers: true }],
    });
    const browser = await loggedIn();
    const list = await browser.get('/toshokan/user/lend');
    expect(list.text).toContain('※貸出延長処理後の新しい貸出期間は、延長を申し込んだ日から15日間です。延長は1回のみです。');
    expect(message(await browser.submit(list, { button: '貸出延長' }))).toBe('延長する資料をチェックしてください。');
    const ids = (await patronState()).loans.map((l) => `id=${l.id}`);
    const done = await browser.submit(list, { button: '貸出延長', check: ids });
    expect([...done.doc.querySelectorAll('#content li')].map((li) => li.textContent)).toEqual([
      '博士の愛した数式：延長しました。新しい貸出期限は 2026/12/08 です。',
      '舟を編む：延長できません（予約が入っています）。',
    ]);
    expect((await patronState()).loans.map((l) => [l.due, l.renewals])).toEqual([
      ['2026-12-08', 1],
      ['2026-11-30', 0],
    ]);
  });
});
