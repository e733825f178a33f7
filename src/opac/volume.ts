import { normalizeText } from '../model/text';

/**
 * The volume part of a title, for grouping a series and ordering it (library-data.md §4.3). The key has two
 * levels: the part (BOOK 1, 第2部, Ⅱ, [3], 4巻) and, within it, 上/中/下 or 前編/後編. Titles that merely
 * contain such characters (上を向いて歩こう, 1Q84, 三体) have no volume.
 */
export interface VolumeInfo {
  /** The title without its volume and the text after it (a volume's own subtitle), normalised. */
  work: string;
  /** The volume label as written, e.g. "BOOK 1 前編", "Ⅱ (上)", "巻1"; null when the title names none. */
  volume: string | null;
  /** Ordering key: [part], [part, half], or [half]; 上/前 = 1, 中 = 2, 下/後 = 3. Null without a volume. */
  key: number[] | null;
}

const ROMAN = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';
const ROMAN_SMALL = 'ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ';
// NFKC turns Ⅱ into "II" and ⅠⅡ into "III"; Unicode numerals are parked on private-use marks (U+E001 = 1 …) first.
const MARK = 0xe000;
const ASCII_ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function parkRoman(s: string): string {
  return s.replace(/[Ⅰ-Ⅻⅰ-ⅻ]/g, (ch) => {
    const i = ROMAN.indexOf(ch) >= 0 ? ROMAN.indexOf(ch) : ROMAN_SMALL.indexOf(ch);
    return String.fromCharCode(MARK + i + 1);
  });
}

export function unparkRoman(s: string): string {
  return s.replace(/[\uE001-\uE00C]/g, (ch) => ROMAN[ch.charCodeAt(0) - MARK - 1]!);
}

const KANJI_DIGITS = '〇一二三四五六七八九';

/** 1–999 written in digits or kanji (一, 十二, 二十三, 百), else null. */
function numberOf(s: string): number | null {
  if (/^\d{1,3}$/.test(s)) return Number(s) || null;
  const m = /^(?:([一二三四五六七八九])?(百))?(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  const digit = (c: string | undefined, unit: string | undefined, fallback: number) =>
    unit ? (c ? KANJI_DIGITS.indexOf(c) : 1) : fallback;
  return digit(m[1], m[2], 0) * 100 + digit(m[3], m[4], 0) * 10 + (m[5] ? KANJI_DIGITS.indexOf(m[5]) : 0);
}

export interface Token {
  index: number;
  length: number;
  value: number;
}

const NUM = String.raw`(\d{1,3}|[一二三四五六七八九十百]{1,4})`;
// Where a standalone token may begin and end: spaces, brackets, punctuation, or the title's edges.
const EDGE = String.raw`[\s()[\]〈〉《》【】「」『』〔〕・,、:]`;
const OPEN = `(?<=^|${EDGE})`;
const CLOSE = `(?=$|${EDGE})`;

/** Part tokens, most specific first. Each captures the number in group 1 (or a parked Roman numeral). */
const PART_PATTERNS: RegExp[] = [
  new RegExp(String.raw`第${NUM}(?:巻|部|集|編)`),
  new RegExp(`${OPEN}${NUM}(?:巻|部|集)${CLOSE}`),
  new RegExp(String.raw`巻${NUM}${CLOSE}`),
  new RegExp(String.raw`(?<![A-Za-z])(?:BOOK|Book|book|VOL|Vol|vol)\.?\s?(\d{1,3})${CLOSE}`),
  new RegExp(String.raw`[\[(〔【]\s?(\d{1,3})\s?[\])〕】]`),
  /([\uE001-\uE00C])/,
  // ASCII Roman numerals only right after Japanese text ("三体II"), never inside Latin words.
  new RegExp(String.raw`(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?![A-Za-z])`, 'u'),
  // A bare number ending the title, or followed only by a bracketed series name: "鬼滅の刃 1 (ジャンプコミックス)".
  new RegExp(String.raw`(?<=\S\s)(\d{1,3})(?=$|\s?[(\[〈《【])`),
];

const HALF_VALUES: Record<string, number> = { 上: 1, 前: 1, 中: 2, 下: 3, 後: 3 };
const HALF_PATTERNS: RegExp[] = [
  /([上中下])巻/,
  /([前中後])[編篇]/,
  new RegExp(`${OPEN}([上中下])${CLOSE}`),
];

function partValue(raw: string): number | null {
  if (/^[\uE001-\uE00C]$/.test(raw)) return raw.charCodeAt(0) - MARK;
  const ascii = ASCII_ROMAN.indexOf(raw);
  return ascii >= 0 ? ascii + 1 : numberOf(raw);
}

function firstToken(s: string, patterns: RegExp[], value: (raw: string) => number | null, from = 0): Token | null {
  let best: Token | null = null;
  for (const re of patterns) {
    const m = re.exec(s.slice(from));
    if (!m || (best && m.index + from >= best.index)) continue;
    const v = value(m[1]!);
    if (v !== null) best = { index: m.index + from, length: m[0].length, value: v };
  }
  return best;
}

/** The volume tokens of a normalised title (Roman numerals parked): its part, and its half after the part. */
function tokensOf(s: string): { part: Token | null; half: Token | null } {
  const part = firstToken(s, PART_PATTERNS, partValue);
  const half = firstToken(s, HALF_PATTERNS, (raw) => HALF_VALUES[raw] ?? null, part ? part.index + part.length : 0);
  return { part, half };
}

/** A token's text in the title it was found in. */
export const label = (s: string, t: Token) => s.slice(t.index, t.index + t.length).trim();
/** What a title's work part may end in before its volume: spaces, opening brackets, separators. */
export const TRAILING_MARKS = /[\s(\[〈《【「『・,、:\-~]+$/;

/** A title as the volume reader sees it (normalised, Roman numerals parked), with its part and half tokens. */
export function volumeTokensOf(shown: string): { s: string; part: Token | null; half: Token | null } {
  const s = normalizeText(parkRoman(shown));
  return { s, ...tokensOf(s) };
}

/** Splits a title into its work and volume. */
export function extractVolume(title: string): VolumeInfo {
  const { s, part, half } = volumeTokensOf(title);
  const tokens = [part, half].filter((t): t is Token => t !== null);
  const start = Math.min(...tokens.map((t) => t.index));
  const work = s.slice(0, start).replace(TRAILING_MARKS, '');
  if (tokens.length === 0 || work === '') return { work: unparkRoman(s), volume: null, key: null };
  return { work: unparkRoman(work), volume: unparkRoman(tokens.map((t) => label(s, t)).join(' ')), key: tokens.map((t) => t.value) };
}
