import type { FamilyAdapter } from '../../types';
import { makeReader } from '../shared/reader';
import { cartAction } from './actions';
import { readCart } from './cart';
import { detect } from './detect';
import { readDetail } from './detail';
import { readHolds } from './holds';
import { readLoans } from './loans';
import { actionStep } from './record-actions';
import { readResults } from './results';
import { cartCountSelector, chosenTitleFields, scriptedSearchAction } from './screens';
import { matchesUrl } from './signature';

export const licsxp: FamilyAdapter = {
  id: 'licsxp',
  names: ['LICS-XP'],
  matchesUrl,
  detect,
  read: makeReader({ holds: readHolds, loans: readLoans, results: readResults, detail: readDetail, cart: readCart }),
  cartAction,
  offers: { cart: 'own', lists: 'own' },
  // The cart's 順番予約へ opens a screen that numbers the chosen titles (opac-vendors.md §2, Nishinomiya's guide).
  orderedReservation: '順番予約へ',
  scriptedSearchAction,
  cartCountSelector,
  chosenTitleFields,
  actionStep,
};
