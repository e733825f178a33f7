// @vitest-environment node
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { control, SimBrowser, simState } from './browser';
import type { RequestLogEntry } from './core/request-log';
import { startSim } from './start-sim';

let sim: Awaited<ReturnType<typeof startSim>>;
let hokkaido: string;
let hokuto: string;

beforeAll(async () => {
  sim = await startSim();
  hokkaido = sim.origins['hokkaido-pref']!;
  hokuto = sim.origins['hokuto-city']!;
});
afterAll(() => sim.close());
beforeEach(() => control(hokkaido, 'reset', {}));

const log = async (origin: string) => (await control<{ entries: RequestLogEntry[] }>(origin, 'log')).entries;

describe('startSim', () => {
  it('serves each library on its own 127.0.0.1 origin', () => {
    expect(Object.keys(sim.origins)).toEqual(['hokkaido-pref', 'hokuto-city', 'tochigi-pref', 'mito-city', 'licsxp-demo', 'winj-demo']);
    expect(hokkaido).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(hokuto).not.toBe(hokkaido);
  });

  it('listens on the requested port, honours today, and stops on close', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const one = await startSim({ libraries: ['hokuto-city'], ports: { 'hokuto-city': port }, today: '2027-01-05' });
    expect(one.origins).toEqual({ 'hokuto-city': `http://127.0.0.1:${port}` });
    expect((await simState(one.origins['hokuto-city']!)).today).toBe('2027-01-05');
    await one.close();
    await expect(fetch(`http://127.0.0.1:${port}/Libsearch/`)).rejects.toThrow();
  });

  it('rejects an unknown library', async () => {
    await expect(startSim({ libraries: ['nowhere'] })).rejects.toThrow(/unknown sim library nowhere/);
  });
});

describe('control API', () => {
  it('advance moves the shared clock for every origin; reset puts everything back', async () => {
    expect(await control(hokkaido, 'advance', { days: 3 })).toEqual({ today: '2026-11-26' });
    expect((await simState(hokuto)).today).toBe('2026-11-26');
    await control(hokkaido, 'seed-patron', { card: '7777777', password: 'pw' });
    await control(hokuto, 'fail', { mode: '500' });
    expect(await control(hokuto, 'reset', {})).toEqual({ today: '2026-11-23' });
    expect((await simState(hokkaido)).patrons.map((p) => p.card)).toEqual(['0123456']);
    expect((await fetch(`${hokuto}/Libsearch/`)).status).toBe(200);
  });

  it('seed-patron creates holds and loans, and validates its input', async () => {
    await control(hokkaido, 'seed-patron', {
      card: '7777777',
      password: 'pw',
      holds: [{ id: '1000101' }, { id: '1000131', state: 'ready' }],
      loans: [{ id: '1000601', lentOn: '2026-11-20' }],
    });
    const patron = (await simState(hokkaido)).patrons.find((p) => p.card === '7777777')!;
    expect(patron.holds.map((h) => [h.recordId, h.state])).toEqual([
      ['1000101', 'waiting'],
      ['1000131', 'ready'],
    ]);
    expect(patron.loans).toMatchObject([{ recordId: '1000601', due: '2026-12-04' }]);
    await expect(control(hokkaido, 'seed-patron', { card: 'x' })).rejects.toThrow(/400/);
    await expect(control(hokkaido, 'seed-patron', { card: 'x', password: 'y', loans: [{ id: '1000701' }] })).rejects.toThrow(/no copy/);
  });

  it('state shows the pickup places, each hold’s contact method and what the patron may do with it on the web', async () => {
    await control(hokuto, 'seed-patron', {
      card: '7777777',
      password: 'pw',
      holds: [{ id: '1000121', contact: 'メール', pickup: 'むかわ図書館' }, { id: '1000122', source: 'counter', fromOtherLibrary: true }],
    });
    const state = await simState(hokuto);
    expect(state.pickupLocations).toEqual(['明野図書館', 'すたま森の図書館', 'たかね図書館', 'ながさか図書館', '金田一春彦記念図書館', '小淵沢図書館', 'ライブラリーはくしゅう', 'むかわ図書館']);
    expect(state.patrons.find((p) => p.card === '7777777')!.holds).toMatchObject([
      { pickup: 'むかわ図書館', contact: 'メール', fromOtherLibrary: false, cancelBlocks: [], changeBlocks: ['not_offered'] },
      { pickup: '明野図書館', contact: null, fromOtherLibrary: true, cancelBlocks: ['counter'], changeBlocks: ['not_offered'] },
    ]);
  });

  it('return brings a copy back and readies the first waiting hold; collect turns it into a loan', async () => {
    await control(hokkaido, 'seed-patron', { card: '7777777', password: 'pw', holds: [{ id: '1000121' }] });
    const returned = await control<{ copy: { id: string; status: string } }>(hokkaido, 'return', { itemId: '1000121' });
    expect(returned.copy.status).toBe('held');
    const state = await simState(hokkaido);
    const hold = state.patrons.find((p) => p.card === '7777777')!.holds[0]!;
    expect(hold.state).toBe('ready');
    await control(hokkaido, 'collect', { card: '7777777', holdId: hold.id });
    const after = (await simState(hokkaido)).patrons.find((p) => p.card === '7777777')!;
    expect(after.loans.map((l) => l.recordId)).toEqual(['1000121']);
    // The same copy again, by barcode: the patron's loan ends.
    await control(hokkaido, 'return', { itemId: returned.copy.id });
    expect((await simState(hokkaido)).patrons.find((p) => p.card === '7777777')!.loans).toEqual([]);
    await expect(control(hokkaido, 'return', { itemId: '1000131' })).rejects.toThrow(/404/);
  });

  it('waits behind other patrons already in the queue', async () => {
    await control(hokkaido, 'seed-patron', { card: '7777777', password: 'pw', holds: [{ id: '1000201' }] });
    await control(hokkaido, 'return', { itemId: '1000201' });
    await control(hokkaido, 'return', { itemId: '1000201' });
    const patron = () => simState(hokkaido).then((s) => s.patrons.find((p) => p.card === '7777777')!);
    expect((await patron()).holds[0]?.state).toBe('waiting');
    await control(hokkaido, 'return', { itemId: '1000201' });
    expect((await patron()).holds[0]?.state).toBe('ready');
  });

  it('fail 500 hits the next `count` matching pages only', async () => {
    await control(hokkaido, 'fail', { mode: '500', count: 2, path: '/wo/opc/' });
    expect((await fetch(`${hokkaido}/wo/`)).status).toBe(200);
    const failed = await fetch(`${hokkaido}/wo/opc/srh/`);
    expect(failed.status).toBe(500);
    expect(await failed.text()).toContain('システムエラーが発生しました。');
    expect((await fetch(`${hokkaido}/wo/opc/srh/list?title=x`)).status).toBe(500);
    expect((await fetch(`${hokkaido}/wo/opc/srh/`)).status).toBe(200);
  });

  it('fail maintenance answers 503 in the library charset', async () => {
    await control(hokuto, 'fail', { mode: 'maintenance' });
    const page = await new SimBrowser(hokuto).get('/Libsearch/');
    expect(page.status).toBe(503);
    expect(page.charset).toBe('Shift_JIS');
    expect(page.text).toContain('ただいまシステムメンテナンス中です。');
  });

  it('fail timeout never answers; the client gives up', async () => {
    await control(hokkaido, 'fail', { mode: 'timeout' });
    await expect(fetch(`${hokkaido}/wo/`, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect((await fetch(`${hokkaido}/wo/`)).status).toBe(200);
    expect((await log(hokkaido)).map((e) => e.status)).toEqual([0, 200]);
  });

  it('latency delays page requests', async () => {
    await control(hokkaido, 'latency', { ms: 200 });
    const started = Date.now();
    await fetch(`${hokkaido}/wo/`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    await control(hokkaido, 'latency', { ms: 0 });
  });

  it('log records page loads (not control calls) per origin, and clears', async () => {
    const browser = new SimBrowser(hokkaido);
    await browser.get('/wo/opc/srh/list?title=%E4%B8%89%E4%BD%93');
    await browser.get('/wo/usr/rsv');
    await control(hokkaido, 'state');
    const entries = await log(hokkaido);
    expect(entries.map((e) => [e.method, e.path, e.query, e.status])).toEqual([
      ['GET', '/wo/opc/srh/list', 'title=%E4%B8%89%E4%BD%93', 200],
      ['GET', '/wo/usr/rsv', '', 302],
      ['GET', '/wo/usr/login', '', 200],
    ]);
    expect(Date.parse(entries[0]!.time)).not.toBeNaN();
    expect(await log(hokuto)).toEqual([]);
    await control(hokkaido, 'log/clear', {});
    expect(await log(hokkaido)).toEqual([]);
  });

  it('answers unknown endpoints with 404 and bad JSON with 400', async () => {
    expect((await fetch(`${hokkaido}/__sim/nope`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${hokkaido}/__sim/advance`, { method: 'POST', body: '{' })).status).toBe(400);
  });
});

describe('server', () => {
  it('answers unknown pages with 404 and multipart posts with 400', async () => {
    expect((await fetch(`${hokkaido}/wo/nothing`)).status).toBe(404);
    const form = new FormData();
    form.set('card', '0123456');
    expect((await fetch(`${hokkaido}/wo/usr/login`, { method: 'POST', body: form })).status).toBe(400);
  });

  it('gives each library its own session cookie, so one host can hold both', async () => {
    const names = await Promise.all(
      [`${hokkaido}/wo/`, `${hokuto}/Libsearch/`].map(async (url) => (await fetch(url)).headers.getSetCookie()[0]?.split('=')[0]),
    );
    expect(names).toEqual(['JSESSIONID', 'LIBSEARCH_SID']);
  });
});
