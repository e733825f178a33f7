import type { Card } from '../model';
import type { MirrorDb } from './db';

/** The key that card ids are made with: a non-extractable HMAC key, kept as a CryptoKey, never exported. */
export const CARD_KEY = 'cardKey';
/** The plain salt of the first releases (SHA-256 of salt|library|number); read only to recognise their cards. */
export const LEGACY_SALT = 'cardSalt';
/** Settings that are secrets of this browser: never in a backup, never taken from one, kept across an import. */
export const SECRET_SETTINGS: readonly string[] = [CARD_KEY, LEGACY_SALT];

/**
 * The key card ids are made with, made once. Non-extractable: no script (ours included) can read its bytes, so an id
 * cannot be turned back into a number by trying every number, not even with the whole database in hand.
 */
async function cardKey(db: MirrorDb): Promise<CryptoKey> {
  const stored = await db.settings.get(CARD_KEY);
  if (stored?.value instanceof CryptoKey) return stored.value;
  // Made outside the transaction (IndexedDB would commit while WebCrypto works); two first logins keep the first key.
  const made = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return db.transaction('rw', db.settings, async () => {
    const first = await db.settings.get(CARD_KEY);
    if (first?.value instanceof CryptoKey) return first.value;
    await db.settings.put({ key: CARD_KEY, value: made });
    return made;
  });
}

/** Card numbers are compared without spaces, hyphens or width differences. */
export function normaliseCardNumber(cardNumber: string): string {
  return cardNumber.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');

/** The id a card had under the first releases' salt, if this mirror still has such a card. */
async function legacyCard(db: MirrorDb, libraryId: string, number: string): Promise<Card | undefined> {
  const salt = (await db.settings.get(LEGACY_SALT))?.value;
  if (typeof salt !== 'string') return undefined;
  const id = hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}|${libraryId}|${number}`)));
  return db.cards.get(id);
}

/** The id of a card at a library: a keyed hash of library and number under this browser's card key. */
export async function cardIdOf(db: MirrorDb, libraryId: string, cardNumber: string): Promise<string> {
  const number = normaliseCardNumber(cardNumber);
  if (number.length < 4) throw new Error('card number too short');
  const key = await cardKey(db);
  return hex(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${libraryId}|${number}`)));
}

/**
 * Record that the patron's library showed this card as logged in, and return its mirror card. The number is
 * turned into the card's id (see cardIdOf) and dropped; only the last four characters are kept for display.
 */
export async function noteCard(db: MirrorDb, libraryId: string, cardNumber: string, now: number): Promise<Card> {
  const number = normaliseCardNumber(cardNumber);
  const id = await cardIdOf(db, libraryId, number);
  const existing = (await db.cards.get(id)) ?? (await legacyCard(db, libraryId, number));
  const card: Card = existing
    ? { ...existing, lastSeenAt: now }
    : { id, libraryId, last4: number.slice(-4), label: null, hidden: false, holdsSeenAt: null, loansSeenAt: null, lastSeenAt: now };
  await db.cards.put(card);
  return card;
}
