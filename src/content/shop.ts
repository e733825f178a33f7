import { cartButton } from '../features/cart-button';
import { markers } from '../features/markers';
import { series } from '../features/series';

/**
 * The features of search, detail and cart pages, in entrypoints/part-shop.ts: injected on the pages they run on
 * (./page-features.ts says which), not carried into every holds and loans page.
 */
export const SHOP_FEATURES = [cartButton, markers, series] as const;
