import type { FamilyAdapter } from '../../types';
import { makeReader } from '../shared/reader';
import { cartAction } from './actions';
import { detect } from './detect';
import { readDetail } from './detail';
import { examples } from './examples';
import { readHolds } from './holds';
import { readLoans } from './loans';
import { readResults } from './results';
import { matchesUrl } from './signature';

export const licsxp: FamilyAdapter = {
  id: 'licsxp',
  matchesUrl,
  detect,
  read: makeReader({ holds: readHolds, loans: readLoans, results: readResults, detail: readDetail }),
  cartAction,
  examples,
};
