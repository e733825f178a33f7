import type { RequestContext } from '../../core/library';

export interface MitoSession {
  /** 予約カート → 予約する: the chosen titles, then 受取場所 and ご連絡方法 from 予約情報入力. */
  reserving: { recordIds: string[]; pickup: string | null; contact: string | null } | null;
}

export type Ctx = RequestContext<MitoSession>;

export const BASE = '/toshokan/';
export const PATHS = {
  top: '/toshokan/',
  easySearch: '/toshokan/search/easy',
  detailSearch: '/toshokan/search/detail',
  results: '/toshokan/search/result',
  book: '/toshokan/search/book',
  cartAdd: '/toshokan/cart/add',
  login: '/toshokan/user/login',
  logout: '/toshokan/user/logout',
  menu: '/toshokan/user/',
  cart: '/toshokan/user/cart',
  input: '/toshokan/user/reserve/input',
  confirm: '/toshokan/user/reserve/confirm',
  holds: '/toshokan/user/reserve',
  cancel: '/toshokan/user/reserve/cancel',
  loans: '/toshokan/user/lend',
  renew: '/toshokan/user/lend/extend',
} as const;
