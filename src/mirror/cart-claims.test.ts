import { describe, expect, it } from 'vitest';
import { CLAIM_TTL_MS, claimCartAdd, finishCartAdd } from './cart-claims';
import { freshDb } from '../../test/helpers/mirror';

describe('cart claims', () => {
  it('gives one claim to concurrent clicks, and another only after the first is finished', async () => {
    const db = freshDb();
    const claims = await Promise.all([1, 2, 3].map(() => claimCartAdd(db, 'mito-city', '1000101', 1_000)));
    expect(claims.filter((c) => c.claimed)).toHaveLength(1);
    await finishCartAdd(db, 'mito-city', '1000101', null, 2_000);
    expect((await claimCartAdd(db, 'mito-city', '1000101', 3_000)).claimed).toBe(true);
  });

  it('refuses a title the mirror knows is in the cart, once an add put it there', async () => {
    const db = freshDb();
    await claimCartAdd(db, 'mito-city', '1000101', 1_000);
    await finishCartAdd(db, 'mito-city', '1000101', { title: '1Q84 BOOK1', volume: 'BOOK1', bibId: '1000101' }, 2_000);
    expect(await claimCartAdd(db, 'mito-city', '1000101', 3_000)).toEqual({ claimed: false, inCart: true });
    expect(await db.cart.count()).toBe(1);
    // Another library's cart is its own.
    expect((await claimCartAdd(db, 'hokuto-city', '1000101', 3_000)).claimed).toBe(true);
  });

  it('lets a claim left by a tab that went away expire', async () => {
    const db = freshDb();
    await claimCartAdd(db, 'mito-city', '1', 1_000);
    expect((await claimCartAdd(db, 'mito-city', '1', 1_000 + CLAIM_TTL_MS - 1)).claimed).toBe(false);
    expect((await claimCartAdd(db, 'mito-city', '1', 1_000 + CLAIM_TTL_MS)).claimed).toBe(true);
  });
});
