import { randomBytes } from 'node:crypto';
import type { CartEntry } from './state/types';

export interface Session<S> {
  id: string;
  /** Card number of the logged-in patron, or null for an anonymous visitor. */
  card: string | null;
  /** Cart kept before login, carried into the patron's cart at login. */
  anonymousCart: CartEntry[];
  /** Where to send the patron after login. */
  returnTo: string | null;
  /** A one-time message for the next page ("予約カートに追加しました。"). */
  notice: string | null;
  /** Per-library flow state (selected items, ordering mode …). */
  data: S;
  lastSeen: number;
}

/** Server-side sessions behind an HttpOnly cookie; idle sessions expire like a servlet container's. */
export class SessionStore<S> {
  private readonly sessions = new Map<string, Session<S>>();

  constructor(
    private readonly newData: () => S,
    private readonly idleMs: number,
  ) {}

  find(id: string | undefined): Session<S> | undefined {
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (!session) return undefined;
    if (Date.now() - session.lastSeen > this.idleMs) {
      this.sessions.delete(session.id);
      return undefined;
    }
    session.lastSeen = Date.now();
    return session;
  }

  create(): Session<S> {
    const session: Session<S> = {
      id: randomBytes(16).toString('hex').toUpperCase(),
      card: null,
      anonymousCart: [],
      returnTo: null,
      notice: null,
      data: this.newData(),
      lastSeen: Date.now(),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** A new id at login, so a session id seen before login is worthless afterwards. */
  renew(session: Session<S>): void {
    this.sessions.delete(session.id);
    session.id = randomBytes(16).toString('hex').toUpperCase();
    this.sessions.set(session.id, session);
  }

  destroy(id: string): void {
    this.sessions.delete(id);
  }

  clear(): void {
    this.sessions.clear();
  }
}
