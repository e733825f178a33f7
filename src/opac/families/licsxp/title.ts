import { volumeTokensOf } from '../../volume';
import { clean } from '../shared/dom';
import { titleAndVolume } from '../shared/records';

/** A field naming a person by role ("一穂 ミチ／著", "村上春樹 著"): the fields before it describe the title. */
const PERSON = /[／/]\s*\S*(?:著|編|訳|作|絵|文|監修|画|原作|撰|述)|\s(?:著|編|訳|作|監修|ほか訳|他訳)(?=\s|;|$)/;

/**
 * LICS-XP list titles read "　書名　巻次/叢書　著者／著　出版者", fields separated by ideographic spaces. The title is
 * the first field; a later field (before the author) that begins with a volume designator ("[1]", "巻１", "上",
 * "BOOK1〈4月-6月〉") and the fields before it are the title's too, the designator recognised as its volume
 * (三体Ⅱ　黒暗森林　上: title 三体II 黒暗森林 上, volume II 上). Fields after the volume's (a series, the author) are
 * left out: the list does not tell a subtitle standing there from a series.
 */
export function splitListTitle(raw: string): { title: string | null; volume: string | null } {
  const fields = raw
    .split('\u3000')
    .map((s) => clean(s))
    .filter((s): s is string => s !== null);
  const [first] = fields;
  if (!first) return { title: null, volume: null };
  const author = fields.findIndex((f, i) => i > 0 && PERSON.test(f));
  const described = fields.slice(1, author > 0 ? author : fields.length);
  const last = described.findLastIndex(startsWithVolume);
  const split = titleAndVolume([first, ...described.slice(0, last + 1)].join(' '));
  return { title: split.title, volume: split.volume };
}

/** The 13-digit title code (tilcod) every LICS-XP item link carries, in its href or its onclick. */
export function tilcodIn(el: Element | null | undefined): string | null {
  if (!el) return null;
  const m = /(?<!\d)(\d{13})(?!\d)/.exec(`${el.getAttribute('href') ?? ''} ${el.getAttribute('onclick') ?? ''}`);
  return m?.[1] ?? null;
}

/**
 * Whether a field begins with a volume designator ("上", "[1]", "BOOK1〈4月-6月〉", "巻１ 孫悟空と仲間たち"): read after a
 * placeholder title, so that designators read only after a title (a bare "3") are found too.
 */
export function startsWithVolume(field: string): boolean {
  const { part, half } = volumeTokensOf(`書名 ${field}`);
  return [part, half].some((t) => t !== null && t.index === 3);
}
