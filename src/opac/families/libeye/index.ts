import type { FamilyAdapter } from '../../types';
import { makeReader } from '../shared/reader';
import { detect } from './detect';
import { libraryBase } from './hosting';
import { matchesUrl } from './signature';

/** The lib-eye / lib-finder hosted OPAC (see notes.md: only its addresses are known): the label-driven reader and cart. */
export const libeye: FamilyAdapter = {
  id: 'libeye',
  names: ['lib-eye', 'lib-finder'],
  matchesUrl,
  detect,
  read: makeReader({}),
  orderedReservation: null,
  libraryBase,
};
