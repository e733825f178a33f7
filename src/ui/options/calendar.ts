import type { Library, Loan } from '../../model';
import type { ReadyHold } from '../../mirror/queries';
import type { CalendarEntry } from '../../reminders/ics';

/** The words of the calendar, in the patron's language (t() in the page; plain strings in tests). */
export interface CalendarWords {
  pickup(title: string, estimated: boolean): string;
  due(title: string): string;
  libraryName(library: Pick<Library, 'name' | 'nameEn'>): string;
}

/** One all-day event per pickup deadline (estimates say so) and per due date. */
export function calendarEntries(ready: readonly ReadyHold[], loans: readonly Loan[], libraries: readonly Library[], words: CalendarWords): CalendarEntry[] {
  const where = (id: string) => {
    const library = libraries.find((l) => l.id === id);
    return library ? words.libraryName(library) : id;
  };
  const holds = ready.flatMap((h) => (h.deadline.date
    ? [{ uid: `${h.key}|pickup@uketori`, date: h.deadline.date, summary: words.pickup(h.title, h.deadline.estimated), description: `${where(h.libraryId)}\n${h.pickupLocation ?? ''}`.trim() }]
    : []));
  const due = loans.flatMap((l) => (l.dueDate ? [{ uid: `${l.key}|due@uketori`, date: l.dueDate, summary: words.due(l.title), description: where(l.libraryId) }] : []));
  return [...holds, ...due].sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}
