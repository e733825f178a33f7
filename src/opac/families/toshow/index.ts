import type { FamilyAdapter } from '../../types';
import { makeReader } from '../shared/reader';
import { detect } from './detect';
import { readStatus } from './read';
import { matchesUrl } from './signature';

/** TOSHOW: no source shows its cart or hold request, so no cart action. */
export const toshow: FamilyAdapter = {
  id: 'toshow',
  names: ['TOSHOW'],
  matchesUrl,
  detect,
  read: makeReader({ holds: readStatus, loans: readStatus }),
  offers: { lists: 'own' },
  orderedReservation: null,
};
