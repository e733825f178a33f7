import type { FamilyAdapter } from '../../types';
import { makeReader } from '../shared/reader';
import { cartAction } from './actions';
import { detect } from './detect';
import { examples } from './examples';
import { readCart, readDetail, readHolds, readLoans } from './read';
import { matchesUrl } from './signature';

/** LiCS-Re: the real detail page shows the cart request (rsvcartadd.do); result lists are read by their evidence. */
export const licsre: FamilyAdapter = {
  id: 'licsre',
  matchesUrl,
  detect,
  read: makeReader({ holds: readHolds, loans: readLoans, cart: readCart, detail: readDetail }),
  cartAction,
  orderedReservation: null,
  examples,
};
