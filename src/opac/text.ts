/**
 * Text normalisation shared by every reader. NFKC folds full-width digits and Latin, half-width kana, ①, ㋿;
 * the dash/wave map covers the variants NFKC leaves alone, so the same title typed on two OPACs compares equal.
 * (The katakana long-vowel mark ー is part of words and stays.)
 */
const DASHES = /[\u2010-\u2015\u2212]/g;
const WAVES = /[\u301C\u3030]/g;
/** Zero-width spaces and joiners, word joiners, a stray byte-order mark, soft hyphens: invisible, never part of a word. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** NFKC, dash/wave variants unified, every run of whitespace (incl. U+3000, NBSP, newlines) to one space, trimmed. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').replace(WAVES, '~').replace(/\s+/gu, ' ').trim();
}

/** A comparison key for titles and labels: normalised, without any whitespace, lower-cased. */
export function titleKey(s: string): string {
  return normalizeText(s).replace(/\s/gu, '').toLowerCase();
}

/**
 * A record's title as patrons know it, volume included: some readers keep the volume in the title (generic pages),
 * others split it off (LICS-XP's 1Q84 + BOOK1), so it is added only when the title does not already carry it.
 */
export function displayTitle(record: { title: string; volume: string | null }): string {
  if (!record.volume) return record.title;
  const title = titleKey(record.title);
  const carried = normalizeText(record.volume).split(' ').every((part) => title.includes(titleKey(part)));
  return carried ? record.title : `${record.title} ${normalizeText(record.volume)}`;
}
