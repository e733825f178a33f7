import { clean } from '../shared/dom';
import { volumeOnly } from '../shared/records';

/**
 * LICS-XP list titles read "　書名　巻次/叢書　著者／著　出版者", fields separated by ideographic spaces. The title
 * is the first field; the second is its volume when it is nothing but a volume ("[1]", "巻１"), otherwise it is a
 * subtitle or series and is left out.
 */
export function splitListTitle(raw: string): { title: string | null; volume: string | null } {
  const [first, second] = raw
    .split('\u3000')
    .map((s) => clean(s))
    .filter((s): s is string => s !== null);
  return first ? { title: first, volume: volumeOnly(first, second) } : { title: null, volume: null };
}

/** The 13-digit title code (tilcod) every LICS-XP item link carries, in its href or its onclick. */
export function tilcodIn(el: Element | null | undefined): string | null {
  if (!el) return null;
  const m = /(?<!\d)(\d{13})(?!\d)/.exec(`${el.getAttribute('href') ?? ''} ${el.getAttribute('onclick') ?? ''}`);
  return m?.[1] ?? null;
}
