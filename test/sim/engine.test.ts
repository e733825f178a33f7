// @vitest-environment node
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isClosed, isNationalHoliday, openOnOrAfter } from './core/calendar';
import { CATALOGUE, fullTitle } from './core/catalogue';
import { SimClock } from './core/clock';
import { decodeForm, encodeForm } from './core/charset';
import { addDays, isIsoDate, weekday } from './core/dates';
import { holdDeadline } from './core/state/deadlines';
import { LibraryState } from './core/state/library-state';
import { HOKKAIDO_RULES } from './libraries/hokkaido-pref/rules';
import { HOKUTO_RULES } from './libraries/hokuto-city/rules';

describe('dates and calendars', () => {
  it('does day arithmetic on plain dates', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(weekday('2026-11-23')).toBe(1);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('knows national holidays, substitutes included', () => {
    expect(['2026-11-23', '2026-05-06', '2026-09-22'].map(isNationalHoliday)).toEqual([true, true, true]);
    expect(isNationalHoliday('2026-11-24')).toBe(false);
  });

  it('北海道立: a Monday holiday opens and the next weekday closes instead', () => {
    const closed = HOKKAIDO_RULES.closed;
    expect(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-30'].map((d) => isClosed(closed, d))).toEqual([false, true, false, true]);
    // Golden week 2026: Mon 5/4 … Wed 5/6 are holidays, so Thursday 5/7 closes.
    expect(isClosed(closed, '2026-05-07')).toBe(true);
    expect(openOnOrAfter(closed, '2026-12-29')).toBe('2027-01-05');
  });

  it('北杜市: closed on Mondays and national holidays', () => {
    const closed = HOKUTO_RULES.closed;
    expect(['2026-11-23', '2026-11-24', '2026-11-03', '2026-12-28', '2027-01-05'].map((d) => isClosed(closed, d))).toEqual([true, false, true, true, false]);
  });

  it('computes hold deadlines by each library rule', () => {
    expect(holdDeadline(HOKKAIDO_RULES, '2026-11-25')).toBe('2026-12-05');
    expect(holdDeadline(HOKKAIDO_RULES, '2026-11-20')).toBe('2026-12-01'); // 11-30 is a Monday
    expect(holdDeadline(HOKUTO_RULES, '2026-11-24')).toBe('2026-12-01');
    expect(holdDeadline(HOKUTO_RULES, '2026-12-22')).toBe('2026-12-29');
  });
});

describe('state engine', () => {
  function library(rules = HOKKAIDO_RULES, today = '2026-11-25') {
    const state = new LibraryState(rules, { barcodePrefix: '9', shelves: ['A'] }, new SimClock(today));
    state.addPatron({ card: 'p', password: 'x', name: 'n' });
    return state;
  }

  it('hands out copies only on opening days', () => {
    const state = library(HOKKAIDO_RULES, '2026-11-24');
    state.reserve('p', [{ recordId: '1000131', pickup: 'A' }]);
    expect(state.holdsOf('p')[0]?.state).toBe('waiting');
    state.returnCopy('1000101');
    expect(state.copiesOf('1000101')[0]?.status).toBe('shelf');
  });

  it('serves an ordered group by priority, whatever the order of the request', () => {
    const state = library();
    state.reserve('p', [
      { recordId: '1000152', pickup: 'A', priority: 2 },
      { recordId: '1000151', pickup: 'A', priority: 1 },
    ]);
    // 騎士団長殺し 第1部 has a copy on the shelf, 第2部 none: only 第1部 is ready.
    expect(state.holdsOf('p').map((h) => [h.recordId, h.state])).toEqual([
      ['1000151', 'ready'],
      ['1000152', 'waiting'],
    ]);
  });

  it('frees the next volume when an earlier one in the group is cancelled', () => {
    const state = library();
    const { placed } = state.reserve('p', [
      { recordId: '1000101', pickup: 'A', priority: 1 },
      { recordId: '1000102', pickup: 'A', priority: 2 },
    ]);
    state.returnCopy('1000102');
    expect(placed[1]?.state).toBe('waiting');
    state.cancel('p', placed[0]!.id);
    expect(placed[1]?.state).toBe('ready');
  });

  it('keeps pending holds out of the queue until approval', () => {
    const state = library(HOKUTO_RULES, '2026-11-24');
    const [hold] = state.reserve('p', [{ recordId: '1000122', pickup: 'A' }]).placed;
    expect([hold?.state, state.rank(hold!)]).toEqual(['pending', null]);
    state.returnCopy('1000122');
    expect(hold?.state).toBe('pending');
  });

  it('cancels and changes holds only as the library rule allows, and says why not', () => {
    const state = library(HOKKAIDO_RULES, '2026-11-24');
    const [web, counter, fetched] = ['1000121', '1000122', '1000201'].map((recordId, i) =>
      state.addHold({ recordId, card: 'p', pickup: 'A', order: null, source: i === 1 ? 'counter' : 'web', state: 'waiting', fromOtherLibrary: i === 2 }),
    );
    expect(state.change('p', fetched!.id, { pickup: 'B' })).toEqual({ done: false, blocks: ['other_library'] });
    expect(state.cancel('p', counter!.id)).toMatchObject({ done: true });
    expect(state.change('p', web!.id, { pickup: 'B', contact: '連絡不要' })).toMatchObject({ done: true, hold: { pickup: 'B', contact: '連絡不要' } });
    expect(state.cancel('someone else', web!.id)).toEqual({ done: false, blocks: ['gone'] });
    expect(state.cancel('p', counter!.id)).toEqual({ done: false, blocks: ['gone'] });
    expect(library(HOKUTO_RULES).changeBlocks(web)).toEqual(['not_offered']);
    expect(library(HOKUTO_RULES).cancelBlocks({ ...web!, source: 'counter', state: 'ready' })).toEqual(['secured', 'counter']);
    expect([fetched!.state, fetched!.pickup, web!.state]).toEqual(['waiting', 'A', 'waiting']);
  });

  it('puts a ready copy back for the next patron when a rule lets the patron cancel a secured hold', () => {
    const state = library({ ...HOKKAIDO_RULES, cancel: { blockedWhen: [] } });
    state.addPatron({ card: 'q', password: 'x', name: 'n' });
    const [mine] = state.reserve('p', [{ recordId: '1000131', pickup: 'A' }]).placed;
    const [theirs] = state.reserve('q', [{ recordId: '1000131', pickup: 'A' }]).placed;
    expect([mine?.state, theirs?.state]).toEqual(['ready', 'waiting']);
    expect(state.cancel('p', mine!.id)).toMatchObject({ done: true });
    expect([mine?.state, theirs?.state, theirs?.copyId]).toEqual(['cancelled', 'ready', mine?.copyId]);
  });

  it('blocks a renewal before the rule\'s first day of the loan (too_early)', () => {
    const rule = { ...HOKKAIDO_RULES.renewal!, blockedWhen: ['too_early' as const], fromLoanDay: 10 };
    const state = library({ ...HOKKAIDO_RULES, renewal: rule }, '2026-11-23');
    const copy = state.copiesOf('1000131')[0]!;
    const loan = state.lend('p', copy, { lentOn: '2026-11-15' });
    expect(state.renewalBlocks(loan)).toEqual(['too_early']);
    expect(state.renew('p', loan.id)).toBeNull();
    const older = state.lend('p', state.copiesOf('1000111')[0]!, { lentOn: '2026-11-14' });
    expect(state.renewalBlocks(older)).toEqual([]);
  });
});

describe('catalogue', () => {
  it('has about sixty records with unique ids and valid ISBN-13 check digits', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CATALOGUE.map((r) => r.id)).size).toBe(CATALOGUE.length);
    for (const { isbn } of CATALOGUE) {
      if (!isbn) continue;
      const digits = [...isbn].map(Number);
      const sum = digits.slice(0, 12).reduce((acc, d, i) => acc + d * (i % 2 ? 3 : 1), 0);
      expect((10 - (sum % 10)) % 10, isbn).toBe(digits[12]);
    }
  });

  it('holds the multi-volume works with their cataloguers\' volume labels', () => {
    const titles = CATALOGUE.map(fullTitle);
    expect(titles).toEqual(
      expect.arrayContaining([
        '1Q84 BOOK1〈4月-6月〉',
        '1Q84 BOOK3〈10月-12月〉後編',
        'ノルウェイの森 上',
        '三体Ⅱ 黒暗森林 下',
        '鬼滅の刃 4',
        'ハリー・ポッターとアズカバンの囚人',
      ]),
    );
    expect(CATALOGUE.filter((r) => r.title === '1Q84')).toHaveLength(9);
    expect(CATALOGUE.filter((r) => r.media !== '図書').length).toBeGreaterThanOrEqual(4);
  });

  it('encodes every record in Shift_JIS without loss', () => {
    for (const record of CATALOGUE) {
      const text = `${fullTitle(record)} ${record.author} ${record.publisher}`;
      expect(iconv.decode(iconv.encode(text, 'Shift_JIS'), 'Shift_JIS')).toBe(text);
    }
  });
});

describe('form encoding', () => {
  it('round-trips repeated Japanese fields in both charsets', () => {
    const entries: [string, string][] = [['id', '1'], ['id', '2'], ['受取館', 'ライブラリーはくしゅう'], ['q', 'a b&c=d']];
    for (const charset of ['UTF-8', 'Shift_JIS'] as const) {
      expect(decodeForm(encodeForm(entries, charset), charset).entries).toEqual(entries);
    }
    expect(encodeForm([['t', '三体']], 'Shift_JIS')).toBe('t=%8EO%91%CC');
  });
});
