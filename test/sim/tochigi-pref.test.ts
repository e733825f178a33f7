// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { control, SimBrowser, type Page, simState } from './browser';
import { startSim } from './start-sim';

const CARD = '9000001';
const PASSWORD = 'tochigi';
const LIMIT = '当館ホームページから予約ができるのは、図書・雑誌・視聴覚資料（ＣＤ・ビデオなど）合わせて１０点までです。';


let sim: Awaited<ReturnType<typeof startSim>>;
let origin: string;

beforeAll(async () => {
  sim = await startSim({ libraries: ['tochigi-pref'] });
  origin = sim.origins['tochigi-pref']!;
});
afterAll(() => sim.close());
beforeEach(() => control(origin, 'reset', {}));

async function patronState() {
  return (await simState(origin)).patrons.find((p) => p.card === CARD)!;
}

function authenticate(browser: SimBrowser, page: Page): Promise<Page> {
  expect(page.url).toBe(`${origin}/opac/auth`);
  expect(page.doc.querySelector('h1')?.textContent).toBe('認証');
  return browser.submit(page, { button: 'ログイン(認証)', fill: { txt_usercd: CARD, txt_password: PASSWORD } });
}

async function loggedIn(): Promise<SimBrowser> {
  const browser = new SimBrowser(origin);
  await authenticate(browser, await browser.get('/opac/auth'));
  return browser;
}

function entries(page: Page): { title: string; lines: string[] }[] {
  return [...page.doc.querySelectorAll('ol.list-book.result > li')].map((li) => ({
    title: li.querySelector('.link-image .title')?.textContent ?? '',
    lines: [...li.querySelectorAll('div.column.info p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()),
  }));
}

async function results(browser: SimBrowser, word: string): Promise<Page> {
  return browser.submit(await browser.get('/opac/'), { button: '検索', fill: { txt_word: word } });
}

/** 検索結果一覧 → 予約かごへ → 予約 → 確認, as a patron already logged in. */
async function reserve(browser: SimBrowser, word: string, index: number): Promise<Page> {
  const basket = await browser.submit(await results(browser, word), { button: '予約かごへ', check: [`chk_check=${index}`] });
  const confirm = await browser.submit(basket, { button: '予約' });
  return browser.submit(confirm, { button: '確認' });
}

describe('栃木県立図書館: 検索 → 予約かごへ → 認証 → 予約 → 確認', () => {
  it('asks for 認証 at 予約かごへ, then takes 予約連絡方法/予約受取場所/予約対象 and confirms', async () => {
    const browser = new SimBrowser(origin);
    const list = await results(browser, 'ノルウェイの森');
    expect(entries(list).map((e) => e.title)).toEqual(['ノルウェイの森 上', 'ノルウェイの森 下', 'ノルウェイの森 上', 'ノルウェイの森 下']);
    const basket = await authenticate(browser, await browser.submit(list, { button: '予約かごへ', check: ['chk_check=0'] }));
    expect(basket.url).toBe(`${origin}/opac/basket`);
    const labels = [...basket.doc.querySelectorAll('table.tbl-02 th')].map((th) => th.textContent);
    expect(labels).toEqual(['予約受取場所', '予約連絡方法', '予約対象']);
    const confirm = await browser.submit(basket, { button: '予約', fill: { cmb_area: '02', cmb_contact: '1' } });
    expect(confirm.doc.querySelector('h1')?.textContent).toBe('予約確認');
    expect(confirm.text).toContain('予約受取場所2階貸出カウンター');
    expect(confirm.text).toContain('予約連絡方法不要');
    const done = await browser.submit(confirm, { button: '確認' });
    expect(done.text).toContain('以下のタイトルについて予約を行いました。');

    const holds = await browser.follow(done, '予約状況一覧へ');
    expect(entries(holds)).toEqual([
      { title: 'ノルウェイの森 上', lines: ['予約日:2026/11/23', '受取場所:2階貸出カウンター', '連絡方法:不要', '状態:確保待ち'] },
    ]);
    expect((await patronState()).holds).toMatchObject([{ recordId: '1000121', state: 'waiting', pickup: '2階貸出カウンター' }]);
  });

  it('refuses past 10 reservations with the guide’s words', async () => {
    const ten = ['1000101', '1000102', '1000103', '1000122', '1000132', '1000143', '1000201', '1000202', '1000203', '1000302'];
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: ten.map((id) => ({ id })) });
    const done = await reserve(await loggedIn(), 'ノルウェイの森', 0);
    expect(done.doc.querySelector('div.report')?.textContent).toBe(`ノルウェイの森 上理由:${LIMIT}`);
    expect((await patronState()).holds).toHaveLength(10);
  });

  it('does not offer 貸出禁止資料', async () => {
    const list = await results(new SimBrowser(origin), '広辞苑');
    expect(list.doc.querySelector('input[name=chk_check]')).toBeNull();
    const detail = await new SimBrowser(origin).get('/opac/detail?bibid=1000701');
    expect(detail.text).toContain('この資料は予約できません。');
  });

  it('refuses a POST whose hid_session is not the session’s', async () => {
    const browser = await loggedIn();
    await results(browser, '舟を編む');
    const page = await browser.request('POST', '/opac/search-list', 'hid_session=nope&chk_check=0&submit_btn_rsv_basket=x');
    expect(page.text).toContain('セッションが無効です。');
  });

  it('sends an expired session to 認証 and back to the page', async () => {
    const browser = await loggedIn();
    await control(origin, 'fail', { mode: 'expire-session' });
    const page = await authenticate(browser, await browser.get('/opac/reserve-list'));
    expect(page.url).toBe(`${origin}/opac/reserve-list`);
  });
});

describe('栃木県立図書館: 予約状況一覧', () => {
  it('shows 貸出可能 with a deadline two weeks after the notice', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121', reservedOn: '2026-11-20' }] });
    // 11-23 (a holiday Monday) opens; the closed Monday moves to Tuesday 11-24.
    await control(origin, 'advance', { days: 1 });
    await control(origin, 'return', { itemId: '1000121' });
    expect((await patronState()).holds[0]?.state).toBe('waiting');
    await control(origin, 'advance', { days: 1 });
    const lines = entries(await (await loggedIn()).get('/opac/reserve-list'))[0]?.lines;
    expect(lines?.slice(-2)).toEqual(['状態:貸出可能', '取置期限日:2026/12/09']);
  });

  it('keeps the item until the next day when two weeks later is a closed day', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121' }] });
    await control(origin, 'return', { itemId: '1000121' });
    // Ready and notified 11-23; 12-07 is a Monday (closed), so the item waits until 12-08.
    expect((await patronState()).holds[0]).toMatchObject({ state: 'ready', deadline: '2026-12-08' });
  });

  it('cancels with 予約取消 only while 確保待ち', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }, { id: '1000401', state: 'ready', readyOn: '2026-11-21' }] });
    const browser = await loggedIn();
    const list = await browser.get('/opac/reserve-list');
    expect([...list.doc.querySelectorAll('ol.list-book > li')].map((li) => li.querySelector('input[value=予約取消]') !== null)).toEqual([true, false]);
    expect(list.text).toContain('状態:貸出可能');
    const after = await browser.submit(list, { button: '予約取消', form: 'form.cancel' });
    expect(after.text).toContain('予約を取り消しました。（三体）');
    const readyId = (await patronState()).holds[1]!.id;
    const refused = await browser.request('POST', '/opac/reserve-cancel', `hid_session=${browser.cookies.get('TPLSESSIONID')}&hid_rsvid=${readyId}`);
    expect(refused.text).toContain('インターネット上で予約取消しはできません。');
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['cancelled', 'ready']);
  });
});

describe('栃木県立図書館: MYライブラリ and 貸出状況一覧', () => {
  it('offers 延長 from the 10th day of the loan', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      loans: [{ id: '1000601', lentOn: '2026-11-14' }, { id: '1000604', lentOn: '2026-11-15' }],
    });
    const browser = await loggedIn();
    const menu = await browser.get('/opac/mylibrary');
    expect(menu.doc.querySelector('h1')?.textContent).toBe('MYライブラリ');
    const list = await browser.follow(menu, '貸出状況一覧');
    const items = [...list.doc.querySelectorAll('ol.list-book > li')];
    // 11-14 → day 10 is today (11-23); 11-15 → day 9.
    expect(items.map((li) => li.querySelector('input[value=延長]') !== null)).toEqual([true, false]);
    expect(entries(list)[1]?.lines).toContain('延長できません（延長は貸出日から10日目以降にできます）');
    const confirm = await browser.submit(list, { button: '延長', form: 'form.extension' });
    const done = await browser.submit(confirm, { button: '延長する' });
    expect(done.text).toContain('返却予定日:2026/12/07');
    const early = (await patronState()).loans[1]!.id;
    const refused = await browser.request('POST', '/opac/lend-extension', `hid_session=${browser.cookies.get('TPLSESSIONID')}&hid_lendid=${early}&submit_btn_confirm=x`);
    expect(refused.text).toContain('この資料は貸出延長できません。');
    await control(origin, 'advance', { days: 1 });
    expect((await browser.get('/opac/lend-list')).doc.querySelectorAll('input[value=延長]')).toHaveLength(1);
  });

  it('does not renew a reserved loan', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, loans: [{ id: '1000602', lentOn: '2026-11-10', reservedByOthers: true }] });
    expect(entries(await (await loggedIn()).get('/opac/lend-list'))[0]?.lines).toContain('延長できません（予約が入っています）');
  });

  it('escapes markup titles on every list', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000801' }], loans: [{ id: '1000802', lentOn: '2026-11-20' }] });
    const browser = await loggedIn();
    const pages = [await browser.get('/opac/search-list?txt_word=%3C'), await browser.get('/opac/detail?bibid=1000802'), await browser.get('/opac/reserve-list'), await browser.get('/opac/lend-list')];
    for (const page of pages) {
      expect(page.html).not.toContain('<script>alert');
      expect(page.html).not.toContain('<b>太字');
      expect(page.doc.querySelector('#main script, #main i')).toBeNull();
    }
    expect(pages[0]!.text).toContain('<b>太字</b>の本');
    expect(pages[1]!.text).toContain('<script>alert(1)</script>');
  });
});

describe('栃木県立図書館: 予約の取消し and 延長, every outcome', () => {
  const notice = (page: Page) => page.doc.querySelector('p.notice')?.textContent;
  const SECURED =
    '貸出準備ができた資料（「予約状況一覧」画面で状態が「貸出可能」のもの）については、インターネット上で予約取消しはできません。この場合はお手数ですが、利用券番号・取消を希望する資料のタイトルを、メール又は電話などで図書館までご連絡ください。';

  it('says on the list which holds can be cancelled, and offers no change of the 受取場所', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }, { id: '1000401', state: 'ready', readyOn: '2026-11-21' }] });
    const list = await (await loggedIn()).get('/opac/reserve-list');
    expect(list.text).toContain('「確保待ち」の資料は、「予約取消」ボタンで予約を取消すことができます。');
    expect(list.text).toContain('「貸出可能」の資料については、インターネット上で予約取消しはできません。お手数ですが、利用券番号・取消を希望する資料のタイトルを、メール又は電話などで図書館までご連絡ください。');
    expect(list.doc.querySelectorAll('#main select')).toHaveLength(0);
    expect((await patronState()).holds.map((h) => [h.cancelBlocks, h.changeBlocks])).toEqual([
      [[], ['not_offered']],
      [['secured'], ['not_offered']],
    ]);
  });

  it('refuses 予約取消 of a 貸出可能 item with the guide’s whole second point, and cancels a hold only once', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }, { id: '1000401', state: 'ready', readyOn: '2026-11-21' }] });
    const browser = await loggedIn();
    const list = await browser.get('/opac/reserve-list');
    const [waiting, ready] = (await patronState()).holds;
    const post = (id: string) => browser.request('POST', '/opac/reserve-cancel', `hid_session=${browser.cookies.get('TPLSESSIONID')}&hid_rsvid=${id}&submit_btn_cancel=x`);
    expect(notice(await post(ready!.id))).toBe(SECURED);
    expect(notice(await browser.submit(list, { button: '予約取消', form: 'form.cancel' }))).toBe('予約を取り消しました。（三体）');
    expect(notice(await browser.submit(list, { button: '予約取消', form: 'form.cancel' }))).toBe('該当する予約はありません。');
    expect(notice(await post(waiting!.id))).toBe('該当する予約はありません。');
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['cancelled', 'ready']);
  });

  it('renews through 延長する 14 days from the request, once; a second 延長する and an overdue loan are refused', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      loans: [{ id: '1000601', lentOn: '2026-11-12' }, { id: '1000604', lentOn: '2026-11-01', due: '2026-11-15' }],
    });
    const browser = await loggedIn();
    const list = await browser.get('/opac/lend-list');
    expect(entries(list).map((e) => e.lines.at(-1))).toEqual(['延長回数:0回', '延長できません（返却期限を過ぎています）']);
    const confirm = await browser.submit(list, { button: '延長', form: 'form.extension' });
    expect(entries(confirm)[0]?.lines).toEqual(['返却予定日:2026/11/26', '延長後の返却予定日:2026/12/07']);
    expect((await browser.submit(confirm, { button: '延長する' })).text).toContain('以下の資料の貸出延長を行いました。');
    const again = await browser.submit(confirm, { button: '延長する' });
    expect(again.doc.querySelector('div.report')?.textContent).toContain('延長できません（延長済みです）');
    const overdue = (await patronState()).loans[1]!.id;
    const refused = await browser.request('POST', '/opac/lend-extension', `hid_session=${browser.cookies.get('TPLSESSIONID')}&hid_lendid=${overdue}`);
    expect(refused.doc.querySelector('div.report')?.textContent).toContain('延長できません（返却期限を過ぎています）');
    expect((await patronState()).loans.map((l) => [l.due, l.renewals, l.renewalBlocks])).toEqual([
      ['2026-12-07', 1, ['renewed']],
      ['2026-11-15', 0, ['overdue_item']],
    ]);
  });

  it('reports the day-10 wait in /__sim/state as too_early', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, loans: [{ id: '1000601', lentOn: '2026-11-20' }] });
    expect((await patronState()).loans[0]?.renewalBlocks).toEqual(['too_early']);
    await control(origin, 'advance', { days: 6 });
    expect((await patronState()).loans[0]?.renewalBlocks).toEqual([]);
  });
});
