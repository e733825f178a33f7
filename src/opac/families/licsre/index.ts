import type { FamilyAdapter } from '../../types';
import { makeReader } from '../shared/reader';
import { cartAction } from './actions';
import { detect } from './detect';
import { libraryBase } from './hosting';
import { readCart, readDetail, readHolds, readLoans } from './read';
import { matchesUrl } from './signature';

/** LiCS-Re: the real detail page shows the cart request (rsvcartadd.do); result lists are read by their evidence. */
export const licsre: FamilyAdapter = {
  id: 'licsre',
  names: ['LiCS-Re', 'NEC'],
  matchesUrl,
  detect,
  read: makeReader({ holds: readHolds, loans: readLoans, cart: readCart, detail: readDetail }),
  cartAction,
  // The detail page's own cart request is known; result lists go through the label-driven one, as the options page says.
  offers: { lists: 'own' },
  orderedReservation: null,
  libraryBase,
};
