import type { Card } from '../model';
import type { MirrorDb } from './db';

const SALT_KEY = 'cardSalt';

/** The salt that makes card ids useless outside this browser; made once, kept in settings. */
async function cardSalt(db: MirrorDb): Promise<string> {
  const stored = await db.settings.get(SALT_KEY);
  if (typeof stored?.value === 'string') return stored.value;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const salt = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  await db.settings.put({ key: SALT_KEY, value: salt });
  return salt;
}

/** Card numbers are compared without spaces, hyphens or width differences. */
export function normaliseCardNumber(cardNumber: string): string {
  return cardNumber.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

/**
 * Record that the patron used this card at this library (seen on a login form) and return its mirror card.
 * The full number is hashed with a per-browser salt and dropped; only the last four characters are kept for display.
 */
export async function noteCard(db: MirrorDb, libraryId: string, cardNumber: string, now: number): Promise<Card> {
  const number = normaliseCardNumber(cardNumber);
  if (number.length < 4) throw new Error('card number too short');
  const salt = await cardSalt(db);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}|${libraryId}|${number}`));
  const id = Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
  const existing = await db.cards.get(id);
  const card: Card = existing
    ? { ...existing, lastSeenAt: now }
    : { id, libraryId, last4: number.slice(-4), label: null, hidden: false, holdsSeenAt: null, loansSeenAt: null, lastSeenAt: now };
  await db.cards.put(card);
  return card;
}
