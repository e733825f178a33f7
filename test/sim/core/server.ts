import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeForm, encodeForm, encodeText, FormParams } from './charset';
import { handleControl } from './control';
import { Faults } from './faults';
import type { LibraryDefinition, PageResult, RequestContext, Route } from './library';
import { errorPage } from './page';
import { RequestLog } from './request-log';
import { seedPatron } from './seeding';
import { SessionStore, type Session } from './sessions';
import { LibraryState } from './state/library-state';
import type { LibraryHost, SimWorld } from './world';

const SESSION_IDLE_MS = 30 * 60_000;
const CONTROL_PREFIX = '/__sim/';

export class RunningLibrary<S> implements LibraryHost {
  state: LibraryState;
  readonly log = new RequestLog();
  readonly faults = new Faults();
  readonly sessions: SessionStore<S>;
  readonly server: Server;
  origin = '';

  constructor(
    readonly def: LibraryDefinition<S>,
    private readonly world: SimWorld,
  ) {
    this.sessions = new SessionStore(def.newSessionData, SESSION_IDLE_MS);
    this.state = this.freshState();
    this.server = createServer((req, res) => {
      this.serve(req, res).catch((error: unknown) => {
        console.error(`[sim ${def.id}]`, error);
        if (!res.headersSent) this.sendPage(res, 500, errorPage(def.charset, def.name, 'エラー', 'システムエラーが発生しました。').value);
      });
    });
  }

  get id(): string {
    return this.def.id;
  }

  get pickupLocations(): string[] {
    return this.def.pickupLocations;
  }

  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', resolve);
    });
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  reset(): void {
    this.state = this.freshState();
    this.sessions.clear();
    this.log.clear();
    this.faults.clear();
  }

  private freshState(): LibraryState {
    const state = new LibraryState(this.def.rules, this.def.holdings, this.world.clock);
    for (const patron of this.def.patrons) seedPatron(state, patron, this.def.pickupLocations[0]!);
    return state;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://sim.invalid');
    const body = await readBody(req);
    // Whatever is served, the libraries have run every day up to the clock's.
    this.world.catchUp();
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      handleControl(this.world, this, req.method ?? 'GET', url.pathname.slice(CONTROL_PREFIX.length), body, res);
      return;
    }
    res.on('finish', () => this.logRequest(req, url, res.statusCode, started));
    const fault = this.faults.take(url.pathname);
    if (this.faults.latencyMs > 0) await sleep(this.faults.latencyMs);
    if (fault === 'timeout') {
      // Never answer: the client's own timeout fires; close() drops the connection.
      this.logRequest(req, url, 0, started);
      return;
    }
    if (fault === '500') return this.sendPage(res, 500, errorPage(this.def.charset, this.def.name, 'エラー', 'システムエラーが発生しました。').value);
    if (fault === 'maintenance') {
      const message = 'ただいまシステムメンテナンス中です。しばらくしてから再度アクセスしてください。';
      return this.sendPage(res, 503, errorPage(this.def.charset, this.def.name, 'メンテナンス中', message).value);
    }
    const cookieId = parseCookies(req.headers.cookie)[this.def.sessionCookie];
    if (fault === 'expire-session' && cookieId) this.sessions.destroy(cookieId);

    const method = req.method === 'POST' ? 'POST' : req.method === 'GET' || req.method === 'HEAD' ? 'GET' : null;
    // The site's root leads to the OPAC's top page, as a library's web server does.
    if (url.pathname === '/' && method === 'GET') return void res.writeHead(302, { Location: new URL(this.def.homePath, this.origin).href }).end();
    const route = this.def.routes.find((r) => (r.path === url.pathname || (r.prefix === true && url.pathname.startsWith(r.path))) && r.method === method);
    if (!route || !method) return this.sendPage(res, 404, errorPage(this.def.charset, this.def.name, 'Not Found', 'ページが見つかりません。').value);
    const contentType = req.headers['content-type'] ?? '';
    if (method === 'POST' && body.length > 0 && !contentType.startsWith('application/x-www-form-urlencoded')) {
      // Like a servlet without multipart support: only urlencoded forms carry parameters.
      return this.sendPage(res, 400, errorPage(this.def.charset, this.def.name, 'Bad Request', `unsupported form encoding: ${contentType}`).value);
    }

    const existing = this.sessions.find(cookieId);
    const session = existing ?? this.sessions.create();
    const idBefore = existing?.id;
    const ctx = this.context(route, method, url, body, session, this.sameOriginPath(req.headers.referer));
    const result = route.auth && !ctx.patron ? ctx.requireLogin() : await route.handle(ctx);
    const cookie = `${this.def.sessionCookie}=${session.id}; Path=${this.def.basePath}; HttpOnly`;
    if (!this.sessions.find(session.id)) res.setHeader('Set-Cookie', `${this.def.sessionCookie}=; Path=${this.def.basePath}; Max-Age=0`);
    else if (session.id !== idBefore) res.setHeader('Set-Cookie', cookie);
    if (result.kind === 'redirect') {
      res.writeHead(302, { Location: new URL(result.location, this.origin).href, 'Cache-Control': 'no-store' }).end();
      return;
    }
    this.sendPage(res, result.status, result.body.value, req.method === 'HEAD');
  }

  /** The page a POST came from, so that a login it triggered returns to the form. */
  private sameOriginPath(referer: string | undefined): string | null {
    if (!referer || !URL.canParse(referer)) return null;
    const parsed = new URL(referer);
    return parsed.origin === this.origin ? parsed.pathname + parsed.search : null;
  }

  private context(
    route: Route<S>,
    method: 'GET' | 'POST',
    url: URL,
    body: Buffer,
    session: Session<S>,
    referer: string | null,
  ): RequestContext<S> {
    const { def, state, sessions } = this;
    const charset = def.charset;
    const query = decodeForm(url.search.slice(1), charset);
    const form = method === 'POST' ? decodeForm(body.toString('latin1'), charset) : new FormParams();
    const ctx: RequestContext<S> = {
      library: def,
      state,
      today: this.world.clock.today,
      method,
      path: route.path,
      url: url.pathname + url.search,
      query,
      form,
      session,
      get patron() {
        return session.card === null ? null : (state.patron(session.card) ?? null);
      },
      cart: () => ctx.patron?.cart ?? session.anonymousCart,
      logIn(card, password) {
        const patron = state.patron(card);
        if (!patron || patron.password !== password) return false;
        sessions.renew(session);
        session.card = card;
        for (const entry of session.anonymousCart) state.addToCart(patron.cart, entry);
        session.anonymousCart = [];
        return true;
      },
      logOut() {
        sessions.destroy(session.id);
      },
      requireLogin(returnTo) {
        session.returnTo = returnTo ?? (method === 'GET' ? ctx.url : (referer ?? def.homePath));
        return ctx.redirect(def.loginPath);
      },
      flash(message) {
        session.notice = message;
      },
      takeFlash() {
        const notice = session.notice;
        session.notice = null;
        return notice;
      },
      takeReturnTo(fallback) {
        const target = session.returnTo ?? fallback;
        session.returnTo = null;
        return target;
      },
      link(path, params) {
        return params && Object.keys(params).length > 0 ? `${path}?${encodeForm(Object.entries(params), charset)}` : path;
      },
      page: (pageBody, status = 200): PageResult => ({ kind: 'page', status, body: pageBody }),
      redirect: (location): PageResult => ({ kind: 'redirect', location }),
    };
    return ctx;
  }

  private sendPage(res: ServerResponse, status: number, text: string, headOnly = false): void {
    const bytes = encodeText(text, this.def.charset);
    res.writeHead(status, {
      'Content-Type': `text/html; charset=${this.def.charset}`,
      'Content-Length': bytes.length,
      'Cache-Control': 'no-store',
    });
    res.end(headOnly ? undefined : bytes);
  }

  private logRequest(req: IncomingMessage, url: URL, status: number, started: number): void {
    this.log.add({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.slice(1),
      status,
      time: new Date(started).toISOString(),
      durationMs: Date.now() - started,
    });
  }
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return cookies;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
