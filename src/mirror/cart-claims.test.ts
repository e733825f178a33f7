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

  it('knows a title in the cart by its cut title from before whole titles, and adds no second row', async () => {
    const db = freshDb();
    await db.cart.put({ key: 'mito-city|三体|第2部|0', libraryId: 'mito-city', titleKey: '三体|第2部', title: '三体', volume: '第2部', bibId: null, addedAt: 1, keyedByCutTitle: true });
    await finishCartAdd(db, 'mito-city', '7', { title: '三体 第2部 黒暗森林', volume: '第2部', bibId: '7' }, 2_000);
    expect(await db.cart.count()).toBe(1);
    await finishCartAdd(db, 'mito-city', '8', { title: '三体 第2部 黒暗森林 下', volume: '第2部 下', bibId: '8' }, 2_000);
    expect(await db.cart.count()).toBe(2);
  });

  it('lets a claim left by a tab that went away expire', async () => {
    const db = freshDb();
    await claimCartAdd(db, 'mito-city', '1', 1_000);
    expect((await claimCartAdd(db, 'mito-city', '1', 1_000 + CLAIM_TTL_MS - 1)).claimed).toBe(false);
    expect((await claimCartAdd(db, 'mito-city', '1', 1_000 + CLAIM_TTL_MS)).claimed).toBe(true);
  });
});
