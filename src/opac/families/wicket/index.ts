import type { FamilyAdapter } from '../../types';
import { makeReader } from '../shared/reader';
import { detect } from './detect';
import { readHolds, readLoans } from './read';
import { matchesUrl } from './signature';

/** Wicket: the 予約かご flow is known from help pages only, without its request, so no cart action. */
export const wicket: FamilyAdapter = {
  id: 'wicket',
  names: ['Wicket'],
  matchesUrl,
  detect,
  read: makeReader({ holds: readHolds, loans: readLoans }),
  offers: { lists: 'own' },
  orderedReservation: null,
};
