import type { FeatureServices } from '../services';

/** What the series feature needs from the content script. */
export const SERIES_NEEDS = ['cart', 'cardId', 'plans', 'create', 'progress', 'navigate', 'fetchDoc'] as const;
export type SeriesDeps = Pick<FeatureServices, (typeof SERIES_NEEDS)[number]>;
