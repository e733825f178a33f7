import type { Handover } from '../messaging/handover';
import { partFile, type PartName } from '../messaging/parts';
import type { Library } from '../model';
import { originPattern } from '../libraries/origin-pattern';
import { familyIdFor, FAMILY_SIGNATURES } from '../opac/signatures';

/** The content script's core (entrypoints/opac.ts); the files of the page's families follow it. */
const CORE_FILE = 'opac.js';

/**
 * How long a page may take to load before the content script goes in anyway: it then waits for the page's parse and,
 * a moment more, for its load (src/content/idle.ts), so a page still fetching images does not keep its badges waiting.
 * A page that loads sooner has the script only after its load event, which the script then costs nothing.
 */
export const SLOW_PAGE_MS = 1000;

/** The content script's files for a page, and what it is handed before them. */
export interface PageInjection {
  files: string[];
  handover: Handover;
}

/**
 * What a page at `url` is injected with: the rows listed at its origin whose pattern the patron granted, the files
 * their pages are read with (the family a row names, or the one its listed address shows; for a row that names no
 * family, every family's URL signature, so the page's address can still tell) and the feature switches. Null for
 * any other page: no library of the patron's is there.
 */
export function injectionFor(url: URL, libraries: Library[], granted: readonly string[], switches: Record<string, boolean>): PageInjection | null {
  const here = libraries.filter((l) => l.origins.some((o) => new URL(o).origin === url.origin && granted.includes(originPattern(o))));
  if (here.length === 0) return null;
  const parts = new Set<PartName>();
  for (const library of here) {
    for (const origin of library.origins.filter((o) => new URL(o).origin === url.origin)) {
      const family = familyIdFor(new URL(origin), library);
      if (family) parts.add(`family-${family}`);
    }
    if (!FAMILY_SIGNATURES.some((s) => s.id === library.family)) parts.add('part-signatures');
  }
  return { files: [CORE_FILE, ...[...parts].sort().map(partFile)], handover: { libraries: here, switches } };
}

/** What the injector needs of the browser and the mirror. */
export interface InjectorEdges {
  /** The injection a page at `url` needs, from the patron's libraries as they are now; null for none. */
  plan(url: string): Promise<PageInjection | null>;
  /** Hand `injection` over to the top frame of the tab and run its files there, unless that document has them. */
  inject(tabId: number, injection: PageInjection): Promise<void>;
  /** The tab as it is now (its URL only where the patron granted its origin); null once closed. */
  tab(tabId: number): Promise<{ url?: string; status?: string } | null>;
}

/**
 * The content script goes into a library page once the page has loaded (the tab's status `complete`), or
 * SLOW_PAGE_MS into its load if it is still at it. Nothing of Uketori runs in the page before then: no
 * script world is made for it while the page loads (one made at document_start held the load event back by the cost
 * of any content script, even a one-line one). The tab's URL is only known for origins the patron granted.
 */
export function pageInjector(edges: InjectorEdges, report: (error: unknown) => void) {
  const slow = new Map<number, ReturnType<typeof setTimeout>>();
  const stopWaiting = (tabId: number) => {
    clearTimeout(slow.get(tabId));
    slow.delete(tabId);
  };
  const web = (url: string | undefined): url is string => url !== undefined && /^https?:/.test(url);
  const injectInto = async (tabId: number, url: string | undefined) => {
    const injection = web(url) ? await edges.plan(url) : null;
    if (injection) await edges.inject(tabId, injection);
  };
  const whenSlow = async (tabId: number) => {
    slow.delete(tabId);
    const tab = await edges.tab(tabId);
    if (tab?.status === 'loading') await injectInto(tabId, tab.url);
  };
  return {
    updated(tabId: number, change: { status?: string }, tab: { url?: string; status?: string }): void {
      if (change.status === 'complete') {
        stopWaiting(tabId);
        void injectInto(tabId, tab.url).catch(report);
      } else if (tab.status === 'loading' && web(tab.url) && !slow.has(tabId)) {
        // From the first news of a load at an address the tab shows (the patron's granted origins only): a tab going
        // from elsewhere to a library shows the library's address once the page is on its way.
        slow.set(tabId, setTimeout(() => void whenSlow(tabId).catch(report), SLOW_PAGE_MS));
      }
    },
    removed: stopWaiting,
  };
}
