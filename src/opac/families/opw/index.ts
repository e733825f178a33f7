import type { FamilyAdapter } from '../../types';
import { makeReader } from '../shared/reader';
import { detect } from './detect';
import { readUserInfo } from './read';
import { matchesUrl } from './signature';

/** ELCIELO: no cart (holds are placed from OPWBOOK.CSP directly), so no cart action. */
export const opw: FamilyAdapter = {
  id: 'opw',
  names: ['ELCIELO', 'Kyocera', '京セラ'],
  matchesUrl,
  detect,
  read: makeReader({ holds: readUserInfo, loans: readUserInfo }),
  offers: { cart: 'none', lists: 'own' },
  orderedReservation: null,
};
