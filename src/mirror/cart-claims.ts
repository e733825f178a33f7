import type { CartRecord } from '../model';
import type { MirrorDb } from './db';
import { recordTitleKey } from '../model/record-keys';
import { sameTitle } from '../opac/cut-titles';

/**
 * A claim older than this is from a tab that went away mid-add; the title may be added again. Longer than a whole add
 * can take (two page fetches of at most 20 s and the cart request's 30 s in the frame: see cart-button/transport.ts).
 */
export const CLAIM_TTL_MS = 120_000;

const claimKey = (libraryId: string, bibId: string) => `cartClaim|${libraryId}|${bibId}`;

/**
 * Claim adding one title to a library's cart. Atomic across tabs (one Dexie transaction), so two clicks never send
 * two requests; kept in the mirror, so a restarted background still knows. Refused when the title is already in the
 * cart as far as the mirror knows.
 */
export async function claimCartAdd(db: MirrorDb, libraryId: string, bibId: string, now: number): Promise<{ claimed: boolean; inCart: boolean }> {
  return db.transaction('rw', [db.settings, db.cart], async () => {
    const inCart = (await db.cart.where('libraryId').equals(libraryId).filter((c) => c.bibId === bibId).count()) > 0;
    if (inCart) return { claimed: false, inCart: true };
    const held = await db.settings.get(claimKey(libraryId, bibId));
    if (held && typeof held.value === 'number' && now - held.value < CLAIM_TTL_MS) return { claimed: false, inCart: false };
    await db.settings.put({ key: claimKey(libraryId, bibId), value: now });
    return { claimed: true, inCart: false };
  });
}

/** Release a claim; when the title is now in the library's cart, the mirror's cart gets it. */
export async function finishCartAdd(db: MirrorDb, libraryId: string, bibId: string, item: CartRecord | null, now: number): Promise<void> {
  await db.transaction('rw', [db.settings, db.cart], async () => {
    await db.settings.delete(claimKey(libraryId, bibId));
    if (!item) return;
    const titleKey = recordTitleKey(item);
    const present = await db.cart.where('libraryId').equals(libraryId).filter((c) => c.bibId === bibId || sameTitle(c, item)).count();
    if (present === 0) await db.cart.put({ ...item, bibId, key: `${libraryId}|${titleKey}|0`, libraryId, titleKey, addedAt: now });
  });
}
