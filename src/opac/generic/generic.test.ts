import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CartRecord, HoldRecord, ItemRecord, LoanRecord, type IsoDate, type PageKind } from '../../model';
import { detectGeneric, readGeneric } from '.';

const FIXTURES = resolve(__dirname, '../../../test/fixtures');

function load(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(FIXTURES, path), 'utf8'), 'text/html');
}

function read(path: string, kind: PageKind, today: IsoDate) {
  const reading = readGeneric(kind, load(path), { today });
  // Every record must satisfy the model's schema.
  reading.holds.forEach((h) => HoldRecord.parse(h));
  reading.loans.forEach((l) => LoanRecord.parse(l));
  reading.items.forEach((i) => ItemRecord.parse(i));
  reading.cart.forEach((c) => CartRecord.parse(c));
  return reading;
}

const URL_ = new URL('https://opac.example.jp/');

describe('detectGeneric', () => {
  it.each<[string, PageKind]>([
    ['seed/hokkaido-pref/holds.html', 'holds'],
    ['seed/hokkaido-pref/loans.html', 'loans'],
    ['seed/hokkaido-pref/cart.html', 'cart'],
    ['seed/hokkaido-pref/login.html', 'login'],
    ['seed/hokkaido-pref/detail.html', 'detail'],
    ['seed/hokuto-city/holds.html', 'holds'],
    ['seed/hokuto-city/loans.html', 'loans'],
    ['seed/tochigi-pref/holds.html', 'holds'],
    ['seed/tochigi-pref/holds-empty.html', 'holds'],
    ['seed/tochigi-pref/loans.html', 'loans'],
    ['seed/mito-city/holds.html', 'holds'],
    ['seed/mito-city/loans.html', 'loans'],
    ['seed/mito-city/results.html', 'results'],
    ['seed/mito-city/cart.html', 'cart'],
    ['generic/dl-holds.html', 'holds'],
    ['generic/text-loans.html', 'loans'],
    ['generic/text-holds.html', 'holds'],
    ['generic/holds-unreadable.html', 'holds'],
  ])('%s → %s', (path, kind) => {
    expect(detectGeneric(URL_, load(path))).toBe(kind);
  });

  it('falls back to the records when no heading names the page', () => {
    const doc = new DOMParser().parseFromString(
      '<h2>マイページ</h2><table><tr><th>書名</th><th>返却期限日</th><th>貸出日</th></tr><tr><td>A</td><td>2026/04/01</td><td>2026/03/18</td></tr></table>',
      'text/html',
    );
    expect(detectGeneric(URL_, doc)).toBe('loans');
    expect(detectGeneric(URL_, new DOMParser().parseFromString('<p>ようこそ</p>', 'text/html'))).toBe('other');
  });
});

describe('北海道立図書館 (seed guide layouts)', () => {
  it('reads 予約状況照会: the 貸出可能 column holds the rank or the state', () => {
    const { holds, notUnderstood } = read('seed/hokkaido-pref/holds.html', 'holds', '2026-04-05');
    expect(notUnderstood).toBeNull();
    expect(holds).toEqual([
      {
        title: 'ぐりとぐら', volume: null, state: 'waiting', stateLabel: '予約中', rank: null, pickupLocation: '北海道立図書館',
        reservedOn: '2020-05-09', pickupDeadline: null, readyOn: null, bibId: '1000123', canCancel: true,
      },
      {
        title: '三体II 黒暗森林 上', volume: 'Ⅱ 上', state: 'ready', stateLabel: '貸出可能', rank: null,
        pickupLocation: '北海道立図書館', reservedOn: '2026-03-20', pickupDeadline: '2026-04-12', readyOn: null, bibId: '2000456',
        canCancel: false,
      },
      {
        title: '三体II 黒暗森林 下', volume: 'Ⅱ 下', state: 'waiting', stateLabel: '3', rank: 3, pickupLocation: '江別市情報図書館',
        reservedOn: '2026-03-20', pickupDeadline: null, readyOn: null, bibId: '2000457', canCancel: true,
      },
    ]);
  });

  it('reads 貸出状況照会 with renewal blocks', () => {
    const { loans } = read('seed/hokkaido-pref/loans.html', 'loans', '2026-04-05');
    expect(loans.map((l) => [l.title, l.volume, l.dueDate, l.loanedOn, l.renewable, l.renewBlockedReason, l.reservedByOthers])).toEqual([
      ['ノルウェイの森 上', '上', '2026-04-08', '2026-03-25', true, null, false],
      ['ノルウェイの森 下', '下', '2026-04-08', '2026-03-25', false, '予約あり', true],
      ['海辺のカフカ 上', '上', '2026-03-15', '2026-03-01', false, '延滞中', false],
      ['海辺のカフカ 下', '下', '2026-04-10', '2026-03-10', false, '延長済み', false],
    ]);
  });

  it('reads 予約カート状況 without taking the pickup options as text', () => {
    const { cart } = read('seed/hokkaido-pref/cart.html', 'cart', '2026-04-05');
    expect(cart).toEqual([
      { title: '三体III 死神永生 上', volume: 'Ⅲ 上', bibId: '2000458' },
      { title: '三体III 死神永生 下', volume: 'Ⅲ 下', bibId: '2000459' },
    ]);
  });

  it('reads the 所蔵情報 label/value table as one item with the page cart button', () => {
    const { items } = read('seed/hokkaido-pref/detail.html', 'detail', '2026-04-05');
    expect(items).toEqual([
      {
        title: 'ぐりとぐら(グリト グラ)', volume: null, bibId: null, canAddToCart: true,
        author: '中川 李枝子『さく(ナカガワ リエコ) 山脇 百合子『え(ヤマワキ ユリコ)', publisher: '福音館書店/東京',
      },
    ]);
  });
});

describe('北杜市図書館', () => {
  it('reads the 状態 words of the guide, pending included', () => {
    const { holds } = read('seed/hokuto-city/holds.html', 'holds', '2026-04-05');
    expect(holds.map((h) => [h.title, h.volume, h.state, h.stateLabel, h.pickupLocation, h.reservedOn, h.bibId, h.canCancel])).toEqual([
      ['鬼滅の刃 1', '1', 'pending', '予約申請中', '明野図書館', '2026-04-03', 'BB00011', true],
      ['鬼滅の刃 2', '2', 'waiting', '予約中', '明野図書館', '2026-03-28', 'BB00012', true],
      ['鬼滅の刃 3', '3', 'cancelled', '予約拒否', 'たかね図書館', '2026-03-28', 'BB00013', false],
      ['鬼滅の刃 4', '4', 'ready', 'お取置き', '小淵沢図書館', '2026-03-20', 'BB00014', false],
    ]);
  });

  it('reads 予約 有 and overdue (red) due dates', () => {
    const { loans } = read('seed/hokuto-city/loans.html', 'loans', '2026-04-05');
    expect(loans.map((l) => [l.title, l.volume, l.dueDate, l.renewable, l.renewBlockedReason, l.reservedByOthers])).toEqual([
      ['下町ロケット', null, '2026-04-12', null, null, false],
      ['上を向いて歩こう', null, '2026-04-12', false, '予約あり', true],
      ['ハリー・ポッターと賢者の石', null, '2026-03-15', false, '延滞中', false],
    ]);
  });
});

describe('栃木県立図書館 (list layout, label：value lines)', () => {
  it('reads 予約状況一覧 items with their own cancel buttons', () => {
    const { holds, notUnderstood } = read('seed/tochigi-pref/holds.html', 'holds', '2026-04-05');
    expect(notUnderstood).toBeNull();
    expect(holds).toEqual([
      {
        title: '1Q84 BOOK1〈4月-6月〉前編', volume: 'BOOK1 前編', state: 'waiting', stateLabel: '確保待ち', rank: null,
        pickupLocation: '本館貸出カウンター', reservedOn: '2026-03-02', pickupDeadline: null, readyOn: null, bibId: '1101897016',
        canCancel: true,
      },
      {
        title: '1Q84 BOOK1〈4月-6月〉後編', volume: 'BOOK1 後編', state: 'waiting', stateLabel: '確保待ち', rank: 2,
        pickupLocation: '本館貸出カウンター', reservedOn: '2026-03-02', pickupDeadline: null, readyOn: null, bibId: '1101897017',
        canCancel: true,
      },
      {
        title: 'ノルウェイの森(上)', volume: '上', state: 'ready', stateLabel: '貸出可能', rank: null, pickupLocation: '本館貸出カウンター',
        reservedOn: '2026-02-20', pickupDeadline: '2026-04-14', readyOn: null, bibId: '1101800001', canCancel: false,
      },
    ]);
  });

  it('reads 貸出状況一覧 with 延長 buttons, 予約 counts and the delay mark', () => {
    const { loans } = read('seed/tochigi-pref/loans.html', 'loans', '2026-03-28');
    expect(loans.map((l) => [l.volume, l.loanedOn, l.dueDate, l.renewable, l.renewBlockedReason, l.reservedByOthers, l.bibId])).toEqual([
      ['第1部', '2026-03-20', '2026-04-03', true, null, null, '1101900001'],
      ['第2部', '2026-03-20', '2026-04-03', false, '予約あり', true, '1101900002'],
      ['第3部', '2026-03-01', '2026-03-15', false, '延滞中', null, '1101900003'],
    ]);
  });

  it('takes "該当するリストが存在しません。" as a true empty list', () => {
    expect(read('seed/tochigi-pref/holds-empty.html', 'holds', '2026-04-05')).toEqual({
      holds: [], loans: [], items: [], cart: [], notUnderstood: null,
    });
  });
});

describe('水戸市立図書館', () => {
  it('reads 予約一覧 (header in td cells, 引取期限日 across the year end, unknown words kept)', () => {
    const { holds } = read('seed/mito-city/holds.html', 'holds', '2025-12-28');
    expect(holds.map((h) => [h.title, h.volume, h.state, h.stateLabel, h.rank, h.pickupLocation, h.reservedOn, h.pickupDeadline, h.canCancel])).toEqual([
      ['鬼滅の刃 1', '1', 'waiting', '予約中', 5, '中央図書館', '2025-12-20', null, null],
      ['鬼滅の刃 2', '2', 'unknown', '連絡済', null, '見和図書館', '2025-12-20', '2027-01-05', null],
      ['ノルウェイの森 上巻', '上巻', 'ready', 'ご用意できました', null, '中央図書館', '2025-12-01', '2025-12-30', null],
    ]);
  });

  it('reads 貸出中一覧: a row checkbox plus the page 貸出延長 button means renewable', () => {
    const { loans } = read('seed/mito-city/loans.html', 'loans', '2025-12-28');
    expect(loans.map((l) => [l.title, l.volume, l.dueDate, l.renewable, l.renewBlockedReason, l.reservedByOthers])).toEqual([
      ['三体', null, '2026-01-04', true, null, false],
      ['三体II 黒暗森林 上', 'Ⅱ 上', '2026-01-04', false, '予約あり', true],
      ['ある郷土史 第2巻', '第2巻', '2026-01-04', false, '他館資料', false],
      ['ゴルゴ13 1', '1', '2025-12-15', false, '延滞中', false],
    ]);
  });

  it('reads 検索結果一覧: only items with a checkbox can go to the cart', () => {
    const { items } = read('seed/mito-city/results.html', 'results', '2025-12-28');
    expect(items).toEqual([
      { title: '1Q84 BOOK 1〈4月-6月〉', volume: 'BOOK 1', bibId: '555010', canAddToCart: true, author: '村上春樹', publisher: '新潮社' },
      { title: '1Q84 BOOK 2〈7月-9月〉', volume: 'BOOK 2', bibId: '555011', canAddToCart: true, author: '村上春樹', publisher: '新潮社' },
      { title: '水戸市史 中巻', volume: '中巻', bibId: '555012', canAddToCart: false, author: '水戸市', publisher: '水戸市' },
    ]);
  });

  it('reads the 予約カート', () => {
    expect(read('seed/mito-city/cart.html', 'cart', '2025-12-28').cart).toEqual([
      { title: '1Q84 BOOK 2〈7月-9月〉', volume: 'BOOK 2', bibId: '555011' },
    ]);
  });
});

describe('layouts the reader has never seen', () => {
  it('reads dt/dd records, taking the title from the heading link above each list; cancel buttons compare across the lists', () => {
    const { holds } = read('generic/dl-holds.html', 'holds', '2026-04-05');
    expect(holds).toEqual([
      {
        title: '坂の上の雲 1', volume: '1', state: 'ready', stateLabel: '用意できています', rank: null, pickupLocation: '中央図書館',
        reservedOn: '2026-03-01', pickupDeadline: '2026-04-10', readyOn: null, bibId: '77001', canCancel: false,
      },
      {
        title: '坂の上の雲 2', volume: '2', state: 'waiting', stateLabel: '予約中です', rank: 3, pickupLocation: '辻堂分館',
        reservedOn: '2026-03-01', pickupDeadline: null, readyOn: null, bibId: '77002', canCancel: true,
      },
      {
        title: '坂の上の雲 3', volume: '3', state: 'in_transit', stateLabel: '予約回送中です', rank: null, pickupLocation: '中央図書館',
        reservedOn: '2026-03-02', pickupDeadline: null, readyOn: null, bibId: '77003', canCancel: false,
      },
      {
        title: 'ハリー・ポッターと秘密の部屋', volume: null, state: 'in_transit', stateLabel: '他館確保', rank: null, pickupLocation: '北分館',
        reservedOn: null, pickupDeadline: null, readyOn: null, bibId: null, canCancel: false,
      },
      {
        title: 'ハリー・ポッターとアズカバンの囚人', volume: null, state: 'waiting', stateLabel: '予約中', rank: 12, pickupLocation: '北分館',
        reservedOn: null, pickupDeadline: null, readyOn: null, bibId: null, canCancel: false,
      },
    ]);
  });

  it('reads "label：value" loan blocks, several pairs to a line', () => {
    const { loans } = read('generic/text-loans.html', 'loans', '2026-04-05');
    expect(loans).toEqual([
      {
        title: 'ドラゴンボール 巻1 孫悟空と仲間たち', volume: '巻1', dueDate: '2026-04-15', renewable: true, renewBlockedReason: null,
        loanedOn: '2026-04-01', bibId: '1000000001', renewCount: 0, reservedByOthers: false,
      },
      {
        title: 'ドラゴンボール 巻2', volume: '巻2', dueDate: '2026-04-15', renewable: false, renewBlockedReason: '予約あり',
        loanedOn: '2026-04-01', bibId: '1000000002', renewCount: 0, reservedByOthers: true,
      },
      {
        title: 'レッツゴー!まいぜんシスターズ [1]', volume: '[1]', dueDate: '2026-04-17', renewable: false, renewBlockedReason: '延長済み',
        loanedOn: '2026-03-20', bibId: '1000000003', renewCount: 1, reservedByOthers: false,
      },
    ]);
  });

  it('reads "label:value" hold blocks with yearless deadlines across the year end', () => {
    const { holds } = read('generic/text-holds.html', 'holds', '2026-12-28');
    expect(holds).toEqual([
      {
        title: '1Q84 BOOK2〈7月-9月〉後編', volume: 'BOOK2 後編', state: 'ready', stateLabel: '提供可能',
        rank: 1, pickupLocation: '北口図書館', reservedOn: '2026-03-01', pickupDeadline: '2027-01-08', readyOn: null, bibId: null,
        canCancel: null,
      },
      {
        title: '三体III 死神永生 上', volume: 'Ⅲ 上', state: 'waiting', stateLabel: '予約中です', rank: 4, pickupLocation: '北口図書館',
        reservedOn: '2025-11-30', pickupDeadline: null, readyOn: null, bibId: null, canCancel: null,
      },
    ]);
  });
});

describe('honesty: a page that looks like a list but gives no records is not an empty list', () => {
  it('reports a table with unknown headers, with the labels it saw', () => {
    const reading = read('generic/holds-unreadable.html', 'holds', '2026-04-05');
    expect(reading.holds).toEqual([]);
    expect(reading.notUnderstood).toEqual({ reason: expect.any(String), labels: ['資料情報', '手続き', '日付'] });
  });

  it('reports a holds page with no list and no empty message', () => {
    const reading = read('generic/holds-no-list.html', 'holds', '2026-04-05');
    expect(reading.holds).toEqual([]);
    expect(reading.notUnderstood?.reason).toMatch(/no holds/);
  });

  it('does not take a notice about cancelling for an empty list', () => {
    const doc = new DOMParser().parseFromString(
      '<h2>予約状況照会</h2><p>※Web上で予約の変更・取消はできません。</p><table><tr><th>タイトル</th><th>予約状態</th></tr><tr><td colspan="2">読み込み中</td></tr></table>',
      'text/html',
    );
    const reading = readGeneric('holds', doc, { today: '2026-04-05' });
    expect(reading.holds).toEqual([]);
    expect(reading.notUnderstood?.labels).toEqual(['タイトル', '予約状態']);
  });

  it('reads an empty 取消 column as "the web cannot cancel this one", and no such column as "unknown"', () => {
    const list = (head: string, cells: string) => new DOMParser().parseFromString(
      `<h2>予約一覧</h2><table><tr><th>書名</th><th>状態</th>${head}</tr><tr><td>三体</td><td>予約中</td>${cells}</tr><tr><td>火花</td><td>ご用意できました</td>${cells}</tr></table>`,
      'text/html',
    );
    const canCancel = (doc: Document) => readGeneric('holds', doc, { today: '2026-04-05' }).holds.map((h) => h.canCancel);
    expect(canCancel(list('<th>取消</th>', '<td></td>'))).toEqual([false, false]);
    expect(canCancel(list('<th>予約<br>取消</th>', '<td> </td>'))).toEqual([false, false]);
    expect(canCancel(list('<th>受取場所</th>', '<td>本館</td>'))).toEqual([null, null]);
  });

  it('takes a list table with its header and no row at all for an empty list (北海道立 with nothing reserved)', () => {
    const header = '<tr><th>番号</th><th>予約日</th><th>予約種別</th><th>タイトル</th><th>受取場所</th><th>取置期限日</th><th>貸出可能</th></tr>';
    const empty = new DOMParser().parseFromString(`<h2>予約状況照会</h2><table class="reserve">${header}</table>`, 'text/html');
    expect(readGeneric('holds', empty, { today: '2026-04-05' })).toMatchObject({ holds: [], notUnderstood: null });
    // The rows may live in a table of their own under a header-only table: then nothing is taken as empty.
    const split = new DOMParser().parseFromString(
      `<h2>予約状況照会</h2><table>${header}</table><table><tr><td>1</td><td>2026/04/01</td><td>通常</td><td>1Q84</td></tr><tr><td>2</td><td>2026/04/02</td><td>通常</td><td>三体</td></tr></table>`,
      'text/html',
    );
    expect(readGeneric('holds', split, { today: '2026-04-05' }).notUnderstood).not.toBeNull();
  });

  it('reads loans pages the same way', () => {
    const doc = new DOMParser().parseFromString('<h2>貸出中一覧</h2><p>現在借りている資料はありません。</p>', 'text/html');
    expect(readGeneric('loans', doc, { today: '2026-04-05' }).notUnderstood).toBeNull();
    const broken = new DOMParser().parseFromString('<h2>貸出中一覧</h2><div id="list">Loading...</div>', 'text/html');
    expect(readGeneric('loans', broken, { today: '2026-04-05' }).notUnderstood).not.toBeNull();
  });
});

describe('result records need evidence', () => {
  const list = (records: string, extra = '') =>
    new DOMParser().parseFromString(`<h1>検索結果一覧</h1><p>検索結果 12件</p>${extra}<form>${records}<button type="button" onclick="add()">カートに入れる</button></form>`, 'text/html');

  it('takes a record\'s own id field over a script link\'s argument, which may be a row number', () => {
    const doc = list([1, 2].map((n) => `<div class="rec"><input type="checkbox" name="editNoCheck" value="16287${n}"><a href="javascript:move_title(${n});">本${n}</a> 著者${n}／著</div>`).join(''));
    expect(readGeneric('results', doc, { today: '2026-04-05' }).items.map((i) => [i.title, i.bibId, i.canAddToCart])).toEqual([
      ['本1', '162871', true], ['本2', '162872', true],
    ]);
  });

  it('a 詳細 link beside a title is no title; a list of such links alone is not understood', () => {
    const doc = list([1, 2].map((n) => `<div class="rec"><span>本${n}</span> <a href="detail?bibid=${n}">詳細</a></div>`).join(''));
    const r = readGeneric('results', doc, { today: '2026-04-05' });
    expect(r.items).toEqual([]);
    expect(r.notUnderstood?.reason).toMatch(/no result records/);
  });

  it('a single link with an id and nothing else beside it is too little to be a record', () => {
    const doc = new DOMParser().parseFromString('<h1>検索結果</h1><p>図書館からのお知らせ: <a href="/news?id=12">休館日のお知らせ</a></p>', 'text/html');
    const r = readGeneric('results', doc, { today: '2026-04-05' });
    expect(r.items).toEqual([]);
    expect(r.notUnderstood?.reason).toMatch(/without evidence of a record/);
  });
});
