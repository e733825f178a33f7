import type { HoldState } from '../model';
import { foldText, titleKey } from '../model/text';

/**
 * The words OPACs use, vendor-neutral: column labels → record fields, hold status words → HoldState, and the
 * short Japanese reasons a loan cannot be renewed. Evidence: reference/opac-vendors.md §8 and the seed guides.
 */

export const FIELDS = [
  'title', 'author', 'publisher', 'volume', 'kind',
  'state', 'rank', 'pickupLocation', 'contactMethod', 'reservedOn', 'readyOn', 'pickupDeadline', 'holdExpiry',
  'dueDate', 'loanedOn', 'lendingLibrary', 'renewCount', 'renew', 'reservationsOnItem',
  'index', 'action', 'note', 'bibId',
] as const;
export type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, readonly string[]> = {
  title: ['タイトル', 'タイトル名', '資料名', '書名', '本タイトル', '題名', '標題', '書名等', 'タイトル等', '資料名等', '書誌名', '誌名'],
  author: ['著者', '著者名', '著者名等', '著編者', '著編者等', '著编者等', '作者', '著者・アーティスト', '著者等'],
  publisher: ['出版者', '出版社', '出版社名', '出版者名', '出版者等'],
  volume: ['巻次', '巻号', '巻冊次', '巻数'],
  kind: ['予約種別', '種別', '書誌種別', '資料種別', '資料の種類', '資料区分', '形態', '媒体', '区分', '予約区分'],
  state: ['予約状態', '状態', '状況', '予約状況', '貸出可能', 'ステータス', '予約ステータス', '状態区分', '貸出状態', '処理状況'],
  rank: ['順位', '予約順', '順番', '予約順位', '予約順番', '待ち順位', '待ち人数', '予約待ち順位'],
  pickupLocation: [
    '受取館', '受取場所', '受取希望館', '受取館名', '受取図書館', '受取窓口', '受け取り館', '受取先', '予約受取場所', '受取り館',
    '受け取り場所', '受取予定館', 'お受取館', '受渡館', '受渡場所', '受け渡し館', '受取館・場所',
  ],
  contactMethod: ['連絡方法', 'ご連絡方法', '予約連絡方法', '連絡先', '連絡手段'],
  reservedOn: ['予約日', '申込日', '予約年月日', '申込年月日', '予約受付日', '受付日', '予約申込日', '予約登録日'],
  readyOn: ['割当日', '連絡日', '確保日', '確保年月日', '用意日', '通知日', '到着日'],
  pickupDeadline: [
    '取置期限', '取置期限日', '取り置き期限', '取り置き期限日', '取置き期限', '取置き期限日', '取り置き日', '取置期日',
    '引取期限日', '引取期限', '受取期限日', '受取期限', '取置期間', '取置期限年月日', '引取期日', '受取期日',
  ],
  holdExpiry: ['予約期限', '予約有効期限', '有効期限', '不要日'],
  dueDate: [
    '返却期限', '返却期限日', '返却予定日', '返却期日', '返却予定', '貸出期限', '貸出期限日', '返却期限年月日', '返却予定年月日',
  ],
  loanedOn: ['貸出日', '貸出年月日', '貸出開始日'],
  lendingLibrary: ['貸出館', '貸出場所', '貸出図書館'],
  renewCount: ['延長回数', '更新回数'],
  renew: ['延長', '貸出延長', '延長可否', '延長申込', '延長手続'],
  reservationsOnItem: ['予約数', '予約', '予約件数', '予約人数', '予約者数', '予約者', '予約有無'],
  index: ['番号', 'no', 'no.', '項番', '#', '選択', '連番'],
  action: ['取消', '予約取消', '変更取消', '変更', '削除', '操作'],
  note: ['備考', 'メモ', '注記'],
  bibId: ['タイトルコード', '書誌番号', '書誌id'],
};

/**
 * Labels are compared without whitespace (full-width too), brackets' contents (LICS-XP "資料名［⇔タイトルコード］"),
 * colons, note marks (※1, *), sort arrows or marks.
 */
export function labelKey(label: string): string {
  return titleKey(label)
    .replace(/[[(<〈【［（][^\])>〉】］）]*[\])>〉】］）]/g, '')
    .replace(/(?:[※*†‡§]|注(?=\d))\d*/g, '')
    .replace(/[:：▼▲▽△↓↑⇅◆◇●○■□★☆]/g, '');
}

const BY_KEY = new Map<string, Field>();
for (const field of FIELDS) for (const label of LABELS[field]) BY_KEY.set(labelKey(label), field);
/**
 * The record field a column header or list label names, or null. Labels must match whole; a compound label
 * ("受取館／連絡方法", "書名・著者名") counts as its first part.
 */
export function fieldOfLabel(label: string): Field | null {
  const key = labelKey(label);
  if (key === '') return null;
  return BY_KEY.get(key) ?? BY_KEY.get(key.split(/[/／・|]/)[0] ?? '') ?? null;
}

/** The 'action' labels of a column that holds each cancellable hold's cancel button (an empty cell: not on the web). */
const CANCEL_COLUMN = new Set(['取消', '予約取消'].map(labelKey));
export function isCancelColumn(label: string): boolean {
  return CANCEL_COLUMN.has(labelKey(label));
}

/**
 * Hold status words. The rows of opac-vendors.md §8 are the truth; `pending` refines "waiting" for requests
 * the library has not accepted yet (§8 marks 申込中 / 予約申込 so; 北杜's 予約申請中 is the same thing).
 */
const STATE_WORDS: Record<Exclude<HoldState, 'unknown'>, readonly string[]> = {
  pending: ['予約申請中', '申請中', '申込中', '予約申込', '予約申込中', '仮予約', '承認待ち'],
  waiting: [
    '予約中', '予約中です', '予約', '予約済', '予約済み', '予約済です', '返却待ち', '準備中', '確保待ち', '予約待ちあり',
    '検討中', '調査中', '調査中です', '受付済', '予約受付', '予約受付済', '待ち',
  ],
  in_transit: [
    '移送中', '移送中です', '回送中', '回送', '回送中です', '予約回送中です', '他館確保', '搬送中', '搬送中です', '配送中',
    '輸送中',
  ],
  ready: [
    '提供可能', 'ご用意できました', '用意できています', '用意できました', '確保', '確保済', '確保済み', '受取可', '受取可能',
    '利用可能', '貸出可能', '取置済', '取置済み', '取置中', 'お取置き', 'お取置き中', 'お取り置き', 'お取り置き中', '取り置き中',
    '貸出準備完了', '予約棚',
  ],
  cancelled: [
    '取消', '取消申込', '取消・手配不可', '手配不可', '取消済', '取消済み', '取り消し', '予約取消', '予約拒否', 'キャンセル',
    '予約解除', '期限切れ', '取置期限切れ',
  ],
};

const STATE_BY_KEY = new Map<string, HoldState>();
for (const [state, words] of Object.entries(STATE_WORDS)) {
  for (const w of words) STATE_BY_KEY.set(titleKey(w), state as HoldState);
}
// Short words ("予約", "確保", "回送") are parts of longer ones, so only longer words are looked for inside text.
const STATE_KEYS_FOR_SEARCH = [...STATE_BY_KEY.keys()].filter((k) => k.length >= 3).sort((a, b) => b.length - a.length);

/**
 * The state a status word stands for. Text around a known word is allowed ("受取可（4/20まで）",
 * "利用可能 取置期限日:2023.02.16"); text holding words of two different states, or none, is 'unknown'.
 */
export function holdStateOf(text: string): HoldState {
  const key = titleKey(text);
  const exact = STATE_BY_KEY.get(key);
  if (exact) return exact;
  const states = new Set<HoldState>();
  let rest = key;
  for (const k of STATE_KEYS_FOR_SEARCH) {
    if (!rest.includes(k)) continue;
    states.add(STATE_BY_KEY.get(k)!);
    rest = rest.split(k).join('\u0000'); // a longer word consumes the shorter words inside it
  }
  return states.size === 1 ? [...states][0]! : 'unknown';
}

export interface HoldStatus {
  state: HoldState;
  /** The status as shown, normalised; for a bare number, the number. */
  label: string;
  rank: number | null;
}

/** A queue position written in a status cell: "4", "4位", "4番目", "順番：4", "予約順位:4". */
function rankIn(key: string): number | null {
  const m = /^(\d{1,4})(?:位|番目|番)?$/.exec(key) ?? /(\d{1,4})(?:位|番目)/.exec(key) ?? /順[番位][:：]?(\d{1,4})/.exec(key);
  const rank = m ? Number(m[1]) : null;
  return rank !== null && rank > 0 ? rank : null;
}

/**
 * A status cell read whole. A cell holding only a queue position means "waiting, rank N": 北海道立's 貸出可能
 * column shows the rank until the item is ready, then the word 貸出可能.
 */
export function readHoldStatus(text: string): HoldStatus {
  const label = foldText(text);
  const key = titleKey(text);
  const rank = rankIn(key);
  if (rank !== null && /^\d+(?:位|番目|番)?$/.test(key)) return { state: 'waiting', label, rank };
  return { state: holdStateOf(text), label, rank };
}

/** The short Japanese reasons a loan cannot be renewed, as the extension shows them. */
export const RENEW_BLOCK_LABELS = {
  reserved: '予約あり',
  renewed: '延長済み',
  limit: '延長回数超過',
  overdue: '延滞中',
  other_library: '他館資料',
  refused: '延長不可',
} as const;
export type RenewBlock = keyof typeof RENEW_BLOCK_LABELS;

/** When a loan is blocked for several reasons, the one shown: what the patron must act on first. */
export const RENEW_BLOCK_ORDER: readonly RenewBlock[] = ['overdue', 'reserved', 'limit', 'renewed', 'other_library', 'refused'];

/**
 * Words loans pages print for a loan that cannot be renewed (the guides: 予約が入っている, すでに1度延長している,
 * 延滞本がある, 他の図書館から借り受けた本; vendors' badges: 予約有, 延長済). Specific reasons before the bare
 * 延長不可, which says no without saying why.
 */
const RENEW_BLOCK_PATTERNS: [RenewBlock, RegExp][] = [
  ['limit', /延長回数(?:を)?(?:超過|超え|オーバー|の上限|上限)|延長(?:の)?上限|これ以上(?:の)?延長/],
  ['renewed', /延長済|延長されています|延長して(?:い|お)ります|再貸出済|(?:すでに|既に)[^。、]{0,6}延長し/],
  ['reserved', /予約(?:有|あり|アリ|が(?:入って|あり|ある|つい|付い)|者(?:あり|有|がい|がお|が存在)|待ち|中の方|[:：]?[1-9])|次(?:に|の)(?:方の)?予約/],
  ['overdue', /延滞|期限切れ|期限(?:を|が)過ぎ|督促|返却期限超過|延長期限切れ/],
  ['other_library', /他館|他の図書館|相互貸借|借用資料|協力貸出|他市/],
  ['refused', /延長(?:不可|できません|出来ません|できない|不能)|延長×/],
];

/** Why a loan cannot be renewed, read from a status or renewal cell, or null when the text names no reason. */
export function renewBlockOf(text: string): RenewBlock | null {
  const s = titleKey(text);
  return RENEW_BLOCK_PATTERNS.find(([, re]) => re.test(s))?.[0] ?? null;
}

/**
 * Every reason a text names, most telling first (a cell "延長できません（延滞本がある、予約が入っている）" names two). The
 * bare 延長不可 counts only when nothing more specific is said.
 */
export function renewBlocksOf(text: string): RenewBlock[] {
  const s = titleKey(text);
  const found = RENEW_BLOCK_PATTERNS.filter(([, re]) => re.test(s)).map(([block]) => block);
  return found.length > 1 ? found.filter((b) => b !== 'refused') : found;
}
