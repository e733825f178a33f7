import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_KINDS } from '../model/common';
import type { GenericKindReader } from '../opac/generic/reading';

// What part-shop provided lives as long as the frame's content script: fresh modules per test (the readers compared
// with are of the same modules).
let kinds: typeof import('./kind-readers');
let parts: typeof import('./parts');
let LIST_READERS: Record<'holds' | 'loans', GenericKindReader>;
let SHOP_READERS: Record<'results' | 'detail' | 'cart', GenericKindReader>;
let everyReader: typeof import('../opac/generic/kinds').kindReader;
let SHOP_PART: typeof import('./shop').SHOP_PART;
beforeEach(async () => {
  vi.resetModules();
  kinds = await import('./kind-readers');
  parts = await import('./parts');
  ({ LIST_READERS } = await import('../opac/generic/list-readers'));
  ({ SHOP_READERS } = await import('../opac/generic/shop-readers'));
  ({ kindReader: everyReader } = await import('../opac/generic/kinds'));
  ({ SHOP_PART } = await import('./shop'));
});

describe('the label-driven readers in the content script', () => {
  it('reads holds and loans from the core, and has no reader for login and other pages, as everywhere', () => {
    expect(kinds.kindReader('holds')).toBe(LIST_READERS.holds);
    expect(kinds.kindReader('loans')).toBe(LIST_READERS.loans);
    for (const kind of ['login', 'other'] as const) expect([kinds.kindReader(kind), everyReader(kind)]).toEqual([null, null]);
    expect(kinds.shopReadersWanted()).toBe(false);
  });

  it('has none for results, detail or cart pages before part-shop is here: the read fails, and says it wanted them once', () => {
    for (const kind of ['results', 'detail', 'cart'] as const) expect(() => kinds.kindReader(kind)).toThrow(/part-shop/);
    expect(kinds.shopReadersWanted()).toBe(true);
    expect(kinds.shopReadersWanted()).toBe(false);
  });

  it('reads them with the readers part-shop brings once it has run', async () => {
    parts.provide('part-shop', SHOP_PART);
    for (const kind of ['results', 'detail', 'cart'] as const) expect(kinds.kindReader(kind)).toBe(SHOP_READERS[kind]);
    expect(kinds.shopReadersWanted()).toBe(false);
  });

  it('together are the readers every other context has, kind for kind', async () => {
    parts.provide('part-shop', SHOP_PART);
    for (const kind of PAGE_KINDS) expect(kinds.kindReader(kind), kind).toBe(everyReader(kind));
  });
});
