import type { IsoDate } from './common';

/**
 * Dates as OPACs print them, read into `YYYY-MM-DD` (Asia/Tokyo calendar days). All arithmetic is done on UTC
 * midnights of the calendar day, so nothing depends on the machine's time zone.
 */

export type YearPreference = 'nearest' | 'future' | 'past';

export interface ParseDateOptions {
  /** The day the page was seen; needed for dates printed without a year (MM/DD, M月D日). */
  reference?: IsoDate;
  /** Which year to pick for a yearless date; see `WINDOWS`. Defaults to 'nearest'. */
  prefer?: YearPreference;
}

const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000; // Japan has no daylight saving time.

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fromParts(y: number, m: number, d: number): IsoDate | null {
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 02/30 over to 03/02; a roll-over means the calendar date does not exist.
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function toEpochDay(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromEpochDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day in Asia/Tokyo at the given instant. */
export function todayInTokyo(now: Date): IsoDate {
  return new Date(now.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(iso) + days);
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: IsoDate): number {
  return new Date(toEpochDay(iso) * DAY_MS).getUTCDay();
}

/**
 * For a yearless date, the one year whose date falls inside a 365-day window around the reference (a window
 * that short holds each month-day at most once). 'future' suits deadlines, 'past' suits 予約日/貸出日; both
 * allow a week of slack for a deadline that just passed or a date entered a few days ahead.
 */
const WINDOWS: Record<YearPreference, [number, number]> = {
  nearest: [-182, 182],
  future: [-7, 357],
  past: [-357, 7],
};

function inferYear(m: number, d: number, opts: ParseDateOptions): IsoDate | null {
  if (!opts.reference) return null;
  const ref = toEpochDay(opts.reference);
  const [lo, hi] = WINDOWS[opts.prefer ?? 'nearest'];
  const y = Number(opts.reference.slice(0, 4));
  for (const year of [y - 1, y, y + 1]) {
    const iso = fromParts(year, m, d);
    if (iso === null) continue;
    const offset = toEpochDay(iso) - ref;
    if (offset >= lo && offset <= hi) return iso;
  }
  return null;
}

/** Era name → the Gregorian year of its 元年, and its first and last day. */
const ERAS: Record<string, { base: number; from: IsoDate; to: IsoDate }> = {
  令和: { base: 2018, from: '2019-05-01', to: '2099-12-31' },
  平成: { base: 1988, from: '1989-01-08', to: '2019-04-30' },
  昭和: { base: 1925, from: '1926-12-25', to: '1989-01-07' },
};
const ERA_LETTERS: Record<string, string> = { R: '令和', H: '平成', S: '昭和' };

function fromEra(era: string, year: string, m: number, d: number): IsoDate | null {
  const e = ERAS[ERA_LETTERS[era.toUpperCase()] ?? era];
  if (!e) return null;
  const n = year === '元' ? 1 : Number(year);
  const iso = fromParts(e.base + n, m, d);
  return iso !== null && iso >= e.from && iso <= e.to ? iso : null;
}

// No digit or date separator may touch a match, so "2026/11/25" never also yields "26/11/25" or "11/25".
const B = String.raw`(?<![\d./\-])`;
const E = String.raw`(?!\d|[./\-]\d)`;

interface Pattern {
  re: RegExp;
  read(m: RegExpExecArray, opts: ParseDateOptions): IsoDate | null;
}

const n = (s: string | undefined): number => Number(s);

const PATTERNS: Pattern[] = [
  {
    // 令和7年3月15日, 令和元年5月1日, R7.3.15, H31/4/30
    re: new RegExp(String.raw`(?<![A-Za-z])(令和|平成|昭和|[RHS])(\d{1,2}|元)(?:年|[./\-])(\d{1,2})(?:月|[./\-])(\d{1,2})日?` + E, 'gi'),
    read: (m) => fromEra(m[1]!, m[2]!, n(m[3]), n(m[4])),
  },
  {
    re: new RegExp(B + String.raw`(\d{4})年(\d{1,2})月(\d{1,2})日`, 'g'),
    read: (m) => fromParts(n(m[1]), n(m[2]), n(m[3])),
  },
  {
    // YYYY/MM/DD, YYYY-MM-DD, YYYY.M.D; the separators must agree.
    re: new RegExp(B + String.raw`(\d{4})([./\-])(\d{1,2})\2(\d{1,2})` + E, 'g'),
    read: (m) => fromParts(n(m[1]), n(m[3]), n(m[4])),
  },
  {
    re: new RegExp(B + String.raw`(\d{4})(\d{2})(\d{2})(?!\d)`, 'g'),
    read: (m) => fromParts(n(m[1]), n(m[2]), n(m[3])),
  },
  {
    // YY/MM/DD (LICS-XP hold lists): Japanese order, 21st century.
    re: new RegExp(B + String.raw`(\d{2})/(\d{2})/(\d{2})` + E, 'g'),
    read: (m) => fromParts(2000 + n(m[1]), n(m[2]), n(m[3])),
  },
  {
    re: new RegExp(B + String.raw`(\d{1,2})/(\d{1,2})` + E, 'g'),
    read: (m, opts) => inferYear(n(m[1]), n(m[2]), opts),
  },
  {
    re: new RegExp(String.raw`(?<![\d年])(\d{1,2})月(\d{1,2})日`, 'g'),
    read: (m, opts) => inferYear(n(m[1]), n(m[2]), opts),
  },
];

interface Found {
  start: number;
  end: number;
  iso: IsoDate | null;
}

/**
 * Reads the one date in `text`, or null. Garbage, impossible dates (2026/02/30), yearless dates without a
 * reference, and text holding two different dates are all null: a wrong date is worse than none. A weekday in
 * brackets after the date, e.g. "(火)", is not checked: only the digits are trusted.
 */
export function parseDate(text: string, opts: ParseDateOptions = {}): IsoDate | null {
  const s = text
    .normalize('NFKC')
    // "26/" + "04/15" from two adjacent elements, or "2026年 11月 25日": close the gaps after separators.
    .replace(/(\d\s*[./\-年月])\s+(?=\d)/g, (_, head: string) => head.replace(/\s+/g, ''))
    .replace(/(\d)\s+(?=[年月日])/g, '$1');
  const found: Found[] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of s.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue; // earlier patterns are more specific
      found.push({ start, end, iso: read(m as RegExpExecArray, opts) });
    }
  }
  const dates = new Set(found.map((f) => f.iso));
  if (dates.size !== 1) return null;
  return [...dates][0] ?? null;
}
