import type { PageKind } from '../model';
import { deadlineBadges } from '../features/deadline-badges';
import { loanBadges } from '../features/loan-badges';
import { recordActions } from '../features/record-actions';

/** The features the core carries: those of holds and loans pages, the pages a patron opens most. */
export const CORE_FEATURES = [deadlineBadges, loanBadges, recordActions] as const;

/**
 * The pages whose features come in part-shop (./shop.ts): on holds and loans pages its only feature is the series'
 * offer of a next volume, loaded only when a plan has a volume due (test/unit/content-parts.test.ts keeps this in step).
 */
export const SHOP_PAGES: readonly PageKind[] = ['results', 'detail', 'cart', 'other'];
