import type { Urgency } from '../model/format';
import { ownedElement, placeAfter, placedAfter } from './feature';

/** A badge's colour: how close its date is, or a neutral one for facts without a date. */
export type Tone = Urgency | 'info' | 'plain';

/**
 * Put a badge after an element of the page (a title), replacing the badge this feature put there before, so a
 * page that changes and is read again never gets two.
 */
export function placeBadge(anchor: Element, owner: string, text: string, tone: Tone, title?: string): HTMLElement {
  const doc = anchor.ownerDocument;
  placedAfter(anchor, owner)?.remove();
  const badge = ownedElement(doc, owner, 'span', text);
  badge.className = 'uketori-badge';
  badge.dataset.tone = tone;
  if (title) badge.title = title;
  placeAfter(anchor, badge);
  return badge;
}
