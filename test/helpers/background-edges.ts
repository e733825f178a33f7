import { vi } from 'vitest';
import { readPage } from '../../src/opac/read-page';
import { parseHtml } from './opac';
import type { BackgroundEdges } from '../../src/background/edges';
import type { From } from '../../src/messaging/channel';
import { refreshLibrary, type FetchedPage, type LibraryRefresh, type RefreshEdges } from '../../src/background/refresh';
import type { MirrorDb } from '../../src/mirror/db';

/** An OPAC for refresh tests: page bodies (or failures) by URL, with redirects by URL. */
export interface FakeOpac {
  pages: Map<string, string>;
  redirects: Map<string, string>;
  fetched: string[];
}

export function fakeOpac(): FakeOpac {
  return { pages: new Map(), redirects: new Map(), fetched: [] };
}

/** Refresh edges over a fake OPAC; pages are read by the real reader in happy-dom. */
export function fakeRefreshEdges(opac: FakeOpac, now: () => number): RefreshEdges {
  return {
    now,
    version: '0.0.0-test',
    async fetchPage(url): Promise<FetchedPage> {
      opac.fetched.push(url);
      const final = opac.redirects.get(url) ?? url;
      const body = opac.pages.get(final);
      if (body === undefined) throw new TypeError('Failed to fetch');
      return { url: final, status: 200, bytes: new TextEncoder().encode(body) };
    },
    readHtml: async (html, url, today, library) => readPage(new URL(url), parseHtml(html), { today }, [library]),
  };
}

export function fakeEdges(opac = fakeOpac(), granted: string[] = ['https://opac.example.jp'], now = () => 1_000): BackgroundEdges {
  return {
    now,
    hasOrigin: async (origin) => granted.includes(origin),
    changed: vi.fn(async () => {}),
    refresh: fakeRefreshEdges(opac, now),
    forgetAll: vi.fn(async () => {}),
    inject: vi.fn(async () => {}),
    session: fakeSession(),
  };
}

/** The sender of a handler call made as the popup or options page would. */
export const fromExtension: From = { caller: { kind: 'extension' } };

/** The sender of a handler call made as a content script on one library's pages would. */
export function fromLibrary(libraryId: string, owns: (url: URL) => boolean = () => true): From {
  return { caller: { kind: 'content', libraryId, owns } };
}

/** storage.session as a map. */
export function fakeSession(): BackgroundEdges['session'] & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (keys) => Object.fromEntries((keys ?? [...items.keys()]).filter((k) => items.has(k)).map((k) => [k, items.get(k)])),
    set: async (entries) => void Object.entries(entries).forEach(([k, v]) => items.set(k, structuredClone(v))),
    remove: async (keys) => void [keys].flat().forEach((k) => items.delete(k)),
  };
}

/** Refresh every library of the mirror (or one), side by side, as the background's refresh handler does. */
export async function refreshLibraries(db: MirrorDb, edges: RefreshEdges, only: string | null, current?: () => boolean): Promise<LibraryRefresh[]> {
  const libraries = (await db.libraries.toArray()).filter((l) => only === null || l.id === only);
  return Promise.all(libraries.map((l) => refreshLibrary(db, l, edges, current)));
}
