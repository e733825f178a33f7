import type { Library } from '../model';
import type { RefreshStatus } from '../mirror/settings';
import type { PageReading } from '../opac/types';

export type ListPage = 'holds' | 'loans';

/** What fetching and reading one remembered page came to. */
export type PageOutcome =
  | { kind: 'ok' }
  | { kind: 'login' }
  | { kind: 'not_understood'; reason: string; labels: string[] }
  | { kind: 'failed'; reason: string };

/** One page of a refresh: what was asked for, where the OPAC answered from, and the outcome. */
export interface PageCheck {
  expected: ListPage;
  requested: string;
  finalUrl: string | null;
  outcome: PageOutcome;
}

/**
 * Classify one fetched page. The login form (read as such, or any other page reached by a redirect, which is how an
 * OPAC sends an expired session away) means the patron must log in again; a page of the expected kind that the
 * reader could not account for is "not understood"; anything else unexpected is "not understood" too, with why.
 */
export function classifyPage(expected: ListPage, requested: string, fetched: { url: string; status: number }, reading: PageReading): PageOutcome {
  if (fetched.status >= 400) return { kind: 'failed', reason: `HTTP ${fetched.status}` };
  if (reading.page === 'login') return { kind: 'login' };
  if (reading.page !== expected && samePage(fetched.url, requested)) {
    return { kind: 'not_understood', reason: `expected a ${expected} page, read it as ${reading.page}`, labels: reading.notUnderstood?.labels ?? [] };
  }
  if (reading.page !== expected) return { kind: 'login' };
  if (reading.notUnderstood) return { kind: 'not_understood', reason: reading.notUnderstood.reason, labels: reading.notUnderstood.labels };
  return { kind: 'ok' };
}

const samePage = (a: string, b: string): boolean => {
  const [x, y] = [new URL(a), new URL(b)];
  return x.origin === y.origin && x.pathname === y.pathname;
};

/** The library's outcome is its worst page: logging in comes first (it explains the rest), then failures. */
const SEVERITY: Record<PageOutcome['kind'], number> = { login: 3, failed: 2, not_understood: 1, ok: 0 };

export function libraryOutcome(checks: readonly PageCheck[]): NonNullable<RefreshStatus['outcome']> {
  if (checks.length === 0) return 'no_pages';
  return checks.map((c) => c.outcome.kind).reduce((worst, kind) => (SEVERITY[kind] > SEVERITY[worst] ? kind : worst), 'ok' as PageOutcome['kind']);
}

/** Plain text a patron can paste into a report: no card number, no titles; the URLs, what was read and why not. */
/** Query and path parameters that carry a session or a token: the patron pastes a diagnostic into a bug report. */
const SESSION_PARAM = /^(jsessionid|phpsessid|sid|sessionid|session|token|ticket|_csrf|csrf.*)$/i;

/** A URL as a diagnostic shows it: session ids (`;jsessionid=…`, `?sid=…`) replaced with "…". */
export function withoutSession(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.pathname = parsed.pathname.replace(/;[^/]*/g, (part) => (/^;jsessionid=/i.test(part) ? ';jsessionid=…' : part));
    for (const key of [...parsed.searchParams.keys()]) if (SESSION_PARAM.test(key)) parsed.searchParams.set(key, '…');
    return parsed.href;
  } catch {
    return '(an address that could not be read)';
  }
}

export function diagnostic(library: Pick<Library, 'id' | 'family'>, checks: readonly PageCheck[], version: string, at: number): string | null {
  const troubled = checks.filter((c) => c.outcome.kind === 'not_understood' || c.outcome.kind === 'failed');
  if (troubled.length === 0) return null;
  const lines = [`Uketori ${version} · ${new Date(at).toISOString()}`, `library: ${library.id} (${library.family})`];
  for (const c of troubled) {
    lines.push(`${c.expected}: ${withoutSession(c.requested)}`);
    if (c.finalUrl && c.finalUrl !== c.requested) lines.push(`  answered from: ${withoutSession(c.finalUrl)}`);
    if (c.outcome.kind === 'failed') lines.push(`  failed: ${c.outcome.reason}`);
    if (c.outcome.kind === 'not_understood') {
      lines.push(`  not understood: ${c.outcome.reason}`);
      if (c.outcome.labels.length > 0) lines.push(`  labels: ${c.outcome.labels.join(' | ')}`);
    }
  }
  return lines.join('\n');
}
