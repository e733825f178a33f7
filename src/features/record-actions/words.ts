import type { HoldRecord, Library, LibraryContact } from '../../model';
import { normalizeText } from '../../model/text';

/**
 * Where the list says the web cannot do something for a hold, its own sentence: the one naming the hold's state
 * (貸出可能, お取置き …) when there is one, else the first about cancelling or changing by phone or in person. The
 * page's sentences are gathered once; the finder is asked for every hold.
 */
export function libraryWords(doc: Document): (hold: Pick<HoldRecord, 'stateLabel'>) => string | null {
  const text = Array.from(doc.querySelectorAll('p, li, dd, td, div.report, div.notice'))
    .filter((el) => el.closest('[data-uketori]') === null && el.querySelector('table, form') === null)
    .map((el) => normalizeText(el.textContent ?? ''));
  const sentences = [...new Set(text.flatMap((t) => t.split(/(?<=。)/).map((s) => s.replace(/^\s*※/, '').trim())))].filter(
    (s) => s.length > 0 && s.length < 240 && /(?:取消|取り消|キャンセル|変更)/.test(s) && /(?:でき|出来)ません|電話|連絡/.test(s),
  );
  return (hold) => {
    const label = normalizeText(hold.stateLabel);
    return (label && sentences.find((s) => s.includes(label))) || sentences[0] || null;
  };
}

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
