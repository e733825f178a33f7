import type { FamilyAdapter } from '../../types';
import { makeReader } from '../shared/reader';
import { detect } from './detect';
import { examples } from './examples';
import { libraryBase } from './hosting';
import { readHolds, readLoans } from './read';
import { matchesUrl } from './signature';

/** LiCS-Re: no source shows its cart or hold request, so no cart action. */
export const licsre: FamilyAdapter = {
  id: 'licsre',
  names: ['LiCS-Re', 'NEC'],
  matchesUrl,
  detect,
  read: makeReader({ holds: readHolds, loans: readLoans }),
  cartAction: () => null,
  offers: { lists: 'own' },
  orderedReservation: null,
  examples,
  libraryBase,
};
