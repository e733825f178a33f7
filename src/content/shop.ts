import { cartButton } from '../features/cart-button';
import { PAGE_ACCESS } from '../features/cart-button/transport';
import { markers } from '../features/markers';
import { series } from '../features/series';

/**
 * The features of search, detail and cart pages, in entrypoints/part-shop.ts: injected on the pages they run on
 * (./page-features.ts says which), not carried into every holds and loans page.
 */
export const SHOP_FEATURES = [cartButton, markers, series] as const;

/** What entrypoints/part-shop.ts hands the core: its features, and the library's pages for the cart's requests. */
export const SHOP_PART = { features: SHOP_FEATURES, ...PAGE_ACCESS };
export type ShopPart = typeof SHOP_PART;
