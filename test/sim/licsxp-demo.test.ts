// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeForm } from './core/charset';
import { control, SimBrowser, type Page, simState } from './browser';
import { startSim } from './start-sim';

const CARD = '9999000001';
const PASSWORD = 'licsxp';
const BASE = '/licsxp-opac/';
const HOLDS = 'WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv';
const LOANS = 'WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend';
const tilcod = (recordId: string) => `1${recordId.padStart(12, '0')}`;


let sim: Awaited<ReturnType<typeof startSim>>;
let origin: string;

beforeAll(async () => {
  sim = await startSim({ libraries: ['licsxp-demo'] });
  origin = sim.origins['licsxp-demo']!;
});
afterAll(() => sim.close());
beforeEach(() => control(origin, 'reset', {}));

async function patronState() {
  return (await simState(origin)).patrons.find((p) => p.card === CARD)!;
}

/**
 * What the page's own script does (and what the extension does with `new FormData(form)`): post every field of
 * LBForm — hash and gamenid included, checked boxes and selected options only — with some set, to an action.
 */
function lbPost(browser: SimBrowser, page: Page, action: string, set: Record<string, string | string[]> = {}): Promise<Page> {
  const form = page.doc.querySelector('form[name=LBForm]');
  if (!form) throw new Error(`no LBForm on ${page.url}`);
  const entries: [string, string][] = [];
  for (const control of form.querySelectorAll('input, select') as NodeListOf<HTMLInputElement>) {
    const { name, type } = control;
    if (!name || name in set || ['button', 'submit'].includes(type)) continue;
    if (type === 'checkbox' && !control.hasAttribute('checked')) continue;
    if (control.tagName === 'SELECT') {
      const option = control.querySelector('option[selected]') ?? control.querySelector('option');
      entries.push([name, option?.getAttribute('value') ?? '']);
    } else entries.push([name, control.getAttribute('value') ?? '']);
  }
  for (const [name, value] of Object.entries(set)) for (const v of [value].flat()) entries.push([name, v]);
  return browser.request('POST', new URL(action, page.url).href, encodeForm(entries, 'UTF-8'), page.url);
}

function logIn(browser: SimBrowser, page: Page, password = PASSWORD): Promise<Page> {
  expect(page.doc.querySelector('h1')?.textContent).toBe('ログイン認証');
  return lbPost(browser, page, 'j_security_check?subSystemFlag=0', { username: CARD, j_username: `0000000000000000${CARD}`, j_password: password });
}

async function loggedIn(): Promise<{ browser: SimBrowser; page: Page }> {
  const browser = new SimBrowser(origin);
  const page = await logIn(browser, await browser.get(`${BASE}OpacInitLoginAction.do?subSystemFlag=0`));
  return { browser, page };
}

function search(browser: SimBrowser, word: string): Promise<Page> {
  return browser.get(`${BASE}WOpacEsSchCmpdExecAction.do?condition1Text=${encodeURIComponent(word)}`);
}

/** カートへ追加 on a result entry: the button calls inYoyCart('<tilcod>'), which posts LBForm to the list's cart action. */
async function addFromResults(browser: SimBrowser, word: string, recordId: string): Promise<Page> {
  const list = await search(browser, word);
  expect(list.doc.querySelector(`div.doc input[value=カートへ追加][onclick*="inYoyCart('${tilcod(recordId)}')"]`)).not.toBeNull();
  return lbPost(browser, list, 'WOpacEsTilDetailYoyCartDispAction1.do', { tilcod: tilcod(recordId) });
}

function messages(page: Page): string[] {
  return [...page.doc.querySelectorAll('#messages li')].map((li) => li.textContent ?? '');
}

/** Cell texts of the hold list rows, by the real td ids. */
function holdRows(page: Page) {
  return [...page.doc.querySelectorAll('table#ItemDetaTable tbody tr')].map((tr, i) => {
    const n = i + 1;
    const cell = (id: string) => (tr.querySelector(`td[id="${id}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const dates = tr.querySelectorAll('td.a-center.small')[0]!;
    return {
      title: cell(`ItemDeta0105b'${n}'`),
      dates: [...dates.querySelectorAll('span.TextNowrap')].map((s) => s.textContent).join(' '),
      rank: cell(`ItemDeta0105h'${n}'`),
      state: cell(`ItemDeta0105i'${n}'`),
      deadline: cell(`ItemDeta0105j'${n}`),
      cancel: tr.querySelector(`td[id="Setting05'${n}'"] input[value=取消]`)?.getAttribute('onclick') ?? null,
    };
  });
}

describe('LICS-XP: login, hash token and sessions', () => {
  it('logs in through j_security_check and shows the #stat-login header', async () => {
    const { browser, page } = await loggedIn();
    expect(page.url).toBe(`${origin}${BASE}WOpacCommonToPwdLibraryAction.do`);
    expect(page.doc.querySelector('#stat-login a#stat-resv span.value')?.textContent).toBe('0');
    expect(browser.cookies.has('JSESSIONID_LICSXP')).toBe(true);
    const hash = page.doc.querySelector('form[name=LBForm] input[name=hash]')?.getAttribute('value');
    expect(hash).toMatch(/^[0-9a-f]{40}$/);
  });

  it('refuses a wrong password with a message', async () => {
    const browser = new SimBrowser(origin);
    const page = await logIn(browser, await browser.get(`${BASE}OpacInitLoginAction.do?subSystemFlag=0`), 'nope');
    expect(messages(page)).toEqual(['借出券番号またはパスワードが正しくありません。']);
  });

  it('refuses a POST whose hash is wrong, or whose gamenid is not a screen of that action', async () => {
    const { browser } = await loggedIn();
    const list = await search(browser, '舟を編む');
    const forged = await lbPost(browser, list, 'WOpacEsTilDetailYoyCartDispAction1.do', { tilcod: tilcod('1000602'), hash: '0'.repeat(40) });
    expect(forged.doc.querySelector('h1')?.textContent).toBe('エラー');
    expect(messages(forged)[0]).toContain('不正な画面遷移');
    const wrongScreen = await lbPost(browser, list, 'WOpacTifTilDetailYoyCartDispAction.do', { tilcod: tilcod('1000602') });
    expect(messages(wrongScreen)[0]).toContain('不正な画面遷移');
    expect((await patronState()).cart).toEqual([]);
    // A token from before the login is worthless after it (the session id changes).
    const visitor = new SimBrowser(origin);
    const before = await search(visitor, '舟を編む');
    await logIn(visitor, await visitor.get(`${BASE}OpacInitLoginAction.do?subSystemFlag=0`));
    expect(messages(await lbPost(visitor, before, 'WOpacEsTilDetailYoyCartDispAction1.do', { tilcod: tilcod('1000602') }))[0]).toContain('不正な画面遷移');
  });

  it('sends an expired session to the login screen and back to the list', async () => {
    const { browser, page } = await loggedIn();
    await control(origin, 'fail', { mode: 'expire-session' });
    const login = await lbPost(browser, page, HOLDS);
    expect(login.url).toBe(`${origin}${BASE}OpacInitLoginAction.do?subSystemFlag=0`);
    const back = await logIn(browser, login);
    expect(back.doc.querySelector('h1')?.textContent).toBe('マイライブラリー');
    const direct = await browser.get(`${BASE}${HOLDS}`);
    await control(origin, 'fail', { mode: 'expire-session' });
    const again = await logIn(browser, await browser.get(`${BASE}${LOANS}`));
    expect(again.url).toBe(`${origin}${BASE}${LOANS}`);
    expect(direct.doc.querySelector('h1')?.textContent).toBe('予約状況一覧');
  });
});

describe('LICS-XP: results, detail and the cart', () => {
  it('renders div.doc entries with the real classes and a 13-digit tilcod', async () => {
    const list = await search(new SimBrowser(origin), '三体');
    const docs = [...list.doc.querySelectorAll('div.doc')];
    expect(docs).toHaveLength(5);
    expect(docs[0]!.querySelector('.doc-title a')?.getAttribute('href')).toBe('WOpacEsTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod=1000001000201');
    expect(docs[0]!.querySelector('#yoycartButton1')?.getAttribute('style')).toBe('display:none;');
    expect(list.doc.querySelector('input[name=gamenid]')?.getAttribute('value')).toBe('tiles.WEsTilList');
  });

  it('adds from the detail screen, and a visitor logs in first and finds the title in the cart', async () => {
    const browser = new SimBrowser(origin);
    const detail = await browser.get(`${BASE}WOpacEsTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod=${tilcod('1000602')}`);
    expect(detail.doc.querySelector('h1')?.textContent).toBe('検索結果書誌詳細');
    expect(detail.doc.querySelector('input#yoyb')?.getAttribute('value')).toBe('予約カートに入れる');
    expect(detail.doc.querySelector('input[name=islogin]')?.getAttribute('value')).toBe('0');
    const login = await lbPost(browser, detail, 'OpacInitLoginAction.do?subSystemFlag=0&yoycartflg=WTifTilDetail', { tilcod: tilcod('1000602') });
    const cart = await logIn(browser, login);
    expect(cart.url).toBe(`${origin}${BASE}WOpacCommonToYoyCartDispAction.do?yoyCmtknjFlg=1`);
    expect(messages(cart)).toEqual(['予約カートに追加しました。']);
    expect((await patronState()).cart.map((e) => e.recordId)).toEqual(['1000602']);
    const again = await browser.get(`${BASE}WOpacEsTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod=${tilcod('1000604')}`);
    await lbPost(browser, again, 'WOpacTifTilDetailYoyCartDispAction.do', { tilcod: tilcod('1000604') });
    expect((await patronState()).cart.map((e) => e.recordId)).toEqual(['1000602', '1000604']);
  });

  it('holds at most 10 titles in the cart', async () => {
    const { browser } = await loggedIn();
    for (const id of ['1000501', '1000502', '1000503', '1000504', '1000505', '1000506', '1000507', '1000508', '1000601', '1000602']) {
      await addFromResults(browser, findWord(id), id);
    }
    const full = await addFromResults(browser, 'コンビニ人間', '1000604');
    expect(messages(full)).toEqual(['予約カートに登録できるのは10件までです。']);
    expect((await patronState()).cart).toHaveLength(10);
  });

  it('reserves with 通常予約申込 for the chosen 受取館 and 連絡方法: 予約登録できました', async () => {
    const { browser } = await loggedIn();
    const cart = await addFromResults(browser, 'ノルウェイの森', '1000121');
    const done = await lbPost(browser, cart, 'WOpacYoyCartYoyExecAction.do', { receivename: '002', contact: '9' });
    expect(done.text).toContain('予約登録できました。');
    expect((await patronState()).holds).toMatchObject([{ recordId: '1000121', state: 'waiting', pickup: '北口図書館' }]);
    const list = await lbPost(browser, done, HOLDS);
    expect([...list.doc.querySelectorAll('tr.ItemHeader th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'No.', '資料名 ［⇔タイトルコード］', '書誌種別', '受取館 連絡方法', '予約日 割当日', '予約期限', '順位', '予約状態', '取置期限', '取消', '順番解除',
    ]);
    const [row] = holdRows(list);
    expect(row).toMatchObject({ title: 'ノルウェイの森 上 村上春樹 著 講談社', dates: '26/ 11/23 ー', rank: '1', state: '予約中', deadline: '' });
    expect(list.doc.querySelector('select#selren' + (await patronState()).holds[0]!.id + ' option[selected]')?.textContent?.trim()).toBe('連絡不要');
  });

  it('says 予約済の書誌があります。予約できません。 for a title already reserved', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121' }] });
    const { browser } = await loggedIn();
    const done = await lbPost(browser, await addFromResults(browser, 'ノルウェイの森', '1000121'), 'WOpacYoyCartYoyExecAction.do');
    expect(messages(done)).toEqual(['予約済の書誌があります。予約できません。']);
  });

  it('says by how many titles a request passes the limit of 15', async () => {
    const fourteen = ['1000101', '1000102', '1000103', '1000122', '1000132', '1000143', '1000201', '1000202', '1000203', '1000302', '1000304', '1000402', '1000603', '1000609'];
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: fourteen.map((id) => ({ id })) });
    const { browser } = await loggedIn();
    await addFromResults(browser, '舟を編む', '1000602');
    await addFromResults(browser, 'コンビニ人間', '1000604');
    const cart = await addFromResults(browser, '火花', '1000605');
    expect(messages(await lbPost(browser, cart, 'WOpacYoyCartYoyExecAction.do'))).toEqual(['図書・雑誌は予約制限を2冊越えています。']);
    const two = [tilcod('1000602'), tilcod('1000604')];
    const one = await lbPost(browser, await browser.get(`${BASE}WOpacCommonToYoyCartDispAction.do?yoyCmtknjFlg=1`), 'WOpacYoyCartYoyExecAction.do', { yoycartchk: two });
    expect(messages(one)).toEqual(['図書・雑誌は予約制限を1冊越えています。']);
  });

  it('places an ordered reservation through 順番予約へ (WOpacUsrToJunbanAction.do)', async () => {
    const { browser } = await loggedIn();
    for (const id of ['1000103', '1000101', '1000102']) await addFromResults(browser, '1Q84', id);
    const cart = await browser.get(`${BASE}WOpacCommonToYoyCartDispAction.do?yoyCmtknjFlg=1`);
    expect(cart.doc.querySelector('input[value=順番予約へ]')?.getAttribute('onclick')).toContain('toJunban()');
    const junban = await lbPost(browser, cart, 'WOpacUsrToJunbanAction.do?mngFlg2=1');
    expect(junban.doc.querySelector('h1')?.textContent).toBe('順番予約');
    const done = await lbPost(browser, junban, 'WOpacUsrJunbanExecAction.do', {
      [`junban${tilcod('1000101')}`]: '1',
      [`junban${tilcod('1000102')}`]: '2',
      [`junban${tilcod('1000103')}`]: '3',
    });
    expect(done.text).toContain('予約登録できました。');
    const holds = (await patronState()).holds;
    expect(holds.map((h) => [h.recordId, h.order?.priority])).toEqual([['1000101', 1], ['1000102', 2], ['1000103', 3]]);
    await control(origin, 'advance', { days: 1 });
    await control(origin, 'return', { itemId: '1000102' });
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['waiting', 'waiting', 'waiting']);
  });
});

describe('LICS-XP: 予約状況一覧', () => {
  it('shows 移送中, then 提供可能 with 取置期限 MM/DD seven opening days after the notice', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121', pickup: '山手分室' }] });
    // 2026-11-23 is a Monday: closed. The copy comes back, and is secured on Tuesday.
    const { copy } = await control<{ copy: { location: string } }>(origin, 'return', { itemId: '1000121' });
    expect(copy.location).not.toBe('山手分室');
    expect((await patronState()).holds[0]?.state).toBe('waiting');
    await control(origin, 'advance', { days: 1 });
    const { browser } = await loggedIn();
    expect(holdRows(await browser.get(`${BASE}${HOLDS}`))[0]).toMatchObject({ state: '移送中', rank: '', deadline: '', dates: '26/ 11/23 26/ 11/24', cancel: null });
    await control(origin, 'advance', { days: 1 });
    // Opening days from 11-25: 25, 26, 27, 28, 29, (30 closed), 12-01, 12-02.
    expect(holdRows(await browser.get(`${BASE}${HOLDS}`))[0]).toMatchObject({ state: '提供可能', deadline: '12/02' });
    expect((await patronState()).holds[0]?.deadline).toBe('2026-12-02');
  });

  it('shows 提供可能 without 取置期限 until the e-mail has gone out', async () => {
    await control(origin, 'advance', { days: 1 });
    const { copy } = await control<{ copy: { location: string } }>(origin, 'return', { itemId: '1000121' });
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000121', pickup: copy.location }] });
    const { browser } = await loggedIn();
    expect(holdRows(await browser.get(`${BASE}${HOLDS}`))[0]).toMatchObject({ state: '提供可能', deadline: '' });
    await control(origin, 'advance', { days: 1 });
    expect(holdRows(await browser.get(`${BASE}${HOLDS}`))[0]).toMatchObject({ state: '提供可能', deadline: '12/02' });
  });

  it('cancels a 予約中 hold (予約の取消が完了しました。) and offers no 取消 for 提供可能', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }, { id: '1000401', state: 'ready', readyOn: '2026-11-20' }] });
    const { browser } = await loggedIn();
    const list = await browser.get(`${BASE}${HOLDS}`);
    const [waiting, ready] = holdRows(list);
    const [first, second] = (await patronState()).holds;
    expect(waiting!.cancel).toBe(`javascript:yoykCancel('${first!.id}')`);
    expect(ready).toMatchObject({ state: '提供可能', cancel: null });
    const cancel = 'WOpacUsrRsvCancelAction.do?mngFlg2_handan=1&kbnchgflag=1';
    const done = await lbPost(browser, list, cancel, { yoycod: first!.id });
    expect(messages(done)).toEqual(['予約の取消が完了しました。']);
    const refused = await lbPost(browser, done, cancel, { yoycod: second!.id });
    expect(messages(refused)).toEqual(['この予約は取消できません。']);
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['cancelled', 'ready']);
  });
});

describe('LICS-XP: 貸出状況一覧', () => {
  it('lists loans with the real columns and extends through the confirmation (okCodes=OPACUSR005)', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      loans: [{ id: '1000601', lentOn: '2026-11-10' }, { id: '1000602', lentOn: '2026-11-10', reservedByOthers: true }],
    });
    const { browser, page } = await loggedIn();
    const list = await lbPost(browser, page, LOANS);
    const table = list.doc.querySelector('table.list[summary=貸出状況一覧表]')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'No.', '資料名 ［⇔資料番号］', '書誌種別', '貸出館', '貸出日', '返却期日', '状態区分', '予約数', '延長回数', '延長',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect([...rows[0]!.querySelectorAll('td.small')].map((td) => td.textContent!.trim())).toEqual(['2026/11/10', '2026/11/24']);
    const [loan] = (await patronState()).loans;
    expect(rows[0]!.querySelector('input[value=延長]')?.getAttribute('onclick')).toBe(`javascript:extend("${loan!.id}")`);
    expect(rows[1]!.querySelector('input[value=延長]')).toBeNull();
    const action = 'WOpacUsrLendListExtendAction.do?mngFlg1_handan=1';
    const confirm = await lbPost(browser, list, action, { para: loan!.id });
    expect(confirm.doc.querySelector('h1')?.textContent).toBe('貸出延長確認');
    const done = await lbPost(browser, confirm, action, { okCodes: 'OPACUSR005' });
    expect(messages(done)).toEqual(['延長しました。新しい返却期日は2026/12/07です。（博士の愛した数式）']);
    const again = await lbPost(browser, done, action, { para: loan!.id, okCodes: 'OPACUSR005' });
    expect(messages(again)).toEqual(['この資料は延長できません。']);
  });

  it('escapes markup titles on results, detail, holds and loans', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000801' }], loans: [{ id: '1000802', lentOn: '2026-11-20' }] });
    const { browser } = await loggedIn();
    const pages = [
      await search(browser, '<'),
      await browser.get(`${BASE}WOpacMsgNewListToTifTilDetailAction.do?tilcod=${tilcod('1000802')}`),
      await browser.get(`${BASE}${HOLDS}`),
      await browser.get(`${BASE}${LOANS}`),
    ];
    for (const page of pages) {
      expect(page.html).not.toContain('<script>alert');
      expect(page.html).not.toContain('<b>太字');
      expect(page.doc.querySelectorAll('script')).toHaveLength(1);
      expect(page.doc.querySelector('#body b, #body i')).toBeNull();
    }
    expect(pages[0]!.text).toContain('<b>太字</b>の本');
    expect(pages[1]!.text).toContain('<script>alert(1)</script>');
  });
});

/** A search word that finds a record of the catalogue's one-copy titles used above. */
function findWord(recordId: string): string {
  const words: Record<string, string> = {
    '1000501': 'ぐりとぐら', '1000502': 'ぐりとぐらのおきゃくさま', '1000503': '窓ぎわのトットちゃん', '1000504': '銀河鉄道の夜',
    '1000505': 'こころ', '1000506': '吾輩は猫である', '1000507': '羅生門', '1000508': '君たちはどう生きるか', '1000601': '博士の愛した数式', '1000602': '舟を編む',
  };
  return words[recordId]!;
}

describe('LICS-XP: 予約修正 (受取館 and 連絡方法), 取消 and 延長, every outcome', () => {
  const MODIFY = 'WOpacUsrRsvSyuseiAction.do?mngFlg2_handan=1&kbnchgflag=1';
  const CANCEL = 'WOpacUsrRsvCancelAction.do?mngFlg2_handan=1&kbnchgflag=1';
  const EXTEND = 'WOpacUsrLendListExtendAction.do?mngFlg1_handan=1';

  /** What the page's dropChange(id, kind) does when a select changes: the row's hidden fields carry the new value. */
  function dropChange(page: Page, id: string, kind: 'watspt' | 'yoyrak', value: string): void {
    const byId = (prefix: string) => page.doc.getElementById(`${prefix}${id}`)!;
    const select = byId(kind === 'watspt' ? 'selwat' : 'selren');
    for (const option of select.querySelectorAll('option')) option.toggleAttribute('selected', option.getAttribute('value') === value);
    byId('yoycod').setAttribute('value', id);
    byId(kind === 'watspt' ? 'watspt' : 'renrakukata').setAttribute('value', value);
    byId('changeFlg').setAttribute('value', '1');
  }

  function selected(page: Page, id: string, select: 'selwat' | 'selren'): string | undefined {
    return page.doc.getElementById(`${select}${id}`)?.querySelector('option[selected]')?.textContent?.trim();
  }

  it('carries the real per-row fields, editable selects only on 予約中 rows, and the 予約修正 button', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }, { id: '1000401', state: 'ready', readyOn: '2026-11-20' }] });
    const { browser } = await loggedIn();
    const list = await browser.get(`${BASE}${HOLDS}`);
    const [waiting, ready] = (await patronState()).holds;
    for (const hold of [waiting!, ready!]) {
      for (const prefix of ['yoycod', 'watloccod', 'watspt', 'renrakukata', 'changeFlg', 'postSeq', 'basew', 'baser']) {
        expect(list.doc.getElementById(`${prefix}${hold.id}`)?.getAttribute('type'), prefix).toBe('hidden');
      }
    }
    expect(list.doc.getElementById(`selwat${waiting!.id}`)?.getAttribute('onchange')).toBe(`dropChange('${waiting!.id}','watspt')`);
    expect(list.doc.getElementById(`selren${waiting!.id}`)?.getAttribute('onchange')).toBe(`dropChange('${waiting!.id}','yoyrak')`);
    expect(list.doc.getElementById(`selwat${ready!.id}`)).toBeNull();
    expect(list.doc.querySelector('div.ex-navi input[value=予約修正]')?.getAttribute('onclick')).toBe('javascript:yoykSyusei()');
  });

  it('changes the 受取館 and the 連絡方法 of a 予約中 hold through 予約修正', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }, { id: '1000202' }] });
    const { browser } = await loggedIn();
    const list = await browser.get(`${BASE}${HOLDS}`);
    const [first, second] = (await patronState()).holds;
    dropChange(list, second!.id, 'watspt', '004');
    dropChange(list, second!.id, 'yoyrak', '9');
    const done = await lbPost(browser, list, MODIFY);
    expect(messages(done)).toEqual(['予約の修正が完了しました。（三体Ⅱ 黒暗森林 上）']);
    expect([selected(done, second!.id, 'selwat'), selected(done, second!.id, 'selren')]).toEqual(['山手分室', '連絡不要']);
    expect(done.doc.getElementById(`basew${second!.id}`)?.getAttribute('value')).toBe('004');
    expect(selected(done, first!.id, 'selwat')).toBe('中央図書館');
    expect((await patronState()).holds.map((h) => [h.pickup, h.contact])).toEqual([
      ['中央図書館', null],
      ['山手分室', '連絡不要'],
    ]);
  });

  it('says there is nothing to change when no select was changed', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }] });
    const { browser } = await loggedIn();
    expect(messages(await lbPost(browser, await browser.get(`${BASE}${HOLDS}`), MODIFY))).toEqual(['修正する予約がありません。']);
  });

  it('refuses 予約修正 of a 提供可能 hold, an unknown 受取館 code or a forged hash, changing nothing', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }, { id: '1000401', state: 'ready', readyOn: '2026-11-20' }] });
    const { browser } = await loggedIn();
    const list = await browser.get(`${BASE}${HOLDS}`);
    const [waiting, ready] = (await patronState()).holds;
    const fields = (id: string, pickup: string) => ({ yoykcode: [id, ''], watspt: [pickup, ''], renrakukata: ['', ''], dropChangeFlg: ['1', ''] });
    expect(messages(await lbPost(browser, list, MODIFY, fields(ready!.id, '002')))).toEqual(['この予約は修正できません。（ハリー・ポッターと賢者の石）']);
    expect(messages(await lbPost(browser, list, MODIFY, fields(waiting!.id, '999')))).toEqual(['この予約は修正できません。（三体）']);
    const forged = await lbPost(browser, list, MODIFY, { ...fields(waiting!.id, '002'), hash: '0'.repeat(40) });
    expect(messages(forged)[0]).toContain('不正な画面遷移');
    expect((await patronState()).holds.map((h) => h.pickup)).toEqual(['中央図書館', '中央図書館']);
  });

  it('cancels once: the same 取消 posted again is refused', async () => {
    await control(origin, 'seed-patron', { card: CARD, password: PASSWORD, holds: [{ id: '1000201' }] });
    const { browser } = await loggedIn();
    const list = await browser.get(`${BASE}${HOLDS}`);
    const id = (await patronState()).holds[0]!.id;
    expect(messages(await lbPost(browser, list, CANCEL, { yoycod: id }))).toEqual(['予約の取消が完了しました。']);
    expect(messages(await lbPost(browser, list, CANCEL, { yoycod: id }))).toEqual(['この予約は取消できません。']);
    expect((await patronState()).holds.map((h) => h.state)).toEqual(['cancelled']);
  });

  it('offers no 延長 for overdue or borrowed-from-elsewhere loans and refuses a hand-made request for them', async () => {
    await control(origin, 'seed-patron', {
      card: CARD,
      password: PASSWORD,
      loans: [{ id: '1000601', lentOn: '2026-11-01', due: '2026-11-15' }, { id: '1000602', lentOn: '2026-11-20', fromOtherLibrary: true }],
    });
    const { browser } = await loggedIn();
    const list = await browser.get(`${BASE}${LOANS}`);
    expect(list.doc.querySelectorAll('input[value=延長]')).toHaveLength(0);
    expect([...list.doc.querySelectorAll('table.list tbody tr')].map((tr) => tr.querySelectorAll('td')[5]?.textContent?.trim())).toEqual(['延滞中', '貸出中']);
    for (const loan of (await patronState()).loans) {
      expect(messages(await lbPost(browser, list, EXTEND, { para: loan.id }))).toEqual(['この資料は延長できません。']);
      expect(messages(await lbPost(browser, list, EXTEND, { para: loan.id, okCodes: 'OPACUSR005' }))).toEqual(['この資料は延長できません。']);
    }
    expect((await patronState()).loans.map((l) => [l.renewals, l.renewalBlocks])).toEqual([
      [0, ['overdue_item']],
      [0, ['other_library']],
    ]);
  });
});
