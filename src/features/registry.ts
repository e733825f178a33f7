import { cartButton } from './cart-button';
import { deadlineBadges } from './deadline-badges';
import { loanBadges } from './loan-badges';
import { markers } from './markers';
import { recordActions } from './record-actions';
import { series } from './series';

/**
 * Every in-page feature, once, in the order they mount on a page and are listed in the options page. The content
 * script mounts these, the settings switch these, the options page names these: a new feature is its folder and
 * one line here.
 */
export const FEATURES = [cartButton, markers, deadlineBadges, loanBadges, series, recordActions] as const;

export type FeatureId = (typeof FEATURES)[number]['id'];
export const FEATURE_IDS: readonly FeatureId[] = FEATURES.map((f) => f.id);
