import { Library } from '../model';
import { hokkaidoPref } from './hokkaido-pref';
import { hokutoCity } from './hokuto-city';
import { mitoCity } from './mito-city';
import { nishinomiyaCity } from './nishinomiya-city';
import { tochigiPref } from './tochigi-pref';

/** The libraries the extension knows out of the box, validated (and defaults filled) at load. */
export const KNOWN_LIBRARIES: readonly Library[] = [hokkaidoPref, hokutoCity, tochigiPref, mitoCity, nishinomiyaCity].map(
  (row) => Library.parse(row),
);

const BY_ID = new Map(KNOWN_LIBRARIES.map((l) => [l.id, l]));

export function libraryById(id: string): Library | null {
  return BY_ID.get(id) ?? null;
}
