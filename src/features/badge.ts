import { ownedElement, placeAfter, placedAfter } from './feature';
import { ensureStyle } from './style';

export type Tone = 'later' | 'soon' | 'urgent' | 'past' | 'info' | 'plain';

/** How close a date is: past, today or tomorrow, within three days, later. */
export function toneOf(daysLeft: number): Tone {
  return daysLeft < 0 ? 'past' : daysLeft <= 1 ? 'urgent' : daysLeft <= 3 ? 'soon' : 'later';
}

/**
 * Put a badge after an element of the page (a title), replacing the badge this feature put there before, so a
 * page that changes and is read again never gets two.
 */
export function placeBadge(anchor: Element, owner: string, text: string, tone: Tone, title?: string): HTMLElement {
  const doc = anchor.ownerDocument;
  ensureStyle(doc);
  placedAfter(anchor, owner)?.remove();
  const badge = ownedElement(doc, owner, 'span', text);
  badge.className = 'uketori-badge';
  badge.dataset.tone = tone;
  if (title) badge.title = title;
  placeAfter(anchor, badge);
  return badge;
}
