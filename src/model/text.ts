/**
 * Text normalisation shared by every reader. NFKC folds full-width digits and Latin, half-width kana, ①, ㋿;
 * the dash/wave map covers the variants NFKC leaves alone, so the same title typed on two OPACs compares equal.
 * (The katakana long-vowel mark ー is part of words and stays.)
 */
const DASHES = /[\u2010-\u2015\u2212]/g;
const WAVES = /[\u301C\u3030]/g;
/** Zero-width spaces and joiners, word joiners, a stray byte-order mark, soft hyphens: invisible, never part of a word. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * Texts already normalised: a page repeats its words (statuses, branches, dates, the cells a title sits in), and the
 * reader and the badges' locator normalise the same cells, so most calls are answered without NFKC. Bounded: emptied
 * when full, as a page of 1,000 rows has a few thousand distinct texts.
 */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 20_000;

/** Forget the texts normalised so far: `npm run bench` times each read of a page as the first, as a content script's is. */
export function forgetNormalizedTexts(): void {
  NORMALIZED.clear();
}

/** NFKC, dash/wave variants unified, every run of whitespace (incl. U+3000, NBSP, newlines) to one space, trimmed. */
export function normalizeText(s: string): string {
  let done = NORMALIZED.get(s);
  if (done === undefined) {
    done = s.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').replace(WAVES, '~').replace(/\s+/gu, ' ').trim();
    if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
    NORMALIZED.set(s, done);
  }
  return done;
}

/** A comparison key for titles and labels: normalised, without any whitespace, lower-cased. */
export function titleKey(s: string): string {
  return normalizeText(s).replace(/\s/gu, '').toLowerCase();
}

/**
 * A record's title as patrons know it, volume included: some readers keep the volume in the title (generic pages),
 * others split it off (LICS-XP's 1Q84 + BOOK1), so it is added only when the title does not already end with it or
 * name it as its own volume (1Q84 + 1 is "1Q84 1": the 1 inside 1Q84 is no volume).
 */
export function displayTitle(record: { title: string; volume: string | null }): string {
  if (!record.volume) return record.title;
  const title = normalizeText(record.title);
  const volume = normalizeText(record.volume);
  return carries(title, volume) ? record.title : `${record.title} ${volume}`;
}

/** Whether a title already shows this volume: each of its words in order, as words of their own (1Q84 shows no 1). */
function carries(title: string, volume: string): boolean {
  const t = title.toLowerCase();
  let at = 0;
  for (const part of volume.toLowerCase().split(' ')) {
    const found = standalone(t, part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

const ALNUM = /[0-9a-z]/;

/** Where `part` stands in `text` from `from` on, not glued to letters or digits of a longer word; -1 if nowhere. */
function standalone(text: string, part: string, from: number): number {
  for (let i = text.indexOf(part, from); i >= 0; i = text.indexOf(part, i + 1)) {
    const before = text.charAt(i - 1);
    const after = text.charAt(i + part.length);
    const gluedBefore = ALNUM.test(part.charAt(0)) && ALNUM.test(before);
    const gluedAfter = ALNUM.test(part.charAt(part.length - 1)) && ALNUM.test(after);
    if (!gluedBefore && !gluedAfter) return i;
  }
  return -1;
}

/** Width folded (NFKC) and white space collapsed: how a label or a status word is kept and compared as the page shows it. */
export function foldText(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/\s+/gu, ' ').trim();
}
