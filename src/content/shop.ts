import { cartButton } from '../features/cart-button';
import { PAGE_ACCESS } from '../features/cart-button/transport';
import { markers } from '../features/markers';
import { series } from '../features/series';
import { SHOP_READERS } from '../opac/generic/shop-readers';
import { shopServices, type PageBase } from './page-deps';

/**
 * The features of search, detail and cart pages, in entrypoints/part-shop.ts: injected on the pages they run on
 * (./page-features.ts says which), not carried into every holds and loans page.
 */
export const SHOP_FEATURES = [cartButton, markers, series] as const;

/**
 * What entrypoints/part-shop.ts hands the core: its features with the services they act through (the library's pages
 * for the cart's requests, the series plans), and the label-driven readers of those pages (./kind-readers.ts).
 */
export const SHOP_PART = {
  features: SHOP_FEATURES,
  services: (base: PageBase) => shopServices(base, PAGE_ACCESS),
  readers: SHOP_READERS,
};
export type ShopPart = typeof SHOP_PART;
