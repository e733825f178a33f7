import type { FamilyAdapter } from '../../types';
import { makeReader } from '../shared/reader';
import { detect } from './detect';
import { libraryBase } from './hosting';
import { matchesUrl } from './signature';

/** The `/wopc/` OPAC (see notes.md: only its addresses and a few form ids are known): the label-driven reader and cart. */
export const wopc: FamilyAdapter = {
  id: 'wopc',
  // Named by its address first: the product name is a third party's, unconfirmed (notes.md).
  names: ['/wopc/', 'iLiswing'],
  matchesUrl,
  detect,
  read: makeReader({}),
  orderedReservation: null,
  libraryBase,
};
