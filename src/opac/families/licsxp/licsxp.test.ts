import { writerParts } from './results';
import { splitListTitle, startsWithVolume } from './title';
import { describe, expect, it } from 'vitest';
import { HAS_SAMPLES, fixture, parseHtml, sample } from '../../../../test/helpers/opac';
import { readPage } from '../../read-page';
import { licsxp } from '.';

const BASE = 'https://tosho.nishi.or.jp/licsxp-opac/';

// The readings of the real excerpts and of our own pages are saved cases (cases/cases.json, run by cases.test.ts).
describe.skipIf(!HAS_SAMPLES)('LICS-XP, real Nishinomiya excerpts (../shared/opac-samples/licsxp)', () => {
  it('splits the result line 著者　出版者　年 where names hold full-width spaces or no role mark', () => {
    expect(writerParts('石田　衣良／著　文藝春秋　２０１０．１２')).toEqual({ author: '石田 衣良/著', publisher: '文藝春秋' });
    expect(writerParts('村上春樹 著　新潮社 (新潮文庫)　2012.5')).toEqual({ author: '村上春樹 著', publisher: '新潮社 (新潮文庫)' });
    expect(writerParts('新潮社　2012')).toEqual({ author: '新潮社', publisher: null });
    expect(writerParts('')).toEqual({ author: null, publisher: null });
  });

  it('takes the page kind from gamenid where the action name does not tell', () => {
    const doc = parseHtml(sample('nishinomiya-usrrsv-reservation-list.excerpt.html'));
    expect(licsxp.detect(new URL(`${BASE}WOpacUsrRsvCancelAction.do?mngFlg2_handan=1&kbnchgflag=1`), doc)).toBe('holds');
  });

  it('logged out on a detail page, the cart action goes through the login screen that resumes it', () => {
    const url = new URL(`${BASE}WOpacTifTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod=1000000961766`);
    const doc = parseHtml(sample('nishinomiya-book-detail.excerpt.html'));
    expect(licsxp.cartAction!(url, doc, '1000000961766')).toEqual({
      formSelector: 'form#LBForm',
      action: `${BASE}OpacInitLoginAction.do?subSystemFlag=0&yoycartflg=WTifTilDetail`,
      method: 'POST',
      fields: { hash: '', gamenid: 'tiles.WTifTilDetail', tilcod: '1000000961766' },
    });
    expect(licsxp.cartAction!(url, doc, '1000000000000')).toBeNull();
  });

  it('offers no cart action where the page has no LBForm (the results excerpt lost it)', () => {
    const doc = parseHtml(sample('nishinomiya-search-result-easy.excerpt.html'));
    expect(licsxp.cartAction!(new URL(`${BASE}WOpacEsSchCmpdExecAction.do`), doc, '1000001646872')).toBeNull();
  });
});

describe('LICS-XP, our own pages in the documented structure', () => {
  it('builds the cart action of an easy-search list from LBForm, and none for an item without the button', () => {
    const url = new URL(`${BASE}WOpacEsSchCmpdExecAction.do`);
    const doc = parseHtml(fixture('licsxp', 'results.html'));
    expect(licsxp.read('results', url, doc, { today: '2026-07-20' }).items.map((i) => [i.title, i.volume, i.bibId, i.canAddToCart])).toEqual([
      ['ふしぎ駄菓子屋銭天堂 2', '2', '1000000000001', true],
      ['郷土資料目録', null, '1000000000002', false],
    ]);
    expect(licsxp.cartAction!(url, doc, '1000000000001')).toEqual({
      formSelector: 'form[name="LBForm"]',
      action: `${BASE}WOpacEsTilDetailYoyCartDispAction1.do`,
      method: 'POST',
      fields: { hash: '1111111111111111111111111111111111111111', gamenid: 'tiles.WEsTilList', tilcod: '1000000000001' },
    });
    expect(licsxp.cartAction!(url, doc, '1000000000002')).toBeNull();
  });
});

describe('LICS-XP list titles (書名　巻次/叢書　著者／著　出版者)', () => {
  it('keeps a subtitle standing before 上/下 in the whole title, and the halves apart', () => {
    expect(splitListTitle('　三体Ⅱ　黒暗森林　上　劉 慈欣／著　早川書房')).toEqual({ title: '三体II 黒暗森林 上', volume: 'II 上' });
    expect(splitListTitle('　三体Ⅱ　黒暗森林　下　劉 慈欣／著　早川書房')).toEqual({ title: '三体II 黒暗森林 下', volume: 'II 下' });
  });

  it('takes a volume field with its own note (BOOK1〈4月-6月〉) as the volume, and leaves series and author out', () => {
    expect(splitListTitle('　1Q84　BOOK1〈4月-6月〉　村上春樹 著　新潮社')).toEqual({ title: '1Q84 BOOK1〈4月-6月〉', volume: 'BOOK1' });
    expect(splitListTitle('　1Q84　BOOK2〈7月-9月〉　村上春樹 著　新潮社')).toEqual({ title: '1Q84 BOOK2〈7月-9月〉', volume: 'BOOK2' });
    expect(splitListTitle('　かいてんずしのきょうふ　ゆうれいたんていドロヒュー 5　やまもと しょうぞう／作・絵　フレーベル館')).toEqual({ title: 'かいてんずしのきょうふ', volume: null });
    expect(splitListTitle('　三体　　劉慈欣 著 ; 大森望 ほか訳　早川書房')).toEqual({ title: '三体', volume: null });
  });
});

describe('startsWithVolume: a list field that begins with a volume designator', () => {
  it.each([['上', true], ['[1]', true], ['巻１', true], ['BOOK1〈4月-6月〉', true], ['第2部 黒暗森林', true], ['3', true],
    ['黒暗森林', false], ['ゆうれいたんていドロヒュー 5', false], ['上を向いて歩こう', false], ['新潮文庫nex し-21-112', false]] as const)('%s → %s', (text, expected) => {
    expect(startsWithVolume(text)).toBe(expected);
  });
});
