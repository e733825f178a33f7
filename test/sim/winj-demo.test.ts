// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { control, SimBrowser, type Page, simState } from './browser';
import { startSim } from './start-sim';

const CARD = '1060000001';
const PASSWORD = 'winj';
const OPAC = '/winj/opac';


let sim: Awaited<ReturnType<typeof startSim>>;
let origin: string;

beforeAll(async () => {
  sim = await startSim({ libraries: ['winj-demo'] });
  origin = sim.origins['winj-demo']!;
});
afterAll(() => sim.close());
beforeEach(() => control(origin, 'reset', {}));

async function patronState() {
  return (await simState(origin)).patrons.find((p) => p.card === CARD)!;
}

async function logIn(browser: SimBrowser, path = `${OPAC}/login.do`): Promise<Page> {
  return browser.submit(await browser.get(path), { button: 'ログイン(認証)', fill: { txt_usercd: CARD, txt_password: PASSWORD } });
}

async function loggedIn(): Promise<SimBrowser> {
  const browser = new SimBrowser(origin);
  await logIn(browser);
  return browser;
}

/** The `div.column.info` lines of each `ol.list-book` entry, with its title. */
function entries(page: Page): { title: string; lines: string[] }[] {
  return [...page.doc.querySelectorAll('ol.list-book.result > li')].map((li) => ({
    title: li.querySelector('.link-image .title')?.textContent ?? '',
    lines: [...li.querySelectorAll('div.column.info p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()),
  }));
}

function search(browser: SimBrowser, word: string): Promise<Page> {
  return browser.get(`${OPAC}/search-list.do?txt_word=${encodeURIComponent(word)}`);
}

/** Results → 予約かご → 通常予約する (with a 受取館 code) → 予約する. */
async function reserve(browser: SimBrowser, word: string, index: number, area = '01'): Promise<Page> {
  const basket = await browser.submit(await search(browser, word), { button: '予約かご', check: [`chk_check=${index}`] });
  expect(basket.url).toBe(`${origin}${OPAC}/reserve-basket.do`);
  const confirm = await browser.submit(basket, { button: '通常予約する', fill: { cmb_area: area } });
  expect(confirm.url).toBe(`${origin}${OPAC}/reserve-confirm.do`);
  return browser.submit(confirm, { button: '予約する' });
}

describe('winj: session cookie and hid_session', () => {
  it('top.do sets its own HttpOnly session cookie under /winj/', async () => {
    const response = await fetch(`${origin}${OPAC}/top.do`);
    expect(response.headers.getSetCookie()[0]).toMatch(/^JSESSIONID_WINJ=[0-9A-F]{32}; Path=\/winj\/; HttpOnly$/);
  });

  it('puts the session id in hid_session and refuses a POST whose hid_session differs', async () => {
    const browser = await loggedIn();
    const list = await search(browser, '舟を編む');
    const form = list.doc.querySelector('form[name=PageForm]')!;
    expect(form.querySelector('input[name=hid_session]')?.getAttribute('value')).toBe(browser.cookies.get('JSESSIONID_WINJ'));
    expect(form.querySelector('ol.list-book.result input[name=chk_check]')?.getAttribute('value')).toBe('0');
    const forged = await browser.request('POST', `${OPAC}/search-list.do`, 'hid_session=0123&chk_check=0&submit_btn_rsv_basket=%E4%BA%88%E7%B4%84%E3%81%8B%E3%81%94');
    expect(forged.doc.querySelector('div.report')?.textContent).toContain('セッションが無効です。');
    expect((await patronState()).cart).toEqual([]);
    // The extension's own POST (the page's hid_session, a row index) is accepted.
    const session = browser.cookies.get('JSESSIONID_WINJ')!;
    const basket = await browser.request('POST', `${OPAC}/search-list.do`, `hid_session=${session}&chk_check=0&submit_btn_rsv_basket=x`);
    expect(basket.url).toBe(`${origin}${OPAC}/reserve-basket.do`);
    expect((await patronState()).cart.map((e) => e.recordId)).toEqual(['1000602']);
  });

  it('sends an expired session to login.do and back to the page asked for', async () => {
    const browser = await loggedIn();
    await control(origin, 'fail', { mode: 'expire-session' });
    const login = await browser.get(`${OPAC}/lend-list.do`);
    expect(login.url).toBe(`${origin}${OPAC}/login.do`);
    const page = await logIn(browser, login.url);
    expect(page.url).toBe(`${origin}${OPAC}/lend-list.do`);
    expect(page.doc.querySelector('h1')?.textContent).toBe('貸出状況一覧');
  });

  it('login.do?dispatch=/opac/reserve-list.do lands on that page', async () => {
    const page = await logIn(new SimBrowser(origin), `${OPAC}/login.do?dispatch=/opac/reserve-list.do`);
    expect(page.url).toBe(`${origin}${OPAC}/reserve-list.do`);
  });

  it('refuses a wrong password', async () => {
    const browser = new SimBrowser(origin);
    const page = await browser.submit(await browser.get(`${OPAC}/login.do`), { button: 'ログイン(認証)', fill: { txt_usercd: CARD, txt_password: 'x' } });
    expect(page.doc.querySelector('div.report')?.textContent).toContain('利用者番号またはパスワードが正しくありません。');
  });
});

describe('winj: search-list.do → reserve-basket.do → reserve-confirm.do', () => {
  it('reserves for the chosen 受取館 and reports 以下のタイトルについて予約を行いました。', async () => {
    const browser = await loggedIn();
    const done = await reserve(browser, '三体', 0, '02');
    expect(done.doc.querySelector('#main form p')?.textContent).toBe('以下のタイトルについて予約を行いました。');
    expect((await patronState()).holds).toMatchObject([{ recordId: '1000201', state: 'waiting', pickup: '北図書館' }]);
    const holds = entries(await browser.get(`${OPAC}/reserve-list.do`));
    expect(holds).toEqual([{ title: '三体', lines: ['予約日:2026/11/23', '受取館:北図書館', '予約状態:返却待ち 順番：3'] }]);
  });

  it('sends a visitor to login first and then shows the basket', async () => {
    const browser = new SimBrowser(origin);
    const login = await browser.submit(await search(browser, '舟を編む'), { button: '予約かご', check: ['chk_check=0'] });
    expect(login.url).toBe(`${origin}${OPAC}/login.do`);
    const basket = await logIn(browser, login.url);
    expect(basket.url).toBe(`${origin}${OPAC}/reserve-basket.do`);
    expect(entries(basket).map((e) => e.title)).toEqual(['舟を編む']);
    expect(basket.doc.querySelector('input[name=chk_check]')?.getAttribute('value')).toBe('1000602');
  });

  it('gives the reason in div.report for a title already reserved', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }] });
    const done = await reserve(await loggedIn(), '三体', 0);
    expect(done.doc.querySelector('#main form p')).toBeNull();
    expect(done.doc.querySelector('div.report')?.textContent).toBe('三体理由:既に予約済です。');
  });

  it('refuses past the limit of 10', async () => {
    const ten = ['1000101', '1000102', '1000103', '1000121', '1000122', '1000132', '1000143', '1000201', '1000202', '1000203'];
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: ten.map((id) => ({ id })) });
    const done = await reserve(await loggedIn(), '舟を編む', 0);
    expect(done.doc.querySelector('div.report')?.textContent).toContain('理由:予約できる点数の上限を超えています。');
    expect((await patronState()).holds).toHaveLength(10);
  });

  it('has no checkbox for a title that cannot leave the building', async () => {
    const page = await search(new SimBrowser(origin), '広辞苑');
    expect(entries(page)[0]?.lines).toContain('所蔵:館内閲覧のみ');
    expect(page.doc.querySelector('input[name=chk_check]')).toBeNull();
  });
});

describe('winj: reserve-list.do', () => {
  it('shows 確保待ち on a closed day, then 利用可能 with 取置期限日 7 days after the notice', async () => {
    const browser = await loggedIn();
    // 2026-11-23 is a national holiday (closed): the copy on the shelf is pulled the next opening day.
    await reserve(browser, '舟を編む', 0);
    expect(entries(await browser.get(`${OPAC}/reserve-list.do`))[0]?.lines).toContain('予約状態:確保待ち');
    await control(origin, 'advance', { days: 1 });
    const lines = entries(await browser.get(`${OPAC}/reserve-list.do`))[0]?.lines;
    expect(lines).toContain('予約状態:利用可能');
    expect(lines).toContain('取置期限日:2026/12/01');
    expect(browser.cookies.size).toBe(1);
  });

  it('readies a hold when a copy comes back, on an opening day', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121' }] });
    await control(origin, 'return', { itemId: '1000121' });
    expect((await patronState()).holds[0]?.state).toBe('waiting');
    await control(origin, 'advance', { days: 1 });
    expect((await patronState()).holds[0]).toMatchObject({ state: 'ready', deadline: '2026-12-01' });
  });

  it('cancels a waiting hold with 取消, and offers no 取消 once it is 利用可能', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }, { id: '1000401', state: 'ready', readyOn: '2026-11-21' }] });
    const browser = await loggedIn();
    const list = await browser.get(`${OPAC}/reserve-list.do`);
    const items = [...list.doc.querySelectorAll('ol.list-book > li')];
    expect(items.map((li) => li.querySelector('input[name=submit_btn_cancel]') !== null)).toEqual([true, false]);
    const after = await browser.submit(list, { button: '取消', form: 'form.cancel' });
    expect(after.text).toContain('予約を取り消しました。（三体）');
    const readyId = (await patronState()).holds[1]!.id;
    const refused = await browser.request('POST', `${OPAC}/reserve-cancel.do`, `hid_session=${browser.cookies.get('JSESSIONID_WINJ')}&hid_rsvid=${readyId}`);
    expect(refused.text).toContain('この予約は取消できません。');
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['cancelled', 'ready']);
  });
});

describe('winj: lend-list.do and lend-extension-confirm.do', () => {
  it('renews once, two weeks from the due date, through the confirmation', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, loans: [{ id: '1000601', lentOn: '2026-11-10' }] });
    const browser = await loggedIn();
    const list = await browser.get(`${OPAC}/lend-list.do`);
    expect(entries(list)[0]?.lines.slice(0, 2)).toEqual(['貸出日:2026/11/10', '返却予定日:2026/11/24']);
    const confirm = await browser.submit(list, { button: '貸出延長' });
    expect(confirm.url).toBe(`${origin}${OPAC}/lend-extension-confirm.do`);
    expect(entries(confirm)[0]?.lines).toEqual(['返却予定日:2026/11/24', '延長後の返却予定日:2026/12/08']);
    const done = await browser.submit(confirm, { button: '延長する' });
    expect(done.text).toContain('以下の資料の貸出延長を行いました。');
    const again = entries(await browser.get(`${OPAC}/lend-list.do`))[0]!;
    expect(again.lines).toContain('延長できません（延長済です）');
    expect((await patronState()).loans[0]).toMatchObject({ due: '2026-12-08', renewals: 1 });
  });

  it('marks an overdue loan with span.icon-delay and blocks every renewal while one is overdue', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      loans: [{ id: '1000604', lentOn: '2026-10-20', due: '2026-11-03' }, { id: '1000601', lentOn: '2026-11-10' }],
    });
    const browser = await loggedIn();
    const list = await browser.get(`${OPAC}/lend-list.do`);
    expect(list.doc.querySelectorAll('span.icon-delay')).toHaveLength(1);
    expect(list.doc.querySelector('input[name=submit_btn_extension]')).toBeNull();
    const loanId = (await patronState()).loans[1]!.id;
    const page = await browser.request('POST', `${OPAC}/lend-extension-confirm.do`, `hid_session=${browser.cookies.get('JSESSIONID_WINJ')}&hid_lendid=${loanId}&submit_btn_confirm=x`);
    expect(page.doc.querySelector('div.report')?.textContent).toContain('延長できません（返却期限を過ぎた資料があります）');
  });

  it('does not renew a loan someone else has reserved', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, loans: [{ id: '1000602', lentOn: '2026-11-10', reservedByOthers: true }] });
    const lines = entries(await (await loggedIn()).get(`${OPAC}/lend-list.do`))[0]?.lines;
    expect(lines).toContain('延長できません（予約があります）');
  });
});

describe('winj: markup titles', () => {
  it('escapes them on results, detail, basket, holds and loans', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000801' }], loans: [{ id: '1000802', lentOn: '2026-11-20' }] });
    const browser = await loggedIn();
    const pages = [
      await browser.get(`${OPAC}/search-list.do?txt_word=%3C`),
      await browser.get(`${OPAC}/switch-detail.do?bibid=1000802`),
      await browser.get(`${OPAC}/reserve-list.do`),
      await browser.get(`${OPAC}/lend-list.do`),
    ];
    pages.push(await browser.submit(pages[0]!, { button: '予約かご', check: ['chk_check=1'] }));
    for (const page of pages) {
      expect(page.html).not.toContain('<script>alert');
      expect(page.html).not.toContain('<b>太字');
      expect(page.doc.querySelector('#main script, #main i')).toBeNull();
      // The only <b> elements are the material types winj prints before each title.
      expect([...page.doc.querySelectorAll('#main b')].map((b) => b.textContent).every((t) => t === '図書')).toBe(true);
    }
    expect(pages[0]!.text).toContain('<b>太字</b>の本');
    expect(pages[4]!.text).toContain('<script>alert(1)</script>');
  });
});

describe('winj: 取消 and 貸出延長 act once', () => {
  const notice = (page: Page) => page.doc.querySelector('p.notice')?.textContent;

  it('cancels a hold once; the same 取消 again is refused; no 受取館 can be changed', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }] });
    const browser = await loggedIn();
    const list = await browser.get(`${OPAC}/reserve-list.do`);
    expect(list.doc.querySelectorAll('#main select')).toHaveLength(0);
    expect(notice(await browser.submit(list, { button: '取消', form: 'form.cancel' }))).toBe('予約を取り消しました。（三体）');
    expect(notice(await browser.submit(list, { button: '取消', form: 'form.cancel' }))).toBe('この予約は取消できません。受取館へお問い合わせください。');
    expect((await patronState()).holds.map((h) => [h.state, h.changeBlocks])).toEqual([['cancelled', ['not_offered']]]);
  });

  it('extends once however often 延長する is sent', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, loans: [{ id: '1000601', lentOn: '2026-11-10' }] });
    const browser = await loggedIn();
    const confirm = await browser.submit(await browser.get(`${OPAC}/lend-list.do`), { button: '貸出延長' });
    expect((await browser.submit(confirm, { button: '延長する' })).text).toContain('以下の資料の貸出延長を行いました。');
    const again = await browser.submit(confirm, { button: '延長する' });
    expect(again.doc.querySelector('div.report')?.textContent).toContain('延長できません（延長済です）');
    expect((await patronState()).loans[0]).toMatchObject({ due: '2026-12-08', renewals: 1 });
  });
});
