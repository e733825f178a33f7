import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { libraryById } from '../libraries';
import type { MirrorDb } from '../mirror/db';
import { freshDb, fullFor } from '../../test/helpers/mirror';
import { readSetting, writeSetting } from '../mirror/settings';
import type { PageReading } from '../opac/types';
import { readHtml } from '../opac/read-html';
import { classifyPage, diagnostic, libraryOutcome, withoutSession } from './refresh-outcome';
import { endInterruptedRefreshes, rememberPage } from './refresh';
import { fakeOpac, fakeRefreshEdges, refreshLibraries, type FakeOpac } from '../../test/helpers/background-edges';

const ORIGIN = 'https://www.library.pref.hokkaido.jp';
const HOLDS = `${ORIGIN}/wo/usr/rsv`;
const LOANS = `${ORIGIN}/wo/usr/lend`;
const LOGIN = `${ORIGIN}/wo/usr/login`;
const seed = (name: string) => readFileSync(`test/fixtures/seed/hokkaido-pref/${name}.html`, 'utf8');
const UNREADABLE = readFileSync('test/fixtures/generic/holds-unreadable.html', 'utf8');

let db: MirrorDb;
let opac: FakeOpac;
const NOW = Date.parse('2026-11-23T10:00+09:00');
const edges = () => fakeRefreshEdges(opac, () => NOW);

beforeEach(async () => {
  db = freshDb();
  opac = fakeOpac();
  await db.libraries.put(libraryById('hokkaido-pref')!);
});

afterEach(() => vi.restoreAllMocks());

describe('refresh', () => {
  it('fetches only the library\'s own http(s) pages, whatever the mirror remembers', async () => {
    await db.settings.put({ key: 'pages', value: { 'hokkaido-pref': { holds: 'https://evil.example/steal', loans: 'http://127.0.0.2/x' } } });
    const [result] = await refreshLibraries(db, edges(), null);
    expect(opac.fetched).toEqual([]);
    expect(result!.outcome).toBe('failed');
    expect(await db.holds.count()).toBe(0);
  });

  it('writes nothing back once the mirror was deleted or replaced during the refresh', async () => {
    await writeSetting(db, 'pages', { 'hokkaido-pref': { holds: HOLDS, loans: null } });
    opac.pages.set(HOLDS, seed('holds'));
    let current = true;
    const slow = { ...edges(), fetchPage: async (url: string) => { const page = await edges().fetchPage(url); current = false; return page; } };
    await expect(refreshLibraries(db, slow, null, () => current)).rejects.toThrow(/deleted or replaced/);
    expect(await db.holds.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });

  it('ends with the page failed as "not saved" when the browser has no space left: nothing half written, no check left running', async () => {
    await writeSetting(db, 'pages', { 'hokkaido-pref': { holds: HOLDS, loans: null } });
    opac.pages.set(HOLDS, seed('holds'));
    fullFor(['holds']);
    const [result] = await refreshLibraries(db, edges(), null);
    vi.restoreAllMocks();
    expect(result).toMatchObject({ outcome: 'failed', events: [] });
    expect(await db.holds.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    const status = (await readSetting(db, 'refresh'))['hokkaido-pref'];
    expect(status).toMatchObject({ running: false, outcome: 'failed' });
    expect(status?.diagnostic).toMatch(/not saved: .*quota/i);
  });

  it('fetches the remembered holds and loans pages, reconciles them and records the check', async () => {
    await rememberPage(db, 'hokkaido-pref', 'holds', HOLDS);
    await rememberPage(db, 'hokkaido-pref', 'loans', LOANS);
    await rememberPage(db, 'hokkaido-pref', 'detail', `${ORIGIN}/wo/opc_srh/srh_detail/1000101/`);
    opac.pages.set(HOLDS, seed('holds')).set(LOANS, seed('loans'));
    const [result] = await refreshLibraries(db, edges(), null);
    expect(opac.fetched).toEqual([HOLDS, LOANS]);
    expect(result).toMatchObject({ libraryId: 'hokkaido-pref', outcome: 'ok' });
    expect(await db.holds.count()).toBeGreaterThan(0);
    expect(await db.loans.count()).toBeGreaterThan(0);
    expect(result!.events.some((e) => e.kind === 'hold_added')).toBe(true);
    expect((await readSetting(db, 'refresh'))['hokkaido-pref']).toEqual({ running: false, checkedAt: NOW, outcome: 'ok', loginUrl: null, diagnostic: null });
  });

  it('decodes a page served as Shift_JIS by its Content-Type header when the page itself declares no charset', async () => {
    await writeSetting(db, 'pages', { 'hokkaido-pref': { holds: HOLDS, loans: null } });
    const page = seed('holds').replace(/<meta charset="utf-8">/i, '');
    const sjis: typeof edges = () => ({ ...edges(), fetchPage: async (url) => ({ url, status: 200, bytes: iconv.encode(page, 'cp932'), contentType: 'text/html; charset=Shift_JIS' }) });
    const [result] = await refreshLibraries(db, sjis(), null);
    expect(result!.outcome).toBe('ok');
    expect((await db.holds.toArray()).map((h) => h.title).sort()).toEqual(['ぐりとぐら', '三体II 黒暗森林 上', '三体II 黒暗森林 下']);
  });

  it('says "log in" when the OPAC sends the request to its login form, and links the holds page', async () => {
    await writeSetting(db, 'pages', { 'hokkaido-pref': { holds: HOLDS, loans: null } });
    opac.redirects.set(HOLDS, LOGIN);
    opac.pages.set(LOGIN, seed('login'));
    const [result] = await refreshLibraries(db, edges(), 'hokkaido-pref');
    expect(result!.outcome).toBe('login');
    expect((await readSetting(db, 'refresh'))['hokkaido-pref']).toMatchObject({ outcome: 'login', loginUrl: HOLDS });
    expect(await db.holds.count()).toBe(0);
  });

  it('keeps the mirror as it was when a page is not understood, and gives a diagnostic to copy', async () => {
    await writeSetting(db, 'pages', { 'hokkaido-pref': { holds: HOLDS, loans: null } });
    opac.pages.set(HOLDS, UNREADABLE);
    const [result] = await refreshLibraries(db, edges(), null);
    expect(result!.outcome).toBe('not_understood');
    const status = (await readSetting(db, 'refresh'))['hokkaido-pref']!;
    expect(status.diagnostic).toContain(`holds: ${HOLDS}`);
    expect(status.diagnostic).toContain('not understood:');
    expect(await db.holds.count()).toBe(0);
  });

  it('reports a network failure and a library whose pages were never opened', async () => {
    await db.libraries.put({ ...libraryById('tochigi-pref')! });
    await writeSetting(db, 'pages', { 'hokkaido-pref': { holds: HOLDS, loans: null } });
    const results = await refreshLibraries(db, edges(), null);
    expect(Object.fromEntries(results.map((r) => [r.libraryId, r.outcome]))).toEqual({ 'hokkaido-pref': 'failed', 'tochigi-pref': 'no_pages' });
    expect((await readSetting(db, 'refresh'))['hokkaido-pref']!.diagnostic).toContain('failed: Failed to fetch');
  });
});

const reading = (page: PageReading['page'], notUnderstood: PageReading['notUnderstood'] = null): PageReading =>
  ({ family: 'generic', library: 'hokkaido-pref', page, holds: [], loans: [], items: [], cart: [], notUnderstood });

describe('a refresh cut off when the background stopped', () => {
  it('gives each library left as refreshing its last check back, and leaves the others alone', async () => {
    const last = { running: true, checkedAt: NOW - 3_600_000, outcome: 'login' as const, loginUrl: 'https://opac.example.jp/login', diagnostic: null };
    const other = { running: false, checkedAt: NOW, outcome: 'ok' as const, loginUrl: null, diagnostic: null };
    await writeSetting(db, 'refresh', { 'hokkaido-pref': last, 'mito-city': other });
    expect(await endInterruptedRefreshes(db)).toEqual(['hokkaido-pref']);
    expect(await readSetting(db, 'refresh')).toEqual({ 'hokkaido-pref': { ...last, running: false }, 'mito-city': other });
    expect(await endInterruptedRefreshes(db)).toEqual([]);
  });
});

describe('refresh outcome', () => {
  it('classifies a page by status, kind, redirect and the reader\'s doubt', () => {
    expect(classifyPage('holds', HOLDS, { url: HOLDS, status: 200 }, reading('holds'))).toEqual({ kind: 'ok' });
    expect(classifyPage('holds', HOLDS, { url: HOLDS, status: 503 }, reading('other'))).toEqual({ kind: 'failed', reason: 'HTTP 503' });
    expect(classifyPage('holds', HOLDS, { url: LOGIN, status: 200 }, reading('login'))).toEqual({ kind: 'login' });
    expect(classifyPage('holds', HOLDS, { url: HOLDS, status: 200 }, reading('login'))).toEqual({ kind: 'login' });
    // Sent away to the portal top page: the session is gone.
    expect(classifyPage('holds', HOLDS, { url: `${ORIGIN}/wo/`, status: 200 }, reading('other'))).toEqual({ kind: 'login' });
    expect(classifyPage('loans', LOANS, { url: LOANS, status: 200 }, reading('other'))).toMatchObject({ kind: 'not_understood', reason: 'expected a loans page, read it as other' });
    expect(classifyPage('loans', LOANS, { url: LOANS, status: 200 }, reading('loans', { reason: 'r', labels: ['書名'] })))
      .toEqual({ kind: 'not_understood', reason: 'r', labels: ['書名'] });
  });

  it('takes the worst page for the library: login, then failure, then not understood', () => {
    const check = (kind: 'ok' | 'login' | 'failed') => ({ expected: 'holds' as const, requested: HOLDS, finalUrl: HOLDS, outcome: kind === 'failed' ? { kind, reason: 'x' } : { kind } });
    expect(libraryOutcome([])).toBe('no_pages');
    expect(libraryOutcome([check('ok'), check('ok')])).toBe('ok');
    expect(libraryOutcome([check('failed'), check('login')])).toBe('login');
    expect(libraryOutcome([check('ok'), check('failed')])).toBe('failed');
    expect(diagnostic({ id: 'x', family: 'generic' }, [check('ok')], '1', NOW)).toBeNull();
  });
});

describe('reading fetched HTML', () => {
  it('parses text with DOMParser and reads it with the library reader', () => {
    const r = readHtml(seed('holds'), HOLDS, { today: '2026-11-23' }, [libraryById('hokkaido-pref')!]);
    expect(r.page).toBe('holds');
    expect(r.holds.length).toBeGreaterThan(0);
  });
});

describe('diagnostics', () => {
  it('never carry a session id', () => {
    expect(withoutSession('https://opac.example.jp/wo/usr/rsv;jsessionid=ABC123?x=1&sid=zzz')).toBe('https://opac.example.jp/wo/usr/rsv;jsessionid=%E2%80%A6?x=1&sid=%E2%80%A6');
    const text = diagnostic({ id: 'hokkaido-pref', family: 'wo' } as never, [{ expected: 'holds', requested: 'https://opac.example.jp/rsv;jsessionid=SECRET1', finalUrl: 'https://opac.example.jp/x?PHPSESSID=SECRET2', outcome: { kind: 'failed', reason: 'boom' } }], '0.1.0', 0)!;
    expect(text).not.toMatch(/SECRET/);
    expect(text).toContain('https://opac.example.jp/rsv;jsessionid=');
  });
});
