import type { Library, LibraryContact } from '../../model';
import { normalizeText } from '../../model/text';

/**
 * The numbers to call for a hold the web cannot cancel: the library's desk, or the branch the hold is picked up
 * at (its name within the pickup place's, or the other way round); every branch when the place names none.
 */
export function contactsFor(library: Library, topic: LibraryContact['handles'][number], pickup: string | null): LibraryContact[] {
  const handling = (library.contacts ?? []).filter((c) => c.handles.includes(topic));
  const desks = handling.filter((c) => c.scope === 'library');
  const branches = handling.filter((c) => c.scope === 'own_pickups');
  const place = normalizeText(pickup ?? '');
  const own = branches.filter((c) => place !== '' && (place.includes(normalizeText(c.branch)) || normalizeText(c.branch).includes(place)));
  return [...desks, ...(own.length > 0 ? own : branches)];
}
