/**
 * Text normalisation shared by every reader. NFKC folds full-width digits and Latin, half-width kana, ①, ㋿;
 * the dash/wave map covers the variants NFKC leaves alone, so the same title typed on two OPACs compares equal.
 * (The katakana long-vowel mark ー is part of words and stays.)
 */
const DASHES = /[\u2010-\u2015\u2212]/g;
const WAVES = /[\u301C\u3030]/g;

/** NFKC, dash/wave variants unified, every run of whitespace (incl. U+3000, NBSP, newlines) to one space, trimmed. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(DASHES, '-').replace(WAVES, '~').replace(/\s+/gu, ' ').trim();
}

/** A comparison key for titles and labels: normalised, without any whitespace, lower-cased. */
export function titleKey(s: string): string {
  return normalizeText(s).replace(/\s/gu, '').toLowerCase();
}
