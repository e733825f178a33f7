import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { libraryById } from '../libraries';
import { originPattern } from '../libraries/origin-pattern';
import type { Library } from '../model';
import { scriptSync } from './script-sync';

/**
 * The browser's registered content scripts as Chrome keeps them: registering an id already registered fails with
 * "Duplicate script ID". Every call answers after a turn of the event loop, as the real API does.
 */
function fakeScripting() {
  const registered = new Map<string, { id: string; matches?: string[] }>();
  const later = () => new Promise((resolve) => setTimeout(resolve, 1));
  const api = {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      const found = (filter?.ids ?? [...registered.keys()]).flatMap((id) => (registered.has(id) ? [registered.get(id)!] : []));
      await later();
      return found;
    }),
    registerContentScripts: vi.fn(async (scripts: Array<{ id: string; matches?: string[] }>) => {
      await later();
      for (const s of scripts) if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      for (const s of scripts) registered.set(s.id, s);
    }),
    updateContentScripts: vi.fn(async (scripts: Array<{ id: string; matches?: string[] }>) => {
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
