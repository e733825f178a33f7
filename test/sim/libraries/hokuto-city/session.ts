import type { RequestContext } from '../../core/library';

export interface HokutoSession {
  /** Record ids chosen with 予約申請する, kept across the login. */
  applying: string[];
}

export type Ctx = RequestContext<HokutoSession>;

export const BASE = '/Libsearch/';
export const PATHS = {
  search: '/Libsearch/',
  results: '/Libsearch/search',
  detail: '/Libsearch/detail',
  cartAdd: '/Libsearch/cart/add',
  cart: '/Libsearch/cart',
  login: '/Libsearch/login',
  logout: '/Libsearch/logout',
  confirm: '/Libsearch/reserve/confirm',
  myLibrary: '/Libsearch/mylib',
  holds: '/Libsearch/mylib/reserve',
  loans: '/Libsearch/mylib/lend',
} as const;
