import type { FamilyAdapter } from '../../types';
import { makeReader } from '../shared/reader';
import { cartAction } from './actions';
import { detect } from './detect';
import { readDetail } from './detail';
import { readHolds } from './holds';
import { readLoans } from './loans';
import { readCart, readResults } from './results';
import { matchesUrl } from './signature';

export const winj: FamilyAdapter = {
  id: 'winj',
  names: ['WebiLis', 'iLisfiera', 'Fujitsu', '富士通'],
  matchesUrl,
  detect,
  read: makeReader({ holds: readHolds, loans: readLoans, results: readResults, detail: readDetail, cart: readCart }),
  cartAction,
  offers: { cart: 'own', lists: 'own' },
  orderedReservation: null,
};
