import type { MirrorChange, MirrorEvent } from '../model';

// The mirror keeps its history as changes (one row per reconcile, src/model/mirror.ts); reconcile hands events on and
// backups list them one by one.

/** The events of changes one by one, with when and whose, in the changes' order. */
export function eventsOf(changes: readonly MirrorChange[]): MirrorEvent[] {
  return changes.flatMap(({ at, libraryId, cardId, events }) => events.map((e) => ({ ...e, at, libraryId, cardId })));
}

/** Events one by one gathered into changes: each run of events with the same time and card is one change. */
export function changesOf(events: readonly MirrorEvent[]): MirrorChange[] {
  const changes: MirrorChange[] = [];
  for (const { id: _id, at, libraryId, cardId, ...event } of events) {
    const last = changes.at(-1);
    if (last && last.at === at && last.libraryId === libraryId && last.cardId === cardId) last.events.push(event);
    else changes.push({ at, libraryId, cardId, events: [event] });
  }
  return changes;
}
