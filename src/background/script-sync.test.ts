import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { libraryById } from '../libraries';
import { originPattern } from '../libraries/origin-pattern';
import type { Library } from '../model';
import { syncContentScripts } from './content-scripts';
import { scriptSync } from './script-sync';

/**
 * The browser's registered content scripts as Chrome keeps them: registering an id already registered fails with
 * "Duplicate script ID". Every call answers after a turn of the event loop, as the real API does.
 */
type Registration = { id: string; js?: string[]; matches?: string[] };

function fakeScripting(already: Registration[] = []) {
  const registered = new Map<string, Registration>(already.map((s) => [s.id, s]));
  const later = () => new Promise((resolve) => setTimeout(resolve, 1));
  const api = {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      const found = (filter?.ids ?? [...registered.keys()]).flatMap((id) => (registered.has(id) ? [registered.get(id)!] : []));
      await later();
      return found;
    }),
    registerContentScripts: vi.fn(async (scripts: Registration[]) => {
      await later();
      for (const s of scripts) if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      for (const s of scripts) registered.set(s.id, s);
    }),
    updateContentScripts: vi.fn(async (scripts: Registration[]) => {
      await later();
      for (const s of scripts) registered.set(s.id, s);
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      await later();
      for (const id of ids) registered.delete(id);
    }),
  };
  Object.assign(fakeBrowser.scripting, api);
  fakeBrowser.permissions.contains = (async () => true) as typeof fakeBrowser.permissions.contains;
  return { registered, api };
}

const LIBRARY: Library = libraryById('hokkaido-pref')!;

beforeEach(() => fakeBrowser.reset());

describe('content-script registration', () => {
  it('registers once when two syncs start at the same moment (install and startup), and reports nothing', async () => {
    const { registered, api } = fakeScripting();
    const report = vi.fn();
    const sync = scriptSync(async () => [LIBRARY], async () => ({}), report);
    await Promise.all([sync(), sync(), sync()]);
    expect(report).not.toHaveBeenCalled();
    expect(api.registerContentScripts).toHaveBeenCalledTimes(1);
    expect([...registered.values()].map((s) => s.matches)).toEqual([[...new Set(LIBRARY.origins.map(originPattern))]]);
  });

  it('reports a failed sync instead of rejecting, and the next sync derives the registration again', async () => {
    const { registered, api } = fakeScripting();
    api.registerContentScripts.mockRejectedValueOnce(new Error('registration refused'));
    const report = vi.fn();
    const sync = scriptSync(async () => [LIBRARY], async () => ({}), report);
    await expect(sync()).resolves.toBeUndefined();
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'registration refused' }));
    await sync();
    expect(registered.size).toBe(1);
  });

  it('unregisters when no library is left', async () => {
    const { registered } = fakeScripting();
    let libraries = [LIBRARY];
    const sync = scriptSync(async () => libraries, async () => ({}), vi.fn());
    await sync();
    libraries = [];
    await sync();
    expect(registered.size).toBe(0);
  });
});

describe('content-script registrations per group of family files', () => {
  const CORE = 'opac.js';

  it('registers the core first, then each file beside it, under an id naming them', async () => {
    const { registered } = fakeScripting();
    await syncContentScripts([
      { parts: ['family-winj', 'family-wo'], matches: ['https://saas.example.jp/*'] },
      { parts: ['part-signatures'], matches: ['https://opac.example.jp/*'] },
      { parts: [], matches: ['https://bare.example.jp/*'] },
    ]);
    expect([...registered.values()]).toEqual([
      expect.objectContaining({ id: 'uketori-opac-winj-wo', js: [CORE, 'family-winj.js', 'family-wo.js'], matches: ['https://saas.example.jp/*'] }),
      expect.objectContaining({ id: 'uketori-opac-signatures', js: [CORE, 'part-signatures.js'], matches: ['https://opac.example.jp/*'] }),
      expect.objectContaining({ id: 'uketori-opac', js: [CORE], matches: ['https://bare.example.jp/*'] }),
    ]);
  });

  it('unregisters the groups no longer needed, updates the kept ones, and leaves other scripts alone', async () => {
    const { registered, api } = fakeScripting([
      { id: 'uketori-opac', js: [CORE], matches: ['https://old.example.jp/*'] },
      { id: 'uketori-opac-licsxp', js: [CORE, 'family-licsxp.js'], matches: ['https://tosho.example.jp/*'] },
      { id: 'uketori-opac-wo', js: [CORE, 'family-wo.js'], matches: ['https://a.example.jp/*'] },
      { id: 'someone-else', js: ['other.js'], matches: ['https://a.example.jp/*'] },
    ]);
    await syncContentScripts([
      { parts: ['family-wo'], matches: ['https://a.example.jp/*', 'https://b.example.jp/*'] },
      { parts: ['family-winj'], matches: ['https://c.example.jp/*'] },
    ]);
    expect(api.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['uketori-opac', 'uketori-opac-licsxp'] });
    expect(api.updateContentScripts).toHaveBeenCalledWith([expect.objectContaining({ id: 'uketori-opac-wo' })]);
    expect(api.registerContentScripts).toHaveBeenCalledWith([expect.objectContaining({ id: 'uketori-opac-winj' })]);
    expect([...registered.keys()].sort()).toEqual(['someone-else', 'uketori-opac-winj', 'uketori-opac-wo']);
    expect(registered.get('uketori-opac-wo')).toMatchObject({ js: [CORE, 'family-wo.js'], matches: ['https://a.example.jp/*', 'https://b.example.jp/*'] });
    expect(registered.get('uketori-opac-winj')).toMatchObject({ js: [CORE, 'family-winj.js'], matches: ['https://c.example.jp/*'] });

    await syncContentScripts([]);
    expect([...registered.keys()]).toEqual(['someone-else']);
  });

  it('registers the family of the patron\'s library with the core through a whole sync', async () => {
    const { registered } = fakeScripting();
    await scriptSync(async () => [LIBRARY], async () => ({}), vi.fn())();
    expect([...registered.values()].map((s) => s.js)).toEqual([[CORE, 'family-wo.js']]);
  });
});
