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

describe('北海道立図書館: 変更/取消 as the cancel guide shows it', () => {
  const PHONE_CALLOUT = '道立図書館一般資料サービス課 電話 011-386-8521';

  async function editScreen(browser: SimBrowser, link: '変更' | '取消' = '変更'): Promise<Page> {
    return browser.follow(await browser.get('/wo/usr/rsv'), link);
  }

  it('shows 変更 取消 in 備考 only for 予約中 holds, counter ones included, and the screen notes of the guide', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      holds: [
        { id: '1000121' },
        { id: '1000122', source: 'counter' },
        { id: '1000401', state: 'ready', readyOn: '2026-11-20' },
        { id: '1000402', fromOtherLibrary: true },
      ],
    });
    const list = await (await loggedIn()).get('/wo/usr/rsv');
    // Reserved today, so 予約中 stands in the 貸出可能 column: the guide's own sample row, 「予約中 変更 取消」.
    expect(tableRows(list, '備考').map((r) => [r[7], r[8]])).toEqual([
      ['予約中', '変更 取消'],
      ['予約中', '変更 取消'],
      ['貸出可能', ''],
      ['予約中', ''],
    ]);
    expect(list.text).toContain('※「貸出可能」になった予約をキャンセルしたい場合や、取置期限を延長したい場合は、北海道立図書館までご連絡ください。');
    expect(list.text).toContain('※他の図書館から取り寄せる資料については、Web上で予約の変更・取消はできません。');
    const state = await patronState();
    expect(state.holds.map((h) => [h.cancelBlocks, h.changeBlocks])).toEqual([
      [[], []],
      [[], []],
      [['secured'], ['secured']],
      [['other_library'], ['other_library']],
    ]);
  });

  it('lays out the 変更/取消 screen as step 3-1: 変更中止, 受取場所を変更する, 予約を取消する', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121' }] });
    const edit = await editScreen(await loggedIn(), '取消');
    const order = [
      '【書誌情報】',
      '書名ノルウェイの森 上',
      '現在予約件数 1件',
      '変更/取消を中止する場合は、右の『変更中止』ボタンを押して下さい。',
      '受取場所を変更する',
      '予約資料のお取置きができたときの受取場所を選択して、右の『変更する』ボタンを押して下さい。',
      '【連絡方法】 ご登録のメールアドレスへ連絡いたします。',
      '現在、【受取場所】 図書館 北海道立図書館',
      '予約を取消する',
      'この予約を取消する場合は、右の『取消する』ボタンを押して下さい。',
    ];
    const positions = order.map((text) => edit.text.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect([...edit.doc.querySelectorAll('form button')].map((b) => b.textContent)).toEqual(['変更中止', '変更する', '取消する']);
  });

  it('changes the 受取場所 to 自宅受取 (step 3-2), and 戻る on the confirmation changes nothing', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121' }] });
    const browser = await loggedIn();
    const confirm = await browser.submit(await editScreen(browser), { button: '変更する', fill: { pickup: '自宅受取' } });
    expect(confirm.text).toContain('予約資料のお取置きができた際の受取場所は右記のとおりです。');
    expect(confirm.text).toContain('この内容でよろしいければ『確認』ボタンを押してください。');
    expect(confirm.text).toContain('受取場所 自宅受取');
    const back = await browser.submit(confirm, { button: '戻る' });
    expect(back.text).toContain('現在、【受取場所】 図書館 北海道立図書館');
    expect((await patronState()).holds[0]?.pickup).toBe('北海道立図書館');
    const done = await browser.submit(await browser.submit(back, { button: '変更する', fill: { pickup: '自宅受取' } }), { button: '確認' });
    expect(done.text).toContain('受取場所を変更しました。');
    expect(done.text).toContain('ログアウトを忘れずに！');
    expect(tableRows(await browser.get('/wo/usr/rsv'), '備考')[0]?.[5]).toBe('自宅受取');
    expect((await editScreen(browser)).text).toContain('現在、【受取場所】 自宅受取');
  });

  it('never mistakes an unknown 受取場所 for a cancellation', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121' }] });
    const browser = await loggedIn();
    const id = (await patronState()).holds[0]!.id;
    const page = await browser.request('POST', '/wo/usr/rsv/edit', `id=${id}&op=change&pickup=${encodeURIComponent('どこか')}`);
    expect(page.url).toBe(`${origin}/wo/usr/rsv/edit?id=${id}`);
    expect(page.text).not.toContain('よろしいですか');
    const forged = await browser.request('POST', '/wo/usr/rsv/edit/confirm', `id=${id}&action=change&pickup=${encodeURIComponent('どこか')}&op=confirm`);
    expect(forged.text).not.toContain('変更しました');
    expect((await patronState()).holds[0]).toMatchObject({ state: 'waiting', pickup: '北海道立図書館' });
  });

  it('says to phone 一般資料サービス課 when the item was secured before 確認, and changes nothing', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121' }] });
    const browser = await loggedIn();
    const confirm = await browser.submit(await editScreen(browser, '取消'), { button: '取消する' });
    expect(confirm.text).toContain('この予約を取消します、よろしいですか？');
    await control(origin, 'return', { itemId: '1000121' });
    const refused = await browser.submit(confirm, { button: '確認' });
    expect(refused.text).toContain('状態が「貸出可能」の時は、すでに資料確保が終了しているためポータル上での変更・取消はできません。');
    expect(refused.text).toContain(PHONE_CALLOUT);
    expect(refused.text).not.toContain('予約を取消しました。');
    expect((await patronState()).holds[0]?.state).toBe('ready');
    const list = await browser.follow(refused, '予約状況照会へ戻る');
    expect(tableRows(list, '備考')[0]?.[8]).toBe('');
    const edit = await browser.get(`/wo/usr/rsv/edit?id=${(await patronState()).holds[0]!.id}`);
    expect(edit.text).toContain(PHONE_CALLOUT);
  });

  it('refuses 変更 and 取消 of an item from another library, even by a hand-made request', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000402', fromOtherLibrary: true }] });
    const browser = await loggedIn();
    const id = (await patronState()).holds[0]!.id;
    const edit = await browser.get(`/wo/usr/rsv/edit?id=${id}`);
    expect(edit.url).toBe(`${origin}/wo/usr/rsv`);
    expect(edit.doc.querySelector('p.notice')?.textContent).toBe('※他の図書館から取り寄せる資料については、Web上で予約の変更・取消はできません。');
    for (const body of [`id=${id}&action=cancel&op=confirm`, `id=${id}&action=change&pickup=${encodeURIComponent('議会図書室')}&op=confirm`]) {
      const page = await browser.request('POST', '/wo/usr/rsv/edit/confirm', body);
      expect(page.doc.querySelector('p.error')?.textContent).toBe('※他の図書館から取り寄せる資料については、Web上で予約の変更・取消はできません。');
    }
    expect((await patronState()).holds[0]).toMatchObject({ state: 'waiting', pickup: '北海道立図書館' });
  });

  it('cancels once: a second 確認 on the same screen finds no reservation and leaves the queue alone', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }, { id: '1000202' }] });
    const browser = await loggedIn();
    const confirm = await browser.submit(await editScreen(browser, '取消'), { button: '取消する' });
    expect((await browser.submit(confirm, { button: '確認' })).text).toContain('予約を取消しました。');
    const again = await browser.submit(confirm, { button: '確認' });
    expect(again.doc.querySelector('p.error')?.textContent).toBe('該当する予約はありません。');
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['cancelled', 'waiting']);
    expect(tableRows(await browser.get('/wo/usr/rsv'), '備考').map((r) => r[3])).toEqual(['三体Ⅱ 黒暗森林 上']);
  });
});

describe('北海道立図書館: 貸出延長 step by step', () => {
  it('shows the new 返却期日 before 確認, goes back with 戻る, and renews only once however often 確認 is sent', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, loans: [{ id: '1000601', lentOn: '2026-11-15' }] });
    const browser = await loggedIn();
    const list = await browser.get('/wo/usr/lend');
    const confirm = await browser.submit(list, { button: '貸出延長' });
    expect(tableRows(confirm, '延長後の返却期日')).toEqual([['博士の愛した数式'], ['2026/11/29'], ['2026/12/07']]);
    expect((await browser.submit(confirm, { button: '戻る' })).url).toBe(`${origin}/wo/usr/lend`);
    expect((await patronState()).loans[0]).toMatchObject({ due: '2026-11-29', renewals: 0 });
    expect((await browser.submit(confirm, { button: '確認' })).text).toContain('貸出延長しました。新しい返却期日は 2026/12/07 です。');
    const again = await browser.submit(confirm, { button: '確認' });
    expect(again.text).toContain('この資料は貸出延長できません。（すでに1度延長している）');
    expect((await patronState()).loans[0]).toMatchObject({ due: '2026-12-07', renewals: 1, renewalBlocks: ['renewed'] });
  });

  it('renews loans received at 議会図書室 or at home, not at a partner library', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      loans: [
        { id: '1000601', lentOn: '2026-11-15', pickup: '議会図書室' },
        { id: '1000602', lentOn: '2026-11-15', pickup: '自宅受取' },
        { id: '1000604', lentOn: '2026-11-15', pickup: '札幌市中央図書館' },
      ],
    });
    const list = await (await loggedIn()).get('/wo/usr/lend');
    const cells = [...list.doc.querySelectorAll('table.lend tr')].slice(1).map((tr) => tr.querySelectorAll('td')[6]!);
    expect(cells.map((td) => td.querySelector('input[value=貸出延長]') !== null)).toEqual([true, true, false]);
    expect(cells[2]?.textContent).toBe('延長できません（道立図書館・議会図書室・自宅以外で受け取った本）');
  });
});
