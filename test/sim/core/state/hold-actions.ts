import type { HoldActionBlock, HoldActionRule } from '../rules';
import type { Hold } from './types';

/**
 * Every reason the library's rule forbids this web action on the hold; empty when it is allowed. A null rule means
 * the library offers the action on no hold; only pending, waiting and ready holds can be acted on at all.
 */
export function holdActionBlocks(rule: HoldActionRule | null, hold: Hold | undefined): HoldActionBlock[] {
  if (!rule) return ['not_offered'];
  if (!hold || (hold.state !== 'pending' && hold.state !== 'waiting' && hold.state !== 'ready')) return ['gone'];
  const reasons: Record<HoldActionRule['blockedWhen'][number], boolean> = {
    secured: hold.state === 'ready',
    counter: hold.source === 'counter',
    other_library: hold.fromOtherLibrary,
  };
  return rule.blockedWhen.filter((block) => reasons[block]);
}
