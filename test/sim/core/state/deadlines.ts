import { openOnOrAfter } from '../calendar';
import { addDays, type IsoDate } from '../dates';
import type { LibraryRules } from '../rules';

/** Last day a ready hold may be collected, counted from the day the patron was notified. */
export function holdDeadline(rules: LibraryRules, notifiedOn: IsoDate): IsoDate {
  const { days, start, extendToOpenDay } = rules.holdShelf;
  const last = addDays(notifiedOn, start === 'day_after_notification' ? days : days - 1);
  return extendToOpenDay ? openOnOrAfter(rules.closed, last) : last;
}
