import type { RequestContext } from '../../core/library';

/** A reservation chosen on the 予約カート状況 page, waiting for the 確認 step. */
export interface PendingReservation {
  items: { recordId: string; priority?: number }[];
  pickup: string;
}

export interface HokkaidoSession {
  /** 予約方法: 読みたい順予約 shows priority boxes in the cart. */
  ordered: boolean;
  pending: PendingReservation | null;
}

export type Ctx = RequestContext<HokkaidoSession>;

export const BASE = '/wo/';
/**
 * The catalogue's addresses are the real OPAC's shapes (opac-census.csv): the search under `/wo/opc/srh/` (北海道立's
 * NDL link) and a record at `/wo/opc_srh/srh_detail/<id>/` (its sister libraries'). The patron pages' are invented.
 */
export const PATHS = {
  top: '/wo/',
  search: '/wo/opc/srh/',
  results: '/wo/opc/srh/list',
  detail: '/wo/opc_srh/srh_detail/',
  login: '/wo/usr/login',
  logout: '/wo/usr/logout',
  cartAdd: '/wo/usr/cart/add',
  cart: '/wo/usr/cart',
  cartConfirm: '/wo/usr/cart/confirm',
  holds: '/wo/usr/rsv',
  holdEdit: '/wo/usr/rsv/edit',
  holdEditConfirm: '/wo/usr/rsv/edit/confirm',
  loans: '/wo/usr/lend',
  renew: '/wo/usr/lend/renew',
  renewConfirm: '/wo/usr/lend/renew/confirm',
} as const;

/** A record's page: its id is the address's last segment. */
export const detailPath = (recordId: string) => `${PATHS.detail}${encodeURIComponent(recordId)}/`;

/** The record id of a record page's address, or null. */
export function recordIdOf(path: string): string | null {
  const id = /^([^/]+)\/?$/.exec(path.startsWith(PATHS.detail) ? path.slice(PATHS.detail.length) : '')?.[1];
  return id ? decodeURIComponent(id) : null;
}
