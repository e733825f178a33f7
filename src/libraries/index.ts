import { Library, type LibraryInput } from '../model';
import { isKnownFamily } from '../opac/registry';
import { hokkaidoPref } from './hokkaido-pref';
import { hokutoCity } from './hokuto-city';
import { mitoCity } from './mito-city';
import { nishinomiyaCity } from './nishinomiya-city';
import { tochigiPref } from './tochigi-pref';

/**
 * A list of libraries with one more: refused, with the library that has it, when its id is in use (an id names the
 * cards, holds, loans and plans kept for one library, so two libraries never share one).
 */
export function withLibrary(list: readonly Library[], library: Library): Library[] {
  const holder = list.find((l) => l.id === library.id);
  if (holder) throw new Error(`the library id ${library.id} is already in use by ${holder.name} (${holder.origins.join(', ')})`);
  return [...list, library];
}

/** A row of the known list, validated (defaults filled); its family must be one the reader knows. */
function knownRow(row: LibraryInput): Library {
  const library = Library.parse(row);
  if (!isKnownFamily(library.family)) throw new Error(`library ${library.id}: no family ${library.family} in src/opac/registry.ts`);
  return library;
}

/** The libraries the extension knows out of the box, validated at load: a new library is one data row and one line here. */
export const KNOWN_LIBRARIES: readonly Library[] = [hokkaidoPref, hokutoCity, tochigiPref, mitoCity, nishinomiyaCity]
  .map(knownRow)
  .reduce<Library[]>(withLibrary, []);

const BY_ID = new Map(KNOWN_LIBRARIES.map((l) => [l.id, l]));

export function libraryById(id: string): Library | null {
  return BY_ID.get(id) ?? null;
}
