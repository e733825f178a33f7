import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forgetAll, inject } from './browser-edges';

const LIBRARY = 'https://www.library.pref.hokkaido.jp/*';
const REQUIRED = 'http://127.0.0.1/*';

/** What the browser keeps for Uketori outside the mirror, set up as after months of use. */
async function usedBrowser() {
  fakeBrowser.reset();
  let origins = [REQUIRED, LIBRARY];
  fakeBrowser.runtime.getManifest = (() => ({ manifest_version: 3, name: 'Uketori', version: '0.0.0', host_permissions: [REQUIRED] })) as typeof fakeBrowser.runtime.getManifest;
  fakeBrowser.permissions.getAll = (async () => ({ origins, permissions: [] })) as typeof fakeBrowser.permissions.getAll;
  fakeBrowser.permissions.remove = (async ({ origins: gone = [] }) => {
    origins = origins.filter((o) => !gone.includes(o));
    return true;
  }) as typeof fakeBrowser.permissions.remove;
  // Tabs of granted origins show their address; others (and the browser's own pages) do not reach Uketori.
  const tabs = [{ id: 7, url: 'https://www.library.pref.hokkaido.jp/wo/usr/rsv' }, { id: 8, url: 'http://127.0.0.1:5101/' }, { id: 9 }, { id: 10, url: 'about:blank' }];
  const queried: number[] = [];
  fakeBrowser.tabs.query = (async () => {
    queried.push(origins.length);
    return tabs;
  }) as unknown as typeof fakeBrowser.tabs.query;
  const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
    if (target.tabId === 8) throw new Error('Cannot access contents of the page');
    return [];
  });
  fakeBrowser.scripting.executeScript = executeScript as unknown as typeof fakeBrowser.scripting.executeScript;
  await fakeBrowser.notifications.create('r1', { type: 'basic', iconUrl: '', title: 't', message: 'm' });
  await fakeBrowser.alarms.create('uketori-reminder', { when: Date.now() + 60_000 });
  await fakeBrowser.alarms.create('uketori-daily', { periodInMinutes: 1440 });
  await fakeBrowser.storage.local.set({ a: 1 });
  await fakeBrowser.storage.session.set({ 'intent|3|mito-city|seriesCart': { bibIds: ['1'] } });
  await fakeBrowser.storage.sync.set({ b: 2 });
  return { origins: () => origins, queried, executeScript };
}

beforeEach(() => fakeBrowser.reset());

describe('delete-all outside the mirror', () => {
  it('gives back the granted library origins, clears notifications, alarms and every storage area, and the pages\' keys', async () => {
    const used = await usedBrowser();
    await forgetAll();
    // The origin the manifest requires cannot be given back; the patron's library can.
    expect(used.origins()).toEqual([REQUIRED]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    // Uketori's keys in open pages, asked while the origins were still granted; a page it cannot reach is skipped.
    expect(used.queried).toEqual([2]);
    expect(used.executeScript.mock.calls.map(([call]) => call.target)).toEqual([{ tabId: 7, allFrames: true }, { tabId: 8, allFrames: true }]);
  });

  it('removes from a page\'s session storage Uketori\'s keys and nothing of the page\'s own', async () => {
    const used = await usedBrowser();
    await forgetAll();
    const [{ func, args }] = used.executeScript.mock.calls[0] as unknown as [{ func: (prefix: string) => void; args: [string] }];
    sessionStorage.setItem('uketori.pendingAction', '[]');
    sessionStorage.setItem('opacSearch', 'kept');
    func(...args);
    expect(Object.keys(sessionStorage)).toEqual(['opacSearch']);
  });
});

describe('a part injected beside the content script', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs the extension\'s file in the one frame of the tab that asked, nowhere else, without waiting for the page to load', async () => {
    const executeScript = vi.fn(async () => []);
    fakeBrowser.scripting.executeScript = executeScript as unknown as typeof fakeBrowser.scripting.executeScript;
    await inject(7, 3, 'part-shop.js');
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 7, frameIds: [3] }, files: ['part-shop.js'], injectImmediately: true });
  });
});
