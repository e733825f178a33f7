// @vitest-environment node
import iconv from 'iconv-lite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { control, SimBrowser, tableRows, type Page, simState } from './browser';
import { startSim } from './start-sim';

const CARD = '20000001';
const PASSWORD = 'hokuto';
const LIMIT = 'インターネット予約サービスで予約できる資料は、1人につき7点までです。※内視聴覚資料は3点まで';


let sim: Awaited<ReturnType<typeof startSim>>;
let origin: string;

beforeAll(async () => {
  sim = await startSim({ libraries: ['hokuto-city'] });
  origin = sim.origins['hokuto-city']!;
});
afterAll(() => sim.close());
beforeEach(() => control(origin, 'reset', {}));

async function patronState() {
  return (await simState(origin)).patrons.find((p) => p.card === CARD)!;
}

async function results(browser: SimBrowser, fill: Record<string, string>): Promise<Page> {
  return browser.submit(await browser.get('/Libsearch/'), { button: '検索', fill });
}

async function loggedIn(): Promise<SimBrowser> {
  const browser = new SimBrowser(origin);
  await browser.submit(await browser.get('/Libsearch/login'), { button: 'ログイン', fill: { usercardno: CARD, userpasswd: PASSWORD } });
  return browser;
}

/** Search, tick, 予約カートに追加, 予約申請する, 予約申請実行 — as a logged-in patron. */
async function reserve(browser: SimBrowser, title: string, ids: string[]): Promise<Page> {
  return browser.submit(await confirmation(browser, title, ids), { button: '予約申請実行' });
}

async function confirmation(browser: SimBrowser, title: string, ids: string[]): Promise<Page> {
  const list = await results(browser, { title });
  const cart = await browser.submit(list, { button: '予約カートに追加', check: ids.map((id) => `id=${id}`) });
  return browser.submit(cart, { button: '予約申請する' });
}

function expectLimitRefusal(confirm: Page): void {
  expect(confirm.doc.querySelector('p.error')?.textContent).toBe(LIMIT);
  expect(confirm.doc.querySelector('input[value=予約申請実行]')).toBeNull();
}

describe('北杜市図書館: Shift_JIS', () => {
  it('declares and encodes Shift_JIS', async () => {
    const response = await fetch(`${origin}/Libsearch/`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=Shift_JIS');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.includes(iconv.encode('北杜市図書館', 'Shift_JIS'))).toBe(true);
    expect(bytes.includes(Buffer.from('北杜市図書館', 'utf8'))).toBe(false);
    expect(iconv.decode(bytes, 'Shift_JIS')).toContain('<meta charset="Shift_JIS">');
  });

  it('decodes a query string percent-encoded in Shift_JIS, and keeps it in its own links', async () => {
    // 三体 = 8E 4F 91 CC in Shift_JIS.
    const page = await new SimBrowser(origin).get('/Libsearch/search?title=%8EO%91%CC');
    expect(tableRows(page, '書名').map((r) => r[2])).toEqual(['三体', '三体Ⅱ 黒暗森林 上', '三体Ⅱ 黒暗森林 下', '三体Ⅲ 死神永生 上', '三体Ⅲ 死神永生 下']);
    expect(page.doc.querySelector('input[name=back]')?.getAttribute('value')).toBe('/Libsearch/search?title=%8EO%91%CC');
  });

  it('decodes a Japanese form value posted in Shift_JIS', async () => {
    const browser = new SimBrowser(origin);
    await browser.get('/Libsearch/');
    const pickup = [...iconv.encode('すたま森の図書館', 'Shift_JIS')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    const cart = await browser.request('POST', '/Libsearch/cart/add', `id=1000602&pickup=${pickup}&back=%2FLibsearch%2F`);
    expect(tableRows(cart, '受取館')).toEqual([['', '1', '舟を編む', '三浦しをん 著', '図書', 'すたま森の図書館']]);
  });

  it('reads a UTF-8 post as Shift_JIS, like the real server would (mojibake, no match)', async () => {
    const page = await new SimBrowser(origin).get(`/Libsearch/search?title=${encodeURIComponent('三体')}`);
    expect(page.text).toContain('0件見つかりました。');
  });

  it('round-trips every catalogue title through the browser form', async () => {
    const browser = new SimBrowser(origin);
    const page = await results(browser, { title: 'ハリー・ポッターと炎のゴブレット' });
    expect(tableRows(page, '書名').map((r) => r[2])).toEqual(['ハリー・ポッターと炎のゴブレット 上', 'ハリー・ポッターと炎のゴブレット 下']);
  });
});

describe('北杜市図書館: 予約カート → 予約申請する → ログイン → 予約申請実行', () => {
  it('keeps the anonymous cart through the login and lands on the confirmation', async () => {
    const browser = new SimBrowser(origin);
    const list = await results(browser, { title: 'ノルウェイの森' });
    const cart = await browser.submit(list, { button: '予約カートに追加', check: ['id=1000121', 'id=1000122'], fill: { pickup: 'たかね図書館' } });
    expect(cart.url).toBe(`${origin}/Libsearch/cart`);
    expect(cart.text).toContain('予約カートに追加しました。まだ予約の申請は行われていません。');
    const login = await browser.submit(cart, { button: '予約申請する' });
    expect(login.url).toBe(`${origin}/Libsearch/login`);
    const confirm = await browser.submit(login, { button: 'ログイン', fill: { usercardno: CARD, userpasswd: PASSWORD } });
    expect(confirm.url).toBe(`${origin}/Libsearch/reserve/confirm`);
    expect(tableRows(confirm, '受取館').map((r) => [r[1], r[4]])).toEqual([
      ['ノルウェイの森 上', 'たかね図書館'],
      ['ノルウェイの森 下', 'たかね図書館'],
    ]);
    const done = await browser.submit(confirm, { button: '予約申請実行' });
    expect(done.text).toContain('予約申請を受け付けました。');

    const holds = await browser.follow(done, '予約状況を確認する');
    expect(tableRows(holds, '状態').map((r) => [r[2], r[4], r[6], r[7]])).toEqual([
      ['ノルウェイの森 上', 'たかね図書館', '予約申請中', ''],
      ['ノルウェイの森 下', 'たかね図書館', '予約申請中', ''],
    ]);
    expect((await patronState()).cart).toEqual([]);
  });

  it('turns 予約申請中 into 予約中 on the next opening day, or 予約拒否 for a lost item', async () => {
    const browser = await loggedIn();
    await reserve(browser, 'ノルウェイの森 上', ['1000121']);
    await reserve(browser, '星の王子さま', ['1000707']);
    // 2026-11-23 is a Monday and a holiday: closed. Tuesday is the next opening day.
    await control(origin, 'advance', { days: 1 });
    const rows = tableRows(await browser.get('/Libsearch/mylib/reserve'), '状態');
    expect(rows.map((r) => [r[2], r[6], r[7]])).toEqual([
      ['ノルウェイの森 上', '予約中', '1'],
      ['星の王子さま', '予約拒否', ''],
    ]);
  });

  it('lets 上 and 下 be reserved separately, with no ordering: 下 can come first', async () => {
    const browser = await loggedIn();
    await reserve(browser, 'ノルウェイの森', ['1000121', '1000122']);
    await control(origin, 'advance', { days: 1 });
    await control(origin, 'return', { itemId: '1000122' });
    const rows = tableRows(await browser.get('/Libsearch/mylib/reserve'), '状態');
    expect(rows.map((r) => [r[2], r[6], r[8]])).toEqual([
      ['ノルウェイの森 上', '予約中', ''],
      // Notified 2026-11-24: kept from the next day for one week.
      ['ノルウェイの森 下', 'お取置き', '2026/12/01'],
    ]);
    expect(rows[1]?.[0]).toBe('');
  });

  it('cancels an uncollected お取置き after the week', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000602', state: 'ready', readyOn: '2026-11-24' }] });
    await control(origin, 'advance', { days: 8 });
    expect((await patronState()).holds[0]).toMatchObject({ state: 'ready', deadline: '2026-12-01' });
    await control(origin, 'advance', { days: 1 });
    expect((await patronState()).holds[0]?.state).toBe('expired');
  });

  it('keeps the deadline literal even when it falls on a closed day', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000602', state: 'ready', readyOn: '2026-12-22' }] });
    expect((await patronState()).holds[0]?.deadline).toBe('2026-12-29');
  });

  it('cancels a 予約申請中 hold with 予約取消', async () => {
    const browser = await loggedIn();
    await reserve(browser, '舟を編む', ['1000602']);
    const list = await browser.get('/Libsearch/mylib/reserve');
    const page = await browser.submit(list, { button: '予約取消', check: ['id=' + list.doc.querySelector('input[name=id]')?.getAttribute('value')] });
    expect(page.text).toContain('予約を取り消しました。');
    expect((await patronState()).holds[0]?.state).toBe('cancelled');
  });

  it('refuses the 8th item with the guide message', async () => {
    const seven = ['1000101', '1000102', '1000103', '1000121', '1000122', '1000132', '1000143'];
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: seven.map((id) => ({ id })) });
    const browser = await loggedIn();
    expectLimitRefusal(await confirmation(browser, '舟を編む', ['1000602']));
    const posted = await browser.request('POST', '/Libsearch/reserve/confirm', '');
    expect(posted.text).toContain(`舟を編む: ${LIMIT}`);
  });

  it('refuses a 4th audio-visual item', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: ['1000901', '1000902', '1000903'].map((id) => ({ id })) });
    const browser = await loggedIn();
    expectLimitRefusal(await confirmation(browser, '千と千尋の神隠し', ['1000904']));
    await browser.submit(await browser.get('/Libsearch/cart'), { button: '削除' });
    const ok = await reserve(browser, '舟を編む', ['1000602']);
    expect(ok.text).toContain('予約申請を受け付けました。');
  });

  it('refuses a title already reserved', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000602' }] });
    const done = await reserve(await loggedIn(), '舟を編む', ['1000602']);
    expect(done.text).toContain('舟を編む: 既に予約されている資料です。');
  });

  it('offers no checkbox for 館内閲覧のみ items', async () => {
    const page = await results(new SimBrowser(origin), { title: '山梨県の歴史' });
    expect(tableRows(page, '状態')).toEqual([['', '1', '山梨県の歴史', '飯田文弥 ほか著', '山川出版社 (県史)', '1999.9', '図書', '館内閲覧のみ', '0']]);
  });
});

describe('北杜市図書館: 貸出状況', () => {
  it('shows an overdue 返却予定日 in red and 予約 有 when someone waits', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      loans: [{ id: '1000601', lentOn: '2026-11-01', due: '2026-11-15' }, { id: '1000604', lentOn: '2026-11-20', reservedByOthers: true }],
    });
    const page = await (await loggedIn()).get('/Libsearch/mylib/lend');
    expect(tableRows(page, '返却予定日').map((r) => [r[1], r[4], r[5]])).toEqual([
      ['博士の愛した数式', '2026/11/15', ''],
      ['コンビニ人間', '2026/12/04', '有'],
    ]);
    const red = page.doc.querySelector('font[color=red]');
    expect(red?.textContent).toBe('2026/11/15');
  });
});

describe('北杜市図書館: 予約取消 and 予約の修正 as the guide states them', () => {
  const holdsPage = (browser: SimBrowser) => browser.get('/Libsearch/mylib/reserve');
  const notice = (page: Page) => page.doc.querySelector('p.notice')?.textContent;

  it('offers 予約取消 for web holds while 予約申請中 or 予約中 only, and no change of 受取館 at all', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      holds: [
        { id: '1000121', state: 'pending' },
        { id: '1000122', reservedOn: '2026-11-15' },
        { id: '1000301', state: 'ready', readyOn: '2026-11-21' },
        { id: '1000203', source: 'counter', reservedOn: '2026-11-10' },
      ],
    });
    const page = await holdsPage(await loggedIn());
    const rows = [...page.doc.querySelectorAll('table.reserve tr')].slice(1);
    expect(rows.map((tr) => [tr.querySelectorAll('td')[6]?.textContent, tr.querySelector('input[name=id]') !== null])).toEqual([
      ['予約申請中', true],
      ['予約中', true],
      ['お取置き', false],
      ['予約中', false],
    ]);
    expect(page.doc.querySelectorAll('select, input[value*=変更], button[value*=change]')).toHaveLength(0);
    expect(page.text).toContain('1 「予約申請中」の場合は、予約取消をしてから、改めて予約をしてください。');
    expect(page.text).toContain('2 「予約中」の場合は、受取館を変更することはできません。ご面倒でも受取指定の図書館にご連絡ください。');
    expect(page.text).toContain('※予約決定通知メール送信後は取消ができません。ご面倒でも図書館にご連絡ください。');
    expect((await patronState()).holds.map((h) => [h.cancelBlocks, h.changeBlocks])).toEqual([
      [[], ['not_offered']],
      [[], ['not_offered']],
      [['secured'], ['not_offered']],
      [['counter'], ['not_offered']],
    ]);
  });

  it('cancels an approved 予約中 hold and names it', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000122', reservedOn: '2026-11-15' }] });
    const browser = await loggedIn();
    const list = await holdsPage(browser);
    const id = (await patronState()).holds[0]!.id;
    const done = await browser.submit(list, { button: '予約取消', check: [`id=${id}`] });
    expect(notice(done)).toBe('ノルウェイの森 下: 予約を取り消しました。');
    expect(tableRows(done, '状態')).toEqual([]);
    expect((await patronState()).holds[0]?.state).toBe('cancelled');
  });

  it('changes the 受取館 of a 予約申請中 hold the guide’s way: 予約取消, then reserve again', async () => {
    const browser = await loggedIn();
    await reserve(browser, 'ノルウェイの森 上', ['1000121']);
    const first = (await patronState()).holds[0]!;
    expect(first).toMatchObject({ state: 'pending', pickup: '明野図書館' });
    await browser.submit(await holdsPage(browser), { button: '予約取消', check: [`id=${first.id}`] });
    const list = await results(browser, { title: 'ノルウェイの森 上' });
    const cart = await browser.submit(list, { button: '予約カートに追加', check: ['id=1000121'], fill: { pickup: 'むかわ図書館' } });
    await browser.submit(await browser.submit(cart, { button: '予約申請する' }), { button: '予約申請実行' });
    expect(tableRows(await holdsPage(browser), '状態').map((r) => [r[2], r[4], r[6]])).toEqual([['ノルウェイの森 上', 'むかわ図書館', '予約申請中']]);
    expect((await patronState()).holds.map((h) => [h.state, h.pickup])).toEqual([
      ['cancelled', '明野図書館'],
      ['pending', 'むかわ図書館'],
    ]);
  });

  it('refuses, in the guide’s words, お取置き (after the 予約決定通知) and counter holds, cancelling the others ticked with them', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      holds: [{ id: '1000122', reservedOn: '2026-11-15' }, { id: '1000301', state: 'ready', readyOn: '2026-11-21' }, { id: '1000203', source: 'counter' }],
    });
    const browser = await loggedIn();
    const ids = (await patronState()).holds.map((h) => h.id);
    // The page offers no box for the last two; a hand-made request ticks them anyway.
    const page = await browser.request('POST', '/Libsearch/mylib/reserve', ids.map((id) => `id=${id}`).join('&') + '&op=cancel');
    expect(notice(page)).toBe(
      'ノルウェイの森 下: 予約を取り消しました。 鬼滅の刃 1: 予約決定通知メール送信後は取消ができません。ご面倒でも図書館にご連絡ください。 三体Ⅱ 黒暗森林 下: カウンター窓口で受付した予約は、インターネットでの予約取消はできません。',
    );
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['cancelled', 'ready', 'waiting']);
  });

  it('cancels once: the same 予約取消 sent again finds no reservation', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121', state: 'pending' }] });
    const browser = await loggedIn();
    const list = await holdsPage(browser);
    const id = (await patronState()).holds[0]!.id;
    await browser.submit(list, { button: '予約取消', check: [`id=${id}`] });
    const again = await browser.submit(list, { button: '予約取消', check: [`id=${id}`] });
    expect(notice(again)).toBe('ノルウェイの森 上: 該当する予約はありません。');
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['cancelled']);
  });

  it('asks which hold when none is ticked', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121', state: 'pending' }] });
    const browser = await loggedIn();
    expect(notice(await browser.submit(await holdsPage(browser), { button: '予約取消' }))).toBe('取り消す予約を選択してください。');
    expect((await patronState()).holds[0]?.state).toBe('pending');
  });

  it('offers no renewal on the web', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, loans: [{ id: '1000601', lentOn: '2026-11-20' }] });
    const page = await (await loggedIn()).get('/Libsearch/mylib/lend');
    expect(page.doc.querySelectorAll('form, input[type=submit], button')).toHaveLength(0);
    expect((await patronState()).loans[0]?.renewalBlocks).toBeNull();
  });
});
