import type { FamilyAdapter } from '../../types';
import { makeReader } from '../shared/reader';
import { detect } from './detect';
import { matchesUrl } from './signature';

/**
 * The `/wo/` OPAC of 北海道立 and its sister libraries (see notes.md: vendor unknown, no saved page). Its screens
 * are read by the label-driven reader, which was built on 北海道立's guides, and its cart is the per-title form
 * that reader knows.
 */
export const wo: FamilyAdapter = {
  id: 'wo',
  // The vendor is unknown (notes.md): the product is known by its address alone, which features may not name either.
  names: ['/wo/opc'],
  matchesUrl,
  detect,
  read: makeReader({}),
  // The cart's 予約方法 button (北海道立's guide): the titles are then numbered in reading order.
  orderedReservation: '読みたい順予約',
};
