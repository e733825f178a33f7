import type { Charset, FormParams } from './charset';
import type { IsoDate } from './dates';
import type { SafeHtml } from './html';
import type { LibraryRules } from './rules';
import type { Session } from './sessions';
import type { HoldingsConfig, LibraryState } from './state/library-state';
import type { CartEntry, Patron } from './state/types';
import type { PatronSeed } from './seeding';

/** What a route handler returns; the server encodes it in the library's charset. */
export type PageResult = { kind: 'page'; status: number; body: SafeHtml } | { kind: 'redirect'; location: string };

export interface RequestContext<S> {
  readonly library: LibraryDefinition<S>;
  readonly state: LibraryState;
  readonly today: IsoDate;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** Path and query as requested, for "come back here after login". */
  readonly url: string;
  readonly query: FormParams;
  /** The urlencoded POST body, decoded in the library's charset; empty for GET. */
  readonly form: FormParams;
  readonly session: Session<S>;
  /** The logged-in patron, or null. */
  readonly patron: Patron | null;
  /** The logged-in patron's cart, or the anonymous session's. */
  cart(): CartEntry[];
  /** Checks the card and password; on success starts the patron's session and carries the anonymous cart over. */
  logIn(card: string, password: string): boolean;
  logOut(): void;
  /** Redirects to the login page, remembering where to come back to (default: this GET request's URL). */
  requireLogin(returnTo?: string): PageResult;
  /** Keeps a message for the next page shown to this session. */
  flash(message: string): void;
  /** The kept message (cleared), or null. */
  takeFlash(): string | null;
  /** The remembered return URL (cleared), or the fallback. */
  takeReturnTo(fallback: string): string;
  /** A URL with query parameters percent-encoded in the library's charset, as the browser would send them. */
  link(path: string, params?: Record<string, string | number>): string;
  page(body: SafeHtml, status?: number): PageResult;
  redirect(location: string): PageResult;
}

export interface Route<S> {
  method: 'GET' | 'POST';
  /** Exact path, including the library's basePath. */
  path: string;
  /** Also every path under `path`: an id in the address (`/wo/opc_srh/srh_detail/<id>/`), read from `ctx.url`. */
  prefix?: boolean;
  /** Needs a logged-in patron; without one the core redirects to the login page and back afterwards. */
  auth?: boolean;
  handle(ctx: RequestContext<S>): PageResult | Promise<PageResult>;
}

/** One simulated OPAC. See test/sim/README.md. */
export interface LibraryDefinition<S> {
  id: string;
  name: string;
  charset: Charset;
  /** Must differ between libraries: browsers share cookies across the ports of one host. */
  sessionCookie: string;
  /** Prefix of every route and the session cookie's Path, e.g. `/wo/`. */
  basePath: string;
  homePath: string;
  loginPath: string;
  rules: LibraryRules;
  holdings: HoldingsConfig;
  /** Pickup points (受取館 / 受取場所); the first is the default. */
  pickupLocations: string[];
  /** Patrons that exist from the start and after every reset. */
  patrons: PatronSeed[];
  /** Fresh per-session flow state. */
  newSessionData(): S;
  routes: Route<S>[];
}
