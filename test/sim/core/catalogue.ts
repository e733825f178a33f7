// The bibliographic records every simulated library holds. Rows marked "verified" in a comment come from
// reference/library-data.md §4.4 (ISBNs checked there); every other ISBN is ISBN-like: a plausible stem with a
// valid check digit, not a claim about the real book.

export type Media = '図書' | 'CD' | 'DVD';
/** Items that never leave the building: 禁帯 (禁帯出), 館内 (館内閲覧), 館短 (館内短期). */
export type Restriction = '禁帯' | '館内' | '館短';
/** A copy's state when the sim starts: on the shelf, lent to someone else, lent to another library (協力), lost. */
export type InitialCopyState = 'shelf' | 'loan' | 'ill' | 'missing';

export interface CatalogueRecord {
  /** 書誌番号 / タイトルコード. */
  id: string;
  title: string;
  /** The volume label exactly as cataloguers write it (BOOK1〈4月-6月〉, 上, 第1部 …), or null. */
  volume: string | null;
  author: string;
  publisher: string;
  /** 出版年 as OPACs print it, `YYYY.M`. */
  year: string;
  isbn: string | null;
  media: Media;
  /** NDC class, for the call number. */
  ndc: string;
  restriction: Restriction | null;
  /** 期間短縮資料: lent and renewed for shorter periods. */
  shortLoan: boolean;
  copies: InitialCopyState[];
  /** Other patrons already waiting for the title when the sim starts. */
  queue: number;
}

function checkDigit(stem: string): string {
  const sum = [...stem].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0);
  return String((10 - (sum % 10)) % 10);
}

/** An ISBN-13 from its first 12 digits. */
function isbnLike(stem: string): string {
  return stem + checkDigit(stem);
}

type Options = Partial<Pick<CatalogueRecord, 'media' | 'restriction' | 'shortLoan' | 'copies' | 'queue'>>;

function record(
  id: string,
  title: string,
  volume: string | null,
  author: string,
  publisher: string,
  year: string,
  isbn: string | null,
  ndc: string,
  options: Options = {},
): CatalogueRecord {
  return {
    id, title, volume, author, publisher, year, isbn, ndc,
    media: options.media ?? '図書',
    restriction: options.restriction ?? null,
    shortLoan: options.shortLoan ?? false,
    copies: options.copies ?? ['shelf'],
    queue: options.queue ?? 0,
  };
}

const MURAKAMI = '村上春樹 著';
const POTTER = 'J.K.ローリング 作 ; 松岡佑子 訳';
const LIU = '劉慈欣 著 ; 大森望 ほか訳';
const KIMETSU = '吾峠呼世晴 著';

export const CATALOGUE: readonly CatalogueRecord[] = [
  // 1Q84, hardcover (verified) and the six-volume 新潮文庫 split.
  record('1000101', '1Q84', 'BOOK1〈4月-6月〉', MURAKAMI, '新潮社', '2009.5', '9784103534228', '913.6', { copies: ['loan'] }),
  record('1000102', '1Q84', 'BOOK2〈7月-9月〉', MURAKAMI, '新潮社', '2009.5', '9784103534235', '913.6', { copies: ['loan'] }),
  record('1000103', '1Q84', 'BOOK3〈10月-12月〉', MURAKAMI, '新潮社', '2010.4', '9784103534259', '913.6', { copies: ['loan'], queue: 1 }),
  record('1000111', '1Q84', 'BOOK1〈4月-6月〉前編', MURAKAMI, '新潮社 (新潮文庫)', '2012.5', '9784101001593', '913.6'),
  record('1000112', '1Q84', 'BOOK1〈4月-6月〉後編', MURAKAMI, '新潮社 (新潮文庫)', '2012.5', '9784101001609', '913.6'),
  record('1000113', '1Q84', 'BOOK2〈7月-9月〉前編', MURAKAMI, '新潮社 (新潮文庫)', '2012.5', '9784101001616', '913.6', { copies: ['loan'] }),
  record('1000114', '1Q84', 'BOOK2〈7月-9月〉後編', MURAKAMI, '新潮社 (新潮文庫)', '2012.5', '9784101001623', '913.6'),
  record('1000115', '1Q84', 'BOOK3〈10月-12月〉前編', MURAKAMI, '新潮社 (新潮文庫)', '2012.6', '9784101001630', '913.6'),
  record('1000116', '1Q84', 'BOOK3〈10月-12月〉後編', MURAKAMI, '新潮社 (新潮文庫)', '2012.6', '9784101001647', '913.6'),
  // ノルウェイの森: 単行本 and 講談社文庫 新装版 (verified).
  record('1000121', 'ノルウェイの森', '上', MURAKAMI, '講談社', '1987.9', '9784062035156', '913.6', { copies: ['loan'] }),
  record('1000122', 'ノルウェイの森', '下', MURAKAMI, '講談社', '1987.9', '9784062035163', '913.6', { copies: ['loan'] }),
  record('1000123', 'ノルウェイの森', '上', MURAKAMI, '講談社 (講談社文庫)', '2004.9', '9784062748681', '913.6'),
  record('1000124', 'ノルウェイの森', '下', MURAKAMI, '講談社 (講談社文庫)', '2004.9', '9784062748698', '913.6'),
  record('1000131', '海辺のカフカ', '上', MURAKAMI, '新潮社 (新潮文庫)', '2005.3', '9784101001548', '913.6'),
  record('1000132', '海辺のカフカ', '下', MURAKAMI, '新潮社 (新潮文庫)', '2005.3', '9784101001555', '913.6', { copies: ['loan'] }),
  record('1000141', 'ねじまき鳥クロニクル', '第1部 泥棒かささぎ編', MURAKAMI, '新潮社', '1994.4', isbnLike('978410353401'), '913.6'),
  record('1000142', 'ねじまき鳥クロニクル', '第2部 予言する鳥編', MURAKAMI, '新潮社', '1994.4', isbnLike('978410353402'), '913.6'),
  record('1000143', 'ねじまき鳥クロニクル', '第3部 鳥刺し男編', MURAKAMI, '新潮社', '1995.8', isbnLike('978410353403'), '913.6', { copies: ['loan'] }),
  record('1000151', '騎士団長殺し', '第1部 顕れるイデア編', MURAKAMI, '新潮社', '2017.2', isbnLike('978410353431'), '913.6', { copies: ['loan', 'shelf'] }),
  record('1000152', '騎士団長殺し', '第2部 遷ろうメタファー編', MURAKAMI, '新潮社', '2017.2', isbnLike('978410353432'), '913.6', { copies: ['loan', 'loan'] }),
  record('1000161', '世界の終りとハードボイルド・ワンダーランド', '上', MURAKAMI, '新潮社 (新潮文庫)', '2010.4', isbnLike('978410100157'), '913.6'),
  record('1000162', '世界の終りとハードボイルド・ワンダーランド', '下', MURAKAMI, '新潮社 (新潮文庫)', '2010.4', isbnLike('978410100158'), '913.6'),
  // 三体 (verified) and its sequels, whose ISBNs are not in public data.
  record('1000201', '三体', null, LIU, '早川書房', '2019.7', '9784152098702', '923.7', { copies: ['loan', 'loan'], queue: 2 }),
  record('1000202', '三体Ⅱ 黒暗森林', '上', LIU, '早川書房', '2020.6', isbnLike('978415209945'), '923.7', { copies: ['loan'] }),
  record('1000203', '三体Ⅱ 黒暗森林', '下', LIU, '早川書房', '2020.6', isbnLike('978415209946'), '923.7', { copies: ['loan'] }),
  record('1000204', '三体Ⅲ 死神永生', '上', LIU, '早川書房', '2021.5', isbnLike('978415210015'), '923.7'),
  record('1000205', '三体Ⅲ 死神永生', '下', LIU, '早川書房', '2021.5', isbnLike('978415210016'), '923.7'),
  // 鬼滅の刃 1 verified, 2–4 single-source.
  record('1000301', '鬼滅の刃', '1', KIMETSU, '集英社 (ジャンプ・コミックス)', '2016.6', '9784088807232', '726.1'),
  record('1000302', '鬼滅の刃', '2', KIMETSU, '集英社 (ジャンプ・コミックス)', '2016.8', '9784088807553', '726.1', { copies: ['loan'] }),
  record('1000303', '鬼滅の刃', '3', KIMETSU, '集英社 (ジャンプ・コミックス)', '2016.10', '9784088807959', '726.1'),
  record('1000304', '鬼滅の刃', '4', KIMETSU, '集英社 (ジャンプ・コミックス)', '2016.12', '9784088808260', '726.1', { copies: ['loan'] }),
  // A real OPAC string with a full-width volume number (Nishinomiya fixtures).
  record('1000311', 'ドラゴンボール', '巻１ 孫悟空と仲間たち', '鳥山明 著', '集英社 (ジャンプ・コミックス)', '1985.9', isbnLike('978408851831'), '726.1'),
  // ハリー・ポッター: the series order is only in the subtitles, never a number.
  record('1000401', 'ハリー・ポッターと賢者の石', null, POTTER, '静山社', '1999.12', '9784915512377', '933.7'),
  record('1000402', 'ハリー・ポッターと秘密の部屋', null, POTTER, '静山社', '2000.9', '9784915512391', '933.7', { copies: ['loan'] }),
  record('1000403', 'ハリー・ポッターとアズカバンの囚人', null, POTTER, '静山社', '2001.7', '9784915512407', '933.7'),
  record('1000404', 'ハリー・ポッターと炎のゴブレット', '上', POTTER, '静山社', '2002.10', isbnLike('978491551245'), '933.7'),
  record('1000405', 'ハリー・ポッターと炎のゴブレット', '下', POTTER, '静山社', '2002.10', isbnLike('978491551246'), '933.7'),
  // Children's books and classics.
  record('1000501', 'ぐりとぐら', null, '中川李枝子 さく ; 山脇百合子 え', '福音館書店', '1967.1', '9784834000825', 'E'),
  record('1000502', 'ぐりとぐらのおきゃくさま', null, '中川李枝子 さく ; 山脇百合子 え', '福音館書店', '1967.6', isbnLike('978483400083'), 'E'),
  record('1000503', '窓ぎわのトットちゃん', null, '黒柳徹子 著', '講談社', '1981.3', isbnLike('978406145802'), '916'),
  record('1000504', '銀河鉄道の夜', null, '宮沢賢治 著', '新潮社 (新潮文庫)', '1989.6', isbnLike('978410109205'), '913.6'),
  record('1000505', 'こころ', null, '夏目漱石 著', '新潮社 (新潮文庫)', '2004.3', isbnLike('978410101013'), '913.6'),
  record('1000506', '吾輩は猫である', null, '夏目漱石 著', '新潮社 (新潮文庫)', '2003.6', isbnLike('978410101001'), '913.6'),
  record('1000507', '羅生門・鼻', null, '芥川龍之介 著', '新潮社 (新潮文庫)', '2005.10', isbnLike('978410102501'), '913.6'),
  record('1000508', '君たちはどう生きるか', null, '吉野源三郎 著', '岩波書店 (岩波文庫)', '1982.11', isbnLike('978400331581'), '159'),
  // Recent fiction, some in demand.
  record('1000601', '博士の愛した数式', null, '小川洋子 著', '新潮社', '2003.8', isbnLike('978410401303'), '913.6'),
  record('1000602', '舟を編む', null, '三浦しをん 著', '光文社', '2011.9', isbnLike('978433492776'), '913.6'),
  record('1000603', '蜜蜂と遠雷', null, '恩田陸 著', '幻冬舎', '2016.9', isbnLike('978434403003'), '913.6', { copies: ['loan'], queue: 1 }),
  record('1000604', 'コンビニ人間', null, '村田沙耶香 著', '文藝春秋', '2016.7', isbnLike('978416390618'), '913.6'),
  record('1000605', '火花', null, '又吉直樹 著', '文藝春秋', '2015.3', isbnLike('978416390230'), '913.6'),
  record('1000606', '容疑者Xの献身', null, '東野圭吾 著', '文藝春秋', '2005.8', isbnLike('978416323860'), '913.6'),
  record('1000607', 'かがみの孤城', null, '辻村深月 著', 'ポプラ社', '2017.5', isbnLike('978459115332'), '913.6'),
  record('1000608', '流浪の月', null, '凪良ゆう 著', '東京創元社', '2019.8', isbnLike('978448802802'), '913.6'),
  record('1000609', '成瀬は天下を取りにいく', null, '宮島未奈 著', '新潮社', '2023.3', isbnLike('978410354951'), '913.6', {
    shortLoan: true,
    copies: ['loan'],
    queue: 3,
  }),
  record('1000610', '同志少女よ、敵を撃て', null, '逢坂冬馬 著', '早川書房', '2021.11', isbnLike('978415210065'), '913.6', { shortLoan: true }),
  // Items that stay in the building, a lost copy and a copy lent to another library.
  record('1000701', '広辞苑', '第七版', '新村出 編', '岩波書店', '2018.1', isbnLike('978400080131'), '813.1', { restriction: '禁帯' }),
  record('1000702', '日本国語大辞典', '第二版 第1巻', '日本国語大辞典第二版編集委員会 編', '小学館', '2000.12', isbnLike('978409521001'), '813.1', {
    restriction: '館内',
  }),
  record('1000703', '北海道の地名', null, '山田秀三 著', '草風館', '2000.2', isbnLike('978488323114'), '291.1', { restriction: '禁帯' }),
  record('1000704', '山梨県の歴史', null, '飯田文弥 ほか著', '山川出版社 (県史)', '1999.9', isbnLike('978463432190'), '215.1', { restriction: '館内' }),
  record('1000705', '文藝春秋', '2026年11月号', '', '文藝春秋', '2026.11', null, '051', { restriction: '館短' }),
  record('1000706', '日本の野鳥', '増補改訂新版', '叶内拓哉 ほか著', '山と溪谷社 (山溪ハンディ図鑑)', '2014.7', isbnLike('978463507032'), '488.2'),
  record('1000707', '星の王子さま', null, 'サン=テグジュペリ 作 ; 内藤濯 訳', '岩波書店', '2000.3', isbnLike('978400115676'), '953.7', {
    copies: ['missing'],
  }),
  record('1000708', 'ペンギン・ハイウェイ', null, '森見登美彦 著', '角川書店', '2010.5', isbnLike('978404874063'), '913.6', { copies: ['ill'] }),
  // Titles carrying markup: every page must show them as text.
  record('1000801', '<b>太字</b>の本', null, 'テスト 著', '模擬出版', '2026.4', isbnLike('978499999901'), '019', { copies: ['loan'] }),
  record('1000802', '<script>alert(1)</script>', null, '"引用符" & <i>著者</i>', 'A&B出版', '2026.4', isbnLike('978499999902'), '019'),
  // Audio-visual items.
  record('1000901', '交響曲第9番 ニ短調 作品125「合唱」', null, 'ベートーヴェン 作曲 ; カラヤン 指揮', 'ユニバーサル ミュージック', '2014.3', null, '764.3', { media: 'CD' }),
  record('1000902', 'ショパン:ピアノ名曲集', null, 'ショパン 作曲 ; 小山実稚恵 ピアノ', 'ソニー・ミュージック', '2010.2', null, '763.2', { media: 'CD' }),
  record('1000903', '交響組曲「ドラゴンクエスト」', 'Ⅰ', 'すぎやまこういち 作曲・指揮', 'キングレコード', '2019.8', null, '764.3', { media: 'CD' }),
  record('1000904', '千と千尋の神隠し', null, '宮崎駿 原作・脚本・監督', 'ウォルト・ディズニー・ジャパン', '2014.7', null, '778.7', { media: 'DVD' }),
  record('1000905', 'となりのトトロ', null, '宮崎駿 原作・脚本・監督', 'ウォルト・ディズニー・ジャパン', '2014.7', null, '778.7', { media: 'DVD', copies: ['loan'] }),
  record('1000906', '魔女の宅急便', null, '宮崎駿 脚本・監督 ; 角野栄子 原作', 'ウォルト・ディズニー・ジャパン', '2014.7', null, '778.7', { media: 'DVD' }),
];

export function findRecord(id: string): CatalogueRecord | undefined {
  return CATALOGUE.find((r) => r.id === id);
}

/** Title and volume as one line, the way result lists print them. */
export function fullTitle(record: CatalogueRecord): string {
  return record.volume ? `${record.title} ${record.volume}` : record.title;
}

