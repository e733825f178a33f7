import { writerParts } from './results';
import { splitListTitle } from './title';
import { describe, expect, it } from 'vitest';
import { KNOWN_LIBRARIES } from '../../../libraries';
import { HAS_SAMPLES, fixture, parseHtml, sample } from '../../../../test/helpers/opac';
import { readPage } from '../../read';
import { licsxp } from '.';

const BASE = 'https://tosho.nishi.or.jp/licsxp-opac/';

function read(html: string, path: string, today: string) {
  const url = new URL(path, BASE);
  return readPage(url, parseHtml(html), { today }, KNOWN_LIBRARIES);
}

describe.skipIf(!HAS_SAMPLES)('LICS-XP, real Nishinomiya excerpts (../shared/opac-samples/licsxp)', () => {
  it('reads the reservation list: 予約中 with ranks, 提供可能 with 取置期限 07/29 in the year of 割当日', () => {
    const r = read(sample('nishinomiya-usrrsv-reservation-list.excerpt.html'), 'WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv', '2026-07-20');
    expect(r.family).toBe('licsxp');
    expect(r.library).toBe('nishinomiya-city');
    expect(r.page).toBe('holds');
    expect(r.notUnderstood).toBeNull();
    expect(r.holds).toEqual([
      {
        title: 'いただきますは、ふたりで。',
        volume: null,
        state: 'waiting',
        stateLabel: '予約中',
        rank: 13,
        pickupLocation: '高須分室',
        reservedOn: '2026-04-15',
        pickupDeadline: null,
        readyOn: null,
        bibId: '1000001898886',
        holdId: '1013074729',
        canCancel: true,
      },
      {
        title: 'レッツゴー!まいぜんシスターズ',
        volume: '[1]',
        state: 'waiting',
        stateLabel: '予約中',
        rank: 3,
        pickupLocation: '高須分室',
        reservedOn: '2026-06-15',
        pickupDeadline: null,
        readyOn: null,
        bibId: '1000001789097',
        holdId: '1013244626',
        canCancel: true,
      },
      {
        title: 'ナゾロリ',
        volume: null,
        state: 'ready',
        stateLabel: '提供可能',
        rank: null,
        pickupLocation: '高須分室',
        reservedOn: '2026-07-16',
        pickupDeadline: '2026-07-29',
        readyOn: '2026-07-17',
        bibId: '1000001824541',
        holdId: '1013332276',
        canCancel: false,
      },
    ]);
  });

  it('reads the loan list: due dates, renewable from the 延長 button, unknown where the cells are missing', () => {
    const r = read(sample('nishinomiya-usrlend-loan-list.excerpt.html'), 'WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend', '2026-07-10');
    expect(r.page).toBe('loans');
    expect(r.notUnderstood).toBeNull();
    expect(r.loans).toEqual([
      {
        title: 'かいてんずしのきょうふ',
        volume: null,
        dueDate: '2026-07-18',
        renewable: true,
        renewBlockedReason: null,
        loanedOn: '2026-07-04',
        bibId: '1000000817183',
        loanId: '222057515',
        renewCount: 0,
        reservedByOthers: false,
      },
      {
        // Row 2 of the excerpt stops after 状態区分: no 予約数, 延長回数 or 延長 cell, so nothing is claimed.
        title: 'ドラゴンボール',
        volume: '巻1',
        dueDate: '2026-07-18',
        renewable: null,
        renewBlockedReason: null,
        loanedOn: '2026-07-04',
        bibId: '1001000252300',
        loanId: null,
        renewCount: null,
        reservedByOthers: null,
      },
    ]);
  });

  it('reads the easy-search result list with tilcods and the (JS-revealed) カートへ追加 buttons', () => {
    const r = read(sample('nishinomiya-search-result-easy.excerpt.html'), 'WOpacEsSchCmpdExecAction.do', '2026-07-20');
    expect(r.page).toBe('results');
    expect(r.items).toEqual([
      { title: '愛書狂の本棚', volume: null, bibId: '1000001646872', canAddToCart: true, author: 'エドワード・ブルック=ヒッチング/著 高..', publisher: '日経ナショナルジオグラフィック社 日経B..' },
      { title: 'IWGPコンプリートガイド', volume: null, bibId: '1000000478218', canAddToCart: true, author: '石田 衣良/著', publisher: '文藝春秋' },
    ]);
  });

  it('splits the result line 著者　出版者　年 where names hold full-width spaces or no role mark', () => {
    expect(writerParts('石田　衣良／著　文藝春秋　２０１０．１２')).toEqual({ author: '石田 衣良/著', publisher: '文藝春秋' });
    expect(writerParts('村上春樹 著　新潮社 (新潮文庫)　2012.5')).toEqual({ author: '村上春樹 著', publisher: '新潮社 (新潮文庫)' });
    expect(writerParts('新潮社　2012')).toEqual({ author: '新潮社', publisher: null });
    expect(writerParts('')).toEqual({ author: null, publisher: null });
  });

  it('reads the item detail and its 予約カートに入れる button', () => {
    const r = read(sample('nishinomiya-book-detail.excerpt.html'), 'WOpacMsgNewListToTifTilDetailAction.do?tilcod=1000000961766', '2026-07-20');
    expect(r.page).toBe('detail');
    expect(r.items).toEqual([
      { title: '愛の哲学', volume: null, bibId: '1000000961766', canAddToCart: true, author: '柴門 ふみ/著', publisher: 'KADOKAWA' },
    ]);
  });

  it('detects the login form, by URL and by document', () => {
    const html = sample('nishinomiya-login-form.html');
    expect(read(html, 'OpacInitLoginAction.do?subSystemFlag=0', '2026-07-20').page).toBe('login');
    expect(read(html, 'j_security_check?subSystemFlag=0', '2026-07-20').page).toBe('login');
  });

  it('takes the page kind from gamenid where the action name does not tell', () => {
    const doc = parseHtml(sample('nishinomiya-usrrsv-reservation-list.excerpt.html'));
    expect(licsxp.detect(new URL(`${BASE}WOpacUsrRsvCancelAction.do?mngFlg2_handan=1&kbnchgflag=1`), doc)).toBe('holds');
  });

  it('logged out on a detail page, the cart action goes through the login screen that resumes it', () => {
    const url = new URL(`${BASE}WOpacTifTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod=1000000961766`);
    const doc = parseHtml(sample('nishinomiya-book-detail.excerpt.html'));
    expect(licsxp.cartAction(url, doc, '1000000961766')).toEqual({
      formSelector: 'form#LBForm',
      action: `${BASE}OpacInitLoginAction.do?subSystemFlag=0&yoycartflg=WTifTilDetail`,
      method: 'POST',
      fields: { hash: '', gamenid: 'tiles.WTifTilDetail', tilcod: '1000000961766' },
    });
    expect(licsxp.cartAction(url, doc, '1000000000000')).toBeNull();
  });

  it('offers no cart action where the page has no LBForm (the results excerpt lost it)', () => {
    const doc = parseHtml(sample('nishinomiya-search-result-easy.excerpt.html'));
    expect(licsxp.cartAction(new URL(`${BASE}WOpacEsSchCmpdExecAction.do`), doc, '1000001646872')).toBeNull();
  });
});

describe('LICS-XP, our own pages in the documented structure', () => {
  it('infers the year of a January 取置期限 from a December 割当日, and reads 移送中', () => {
    const r = read(fixture('licsxp', 'holds-year-end.html'), 'WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv', '2027-01-02');
    expect(r.holds.map(({ title, volume, state, stateLabel, rank, pickupLocation, reservedOn, readyOn, pickupDeadline, holdId }) => ({ title, volume, state, stateLabel, rank, pickupLocation, reservedOn, readyOn, pickupDeadline, holdId }))).toEqual([
      { title: '冬のはなし', volume: '上', state: 'ready', stateLabel: '提供可能', rank: null, pickupLocation: '中央図書館', reservedOn: '2026-11-20', readyOn: '2026-12-28', pickupDeadline: '2027-01-10', holdId: '1010000001' },
      { title: '冬のはなし', volume: '下', state: 'in_transit', stateLabel: '移送中', rank: null, pickupLocation: '北口図書館', reservedOn: '2026-11-21', readyOn: '2026-12-30', pickupDeadline: null, holdId: '1010000002' },
    ]);
  });

  it('takes an empty list as the truth when the page says 0 件', () => {
    const r = read(fixture('licsxp', 'holds-empty.html'), 'WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv', '2026-07-20');
    expect(r.page).toBe('holds');
    expect(r.holds).toEqual([]);
    expect(r.notUnderstood).toBeNull();
  });

  it('builds the cart action of an easy-search list from LBForm, and none for an item without the button', () => {
    const url = new URL(`${BASE}WOpacEsSchCmpdExecAction.do`);
    const doc = parseHtml(fixture('licsxp', 'results.html'));
    expect(licsxp.read('results', url, doc, { today: '2026-07-20' }).items.map((i) => [i.title, i.volume, i.bibId, i.canAddToCart])).toEqual([
      ['ふしぎ駄菓子屋銭天堂', '2', '1000000000001', true],
      ['郷土資料目録', null, '1000000000002', false],
    ]);
    expect(licsxp.cartAction(url, doc, '1000000000001')).toEqual({
      formSelector: 'form[name="LBForm"]',
      action: `${BASE}WOpacEsTilDetailYoyCartDispAction1.do`,
      method: 'POST',
      fields: { hash: '1111111111111111111111111111111111111111', gamenid: 'tiles.WEsTilList', tilcod: '1000000000001' },
    });
    expect(licsxp.cartAction(url, doc, '1000000000002')).toBeNull();
  });
});

describe('LICS-XP list titles (書名　巻次/叢書　著者／著　出版者)', () => {
  it('keeps a subtitle standing before 上/下 in the title, and the halves apart', () => {
    expect(splitListTitle('　三体Ⅱ　黒暗森林　上　劉 慈欣／著　早川書房')).toEqual({ title: '三体II 黒暗森林', volume: '上' });
    expect(splitListTitle('　三体Ⅱ　黒暗森林　下　劉 慈欣／著　早川書房')).toEqual({ title: '三体II 黒暗森林', volume: '下' });
  });

  it('takes a volume field with its own note (BOOK1〈4月-6月〉) as the volume, and leaves series and author out', () => {
    expect(splitListTitle('　1Q84　BOOK1〈4月-6月〉　村上春樹 著　新潮社')).toEqual({ title: '1Q84', volume: 'BOOK1' });
    expect(splitListTitle('　1Q84　BOOK2〈7月-9月〉　村上春樹 著　新潮社')).toEqual({ title: '1Q84', volume: 'BOOK2' });
    expect(splitListTitle('　かいてんずしのきょうふ　ゆうれいたんていドロヒュー 5　やまもと しょうぞう／作・絵　フレーベル館')).toEqual({ title: 'かいてんずしのきょうふ', volume: null });
    expect(splitListTitle('　三体　　劉慈欣 著 ; 大森望 ほか訳　早川書房')).toEqual({ title: '三体', volume: null });
  });
});
