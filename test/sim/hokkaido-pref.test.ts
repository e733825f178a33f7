// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { control, SimBrowser, tableRows, type Page, simState } from './browser';
import { startSim } from './start-sim';

const CARD = '0123456';
const PASSWORD = 'hokkaido';
const HOLD_COLUMNS = ['番号', '予約日', '予約種別', 'タイトル', '連絡方法', '受取場所', '取置期限日', '貸出可能', '備考'];


let sim: Awaited<ReturnType<typeof startSim>>;
let origin: string;

beforeAll(async () => {
  sim = await startSim({ libraries: ['hokkaido-pref'] });
  origin = sim.origins['hokkaido-pref']!;
});
afterAll(() => sim.close());
beforeEach(() => control(origin, 'reset', {}));

async function patronState(card = CARD) {
  const state = await simState(origin);
  return state.patrons.find((p) => p.card === card)!;
}

async function loggedIn(card = CARD, password = PASSWORD): Promise<SimBrowser> {
  const browser = new SimBrowser(origin);
  const login = await browser.get('/wo/usr/login');
  const top = await browser.submit(login, { button: 'ログイン', fill: { card, password } });
  expect(top.text).toContain(`カード番号: ${card}`);
  return browser;
}

async function detail(browser: SimBrowser, title: string): Promise<Page> {
  const search = await browser.get('/wo/opc/srh/');
  const results = await browser.submit(search, { button: '検索', fill: { title } });
  return browser.follow(results, title);
}

async function addToCart(browser: SimBrowser, title: string): Promise<void> {
  const page = await browser.submit(await detail(browser, title), { button: '予約カート' });
  expect(page.text).toContain('予約カートに追加しました。');
}

describe('北海道立図書館: login and sessions', () => {
  it('redirects a protected page to the 利用者認証画面 and back after login', async () => {
    const browser = new SimBrowser(origin);
    const login = await browser.get('/wo/usr/rsv');
    expect(login.url).toBe(`${origin}/wo/usr/login`);
    expect(login.text).toContain('カード番号とパスワードを入力してログインボタンを押してください。');
    const page = await browser.submit(login, { button: 'ログイン', fill: { card: CARD, password: PASSWORD } });
    expect(page.url).toBe(`${origin}/wo/usr/rsv`);
    expect(page.doc.querySelector('h2')?.textContent).toBe('予約状況照会');
  });

  it('refuses a wrong password', async () => {
    const browser = new SimBrowser(origin);
    const page = await browser.submit(await browser.get('/wo/usr/login'), { button: 'ログイン', fill: { card: CARD, password: 'nope' } });
    expect(page.text).toContain('カード番号またはパスワードが正しくありません。');
  });

  it('sets an HttpOnly session cookie and renews it at login', async () => {
    const response = await fetch(`${origin}/wo/opc/srh/`);
    expect(response.headers.getSetCookie()[0]).toMatch(/^JSESSIONID=[0-9A-F]{32}; Path=\/wo\/; HttpOnly$/);
    const browser = new SimBrowser(origin);
    await browser.get('/wo/usr/login');
    const anonymous = browser.cookies.get('JSESSIONID');
    await browser.submit(await browser.get('/wo/usr/login'), { button: 'ログイン', fill: { card: CARD, password: PASSWORD } });
    expect(browser.cookies.get('JSESSIONID')).not.toBe(anonymous);
  });

  it('sends an expired session back to login, then to the page it asked for', async () => {
    const browser = await loggedIn();
    await control(origin, 'fail', { mode: 'expire-session' });
    const login = await browser.get('/wo/usr/lend');
    expect(login.url).toBe(`${origin}/wo/usr/login`);
    const page = await browser.submit(login, { button: 'ログイン', fill: { card: CARD, password: PASSWORD } });
    expect(page.url).toBe(`${origin}/wo/usr/lend`);
  });

  it('logs out', async () => {
    const browser = await loggedIn();
    await browser.follow(await browser.get('/wo/'), 'ログアウト');
    expect((await browser.get('/wo/usr/cart')).url).toBe(`${origin}/wo/usr/login`);
  });
});

describe('北海道立図書館: 蔵書検索 and 所蔵情報', () => {
  it('shows 状態 per copy and the 予約カート button with the 予約数 beside it', async () => {
    const browser = new SimBrowser(origin);
    const page = await detail(browser, '三体');
    expect(tableRows(page, '状態').map((r) => r[4])).toEqual(['貸出中', '貸出中']);
    expect(page.doc.querySelector('.lending input[type=submit]')?.getAttribute('value')).toBe('予約カート');
    expect(page.doc.querySelector('.lending')?.textContent).toContain('予約数 2件');
    expect(tableRows(await detail(browser, 'ペンギン・ハイウェイ'), '状態')[0]?.[4]).toBe('協力');
    expect(tableRows(await detail(browser, '1Q84 BOOK1〈4月-6月〉前編'), '状態')[0]?.[4]).toBe('在架');
  });

  it.each([
    ['広辞苑 第七版', '禁帯'],
    ['日本国語大辞典 第二版 第1巻', '館内'],
    ['文藝春秋 2026年11月号', '館短'],
  ])('has no 予約カート button for %s (%s)', async (title, status) => {
    const page = await detail(new SimBrowser(origin), title);
    expect(tableRows(page, '状態')[0]?.[4]).toBe(status);
    expect(page.html).not.toContain('value="予約カート"');
  });

  it('asks for login before adding to the cart, returns to the item, and hides the button once it is in the cart', async () => {
    const browser = new SimBrowser(origin);
    const login = await browser.submit(await detail(browser, '舟を編む'), { button: '予約カート' });
    expect(login.url).toBe(`${origin}/wo/usr/login`);
    const back = await browser.submit(login, { button: 'ログイン', fill: { card: CARD, password: PASSWORD } });
    expect(back.text).toContain('所蔵情報');
    const added = await browser.submit(back, { button: '予約カート' });
    expect(added.text).toContain('予約カートに追加しました。');
    expect(added.html).not.toContain('value="予約カート"');
    expect((await patronState()).cart.map((e) => e.recordId)).toEqual(['1000602']);
  });

  it('asks for a search condition', async () => {
    const page = await new SimBrowser(origin).get('/wo/opc/srh/list');
    expect(page.text).toContain('検索条件を入力してください。');
  });
});

describe('北海道立図書館: 予約カート状況 → 確認 → 予約状況照会', () => {
  it('reserves the checked items for the chosen 受取場所 and lists them with the guide columns', async () => {
    const browser = await loggedIn();
    await addToCart(browser, 'ノルウェイの森 上');
    await addToCart(browser, '舟を編む');
    const cart = await browser.get('/wo/usr/cart');
    const confirm = await browser.submit(cart, { button: '予約する', check: ['bib=1000121'], fill: { pickup: '札幌市中央図書館' } });
    expect(confirm.text).toContain('よろしければ『確認』ボタンを押してください。');
    expect(tableRows(confirm, 'タイトル')).toEqual([['ノルウェイの森 上', '通常', '札幌市中央図書館']]);
    const done = await browser.submit(confirm, { button: '確認' });
    expect(done.text).toContain('以下のタイトルについて予約を受け付けました。');

    const holds = await browser.follow(done, '予約状況照会へ');
    const headers = [...holds.doc.querySelectorAll('table.reserve th')].map((th) => th.textContent);
    expect(headers).toEqual(HOLD_COLUMNS);
    expect(tableRows(holds, '取置期限日')).toEqual([['1', '2026/11/23', '通常', 'ノルウェイの森 上', 'Eメール', '札幌市中央図書館', '', '予約中', '変更 取消']]);
    const state = await patronState();
    expect(state.cart.map((e) => e.recordId)).toEqual(['1000602']);
    expect(state.holds).toMatchObject([{ recordId: '1000121', state: 'waiting', pickup: '札幌市中央図書館', rank: 1 }]);
  });

  it('shows the queue rank in 貸出可能 once the reservation is reflected', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201', reservedOn: '2026-11-20' }] });
    const page = await (await loggedIn()).get('/wo/usr/rsv');
    expect(tableRows(page, '貸出可能')[0]?.[7]).toBe('3');
  });

  it('removes checked items with 削除', async () => {
    const browser = await loggedIn();
    await addToCart(browser, '舟を編む');
    const cart = await browser.submit(await browser.get('/wo/usr/cart'), { button: '削除', check: ['bib=1000602'] });
    expect(cart.text).toContain('予約カートに資料はありません。');
  });

  it('refuses a second reservation of the same title', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000602' }] });
    const browser = await loggedIn();
    await addToCart(browser, '舟を編む');
    const confirm = await browser.submit(await browser.get('/wo/usr/cart'), { button: '予約する', check: ['bib=1000602'] });
    const done = await browser.submit(confirm, { button: '確認' });
    expect(done.text).toContain('舟を編む: すでに予約している資料です。');
  });

  it('disables 予約する with 予約上限数を超過しています。 at 10 reservations, and refuses the 11th', async () => {
    const ten = ['1000101', '1000102', '1000103', '1000121', '1000122', '1000132', '1000143', '1000201', '1000202', '1000203'];
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: ten.map((id) => ({ id })) });
    const browser = await loggedIn();
    await addToCart(browser, '舟を編む');
    const cart = await browser.get('/wo/usr/cart');
    expect(cart.doc.querySelector('p.error')?.textContent).toBe('予約上限数を超過しています。');
    await expect(browser.submit(cart, { button: '予約する', check: ['bib=1000602'] })).rejects.toThrow(/disabled/);
    // A hand-made POST gets the same answer.
    const posted = await browser.request('POST', '/wo/usr/cart', 'bib=1000602&op=reserve&pickup=%E5%8C%97%E6%B5%B7%E9%81%93%E7%AB%8B%E5%9B%B3%E6%9B%B8%E9%A4%A8');
    expect(posted.text).toContain('予約上限数を超過しています。');
    expect((await patronState()).holds).toHaveLength(10);
  });

  it('refuses a selection that would pass the limit', async () => {
    const nine = ['1000101', '1000102', '1000103', '1000121', '1000122', '1000132', '1000143', '1000201', '1000202'];
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: nine.map((id) => ({ id })) });
    const browser = await loggedIn();
    await addToCart(browser, '舟を編む');
    await addToCart(browser, 'コンビニ人間');
    const cart = await browser.submit(await browser.get('/wo/usr/cart'), { button: '予約する', check: ['bib=1000602', 'bib=1000604'] });
    expect(cart.url).toBe(`${origin}/wo/usr/cart`);
    expect(cart.text).toContain('予約上限数を超過しています。');
  });
});

describe('北海道立図書館: 読みたい順予約', () => {
  async function reserveInOrder(browser: SimBrowser) {
    // Added out of order on purpose: the priority boxes decide.
    for (const title of ['1Q84 BOOK3〈10月-12月〉', '1Q84 BOOK2〈7月-9月〉', '1Q84 BOOK1〈4月-6月〉']) await addToCart(browser, title);
    const ordered = await browser.submit(await browser.get('/wo/usr/cart'), { button: '読みたい順予約' });
    expect(ordered.text).toContain('番号の若いものから先にご用意します。');
    const confirm = await browser.submit(ordered, {
      button: '予約する',
      check: ['bib=1000101', 'bib=1000102', 'bib=1000103'],
      fill: { priority_1000101: '1', priority_1000102: '2', priority_1000103: '3' },
    });
    expect(tableRows(confirm, '優先順位').map((r) => r.slice(0, 3))).toEqual([
      ['1', '1Q84 BOOK1〈4月-6月〉', '読みたい順'],
      ['2', '1Q84 BOOK2〈7月-9月〉', '読みたい順'],
      ['3', '1Q84 BOOK3〈10月-12月〉', '読みたい順'],
    ]);
    await browser.submit(confirm, { button: '確認' });
  }

  it('passes the priorities to the engine', async () => {
    const browser = await loggedIn();
    await reserveInOrder(browser);
    const holds = (await patronState()).holds;
    expect(holds.map((h) => [h.recordId, h.order?.priority])).toEqual([
      ['1000101', 1],
      ['1000102', 2],
      ['1000103', 3],
    ]);
    const page = await browser.get('/wo/usr/rsv');
    expect(tableRows(page, '予約種別').map((r) => r[2])).toEqual(['読みたい順(1)', '読みたい順(2)', '読みたい順(3)']);
  });

  it('does not ready volume 2 before volume 1, then readies it as soon as volume 1 is secured', async () => {
    await reserveInOrder(await loggedIn());
    await control(origin, 'return', { itemId: '1000102' });
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['waiting', 'waiting', 'waiting']);
    await control(origin, 'return', { itemId: '1000101' });
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['ready', 'ready', 'waiting']);
  });

  it('lets a normal reservation of volume 2 become ready first', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000101' }, { id: '1000102' }] });
    await control(origin, 'return', { itemId: '1000102' });
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['waiting', 'ready']);
  });
});

describe('北海道立図書館: hold shelf', () => {
  it('readies a hold when a copy returns on an opening day and shows the 10-day 取置期限日 after the e-mail', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121', reservedOn: '2026-11-20' }] });
    // 2026-11-23 is 勤労感謝の日 (a Monday): open; the closed Monday moves to Tuesday 11-24.
    await control(origin, 'advance', { days: 1 });
    await control(origin, 'return', { itemId: '1000121' });
    expect((await patronState()).holds[0]?.state).toBe('waiting');
    await control(origin, 'advance', { days: 1 });
    const hold = (await patronState()).holds[0]!;
    expect(hold).toMatchObject({ state: 'ready', readyOn: '2026-11-25', deadline: '2026-12-05' });

    const browser = await loggedIn();
    const sameDay = tableRows(await browser.get('/wo/usr/rsv'), '取置期限日')[0]!;
    expect([sameDay[6], sameDay[7], sameDay[8]]).toEqual(['', '貸出可能', '']);
    await control(origin, 'advance', { days: 1 });
    expect(tableRows(await browser.get('/wo/usr/rsv'), '取置期限日')[0]?.[6]).toBe('2026/12/05');
  });

  it('moves a deadline that falls in the year-end break to the next opening day', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121', state: 'ready', readyOn: '2026-12-19' }] });
    // 12-29 … 01-03 closed, 01-04 is a Monday: the hold is kept until Tuesday 2027-01-05.
    expect((await patronState()).holds[0]?.deadline).toBe('2027-01-05');
  });

  it('cancels an uncollected hold after its deadline and passes the copy on', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000602', state: 'ready', readyOn: '2026-11-23' }] });
    await control(origin, 'seed-patron', { card: '0999999', password: 'x', holds: [{ id: '1000602', reservedOn: '2026-11-20' }] });
    expect((await patronState()).holds[0]?.deadline).toBe('2026-12-03');
    await control(origin, 'advance', { days: 10 });
    expect((await patronState()).holds[0]?.state).toBe('ready');
    await control(origin, 'advance', { days: 1 });
    expect((await patronState()).holds[0]?.state).toBe('expired');
    expect((await patronState('0999999')).holds[0]?.state).toBe('ready');
    expect(tableRows(await (await loggedIn()).get('/wo/usr/rsv'), '貸出可能')).toEqual([]);
  });
});

describe('北海道立図書館: 変更・取消', () => {
  it('changes the 受取場所 through the confirmation screen', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121' }] });
    const browser = await loggedIn();
    const edit = await browser.follow(await browser.get('/wo/usr/rsv'), '変更');
    expect(edit.text).toContain('【書誌情報】');
    expect(edit.text).toContain('現在予約件数 1件');
    const confirm = await browser.submit(edit, { button: '変更する', fill: { pickup: '自宅受取' } });
    expect(confirm.text).toContain('受取場所を変更します、よろしいですか？');
    const done = await browser.submit(confirm, { button: '確認' });
    expect(done.text).toContain('受取場所を変更しました。');
    expect((await patronState()).holds[0]?.pickup).toBe('自宅受取');
  });

  it('cancels a waiting hold, and 変更中止 leaves it alone', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121' }] });
    const browser = await loggedIn();
    const edit = await browser.follow(await browser.get('/wo/usr/rsv'), '取消');
    expect((await browser.submit(edit, { button: '変更中止' })).url).toBe(`${origin}/wo/usr/rsv`);
    const confirm = await browser.submit(edit, { button: '取消する' });
    expect(confirm.text).toContain('この予約を取消します、よろしいですか？');
    const done = await browser.submit(confirm, { button: '確認' });
    expect(done.text).toContain('予約を取消しました。');
    expect((await patronState()).holds[0]?.state).toBe('cancelled');
  });

  it('offers no 変更/取消 once the item is secured', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121', state: 'ready' }] });
    const browser = await loggedIn();
    const list = await browser.get('/wo/usr/rsv');
    expect(tableRows(list, '備考')[0]?.[8]).toBe('');
    const holdId = (await patronState()).holds[0]!.id;
    const page = await browser.get(`/wo/usr/rsv/edit?id=${holdId}`);
    expect(page.url).toBe(`${origin}/wo/usr/rsv`);
    expect(page.text).toContain('ポータル上での変更・取消はできません');
  });
});

describe('北海道立図書館: 貸出延長', () => {
  async function renew(browser: SimBrowser, row: number): Promise<Page> {
    const list = await browser.get('/wo/usr/lend');
    const form = list.doc.querySelectorAll('table.lend tr')[row + 1]?.querySelector('form');
    const id = form?.querySelector('input[name=id]')?.getAttribute('value');
    if (!id) throw new Error(`row ${row} has no 貸出延長 button`);
    const confirm = await browser.request('POST', '/wo/usr/lend/renew', `id=${id}`);
    expect(confirm.text).toContain('よろしければ『確認』ボタンを押してください。');
    return browser.submit(confirm, { button: '確認' });
  }

  it('renews once, 14 days from the click (7 for 期間短縮資料)', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      loans: [{ id: '1000601', lentOn: '2026-11-15' }, { id: '1000610', lentOn: '2026-11-20' }],
    });
    const browser = await loggedIn();
    expect((await renew(browser, 0)).text).toContain('新しい返却期日は 2026/12/07 です。');
    expect((await renew(browser, 1)).text).toContain('新しい返却期日は 2026/11/30 です。');
    const rows = tableRows(await browser.get('/wo/usr/lend'), '貸出延長');
    expect(rows.map((r) => [r[3], r[6]])).toEqual([
      ['2026/12/07', '延長できません（すでに1度延長している）'],
      ['2026/11/30', '延長できません（すでに1度延長している）'],
    ]);
  });

  it('refuses loans the FAQ excludes', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      loans: [
        { id: '1000601', lentOn: '2026-11-15', pickup: '江別市情報図書館' },
        { id: '1000602', lentOn: '2026-11-15', reservedByOthers: true },
        { id: '1000604', lentOn: '2026-11-15', fromOtherLibrary: true },
      ],
    });
    const rows = tableRows(await (await loggedIn()).get('/wo/usr/lend'), '貸出延長');
    expect(rows.map((r) => r[6])).toEqual([
      '延長できません（道立図書館・議会図書室・自宅以外で受け取った本）',
      '延長できません（予約が入っている）',
      '延長できません（他の図書館から借り受けた本）',
    ]);
  });

  it('blocks every renewal while any loan is overdue, also for a hand-made POST', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      loans: [{ id: '1000601', lentOn: '2026-11-01', due: '2026-11-15' }, { id: '1000604', lentOn: '2026-11-20' }],
    });
    const browser = await loggedIn();
    expect(tableRows(await browser.get('/wo/usr/lend'), '貸出延長')[1]?.[6]).toBe('延長できません（延滞本がある）');
    const loanId = (await patronState()).loans[1]!.id;
    const page = await browser.request('POST', '/wo/usr/lend/renew/confirm', `id=${loanId}&op=confirm`);
    expect(page.text).toContain('この資料は貸出延長できません。（延滞本がある）');
  });
});
