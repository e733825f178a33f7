import { browser } from 'wxt/browser';
import type { Library } from '../model';

/**
 * What the content script needs before it reads a page of a library origin: the library rows listed at that origin
 * and the patron's feature switches. The background keeps them in storage.local, one key per origin, whenever it
 * (re)registers the content script or the switches change, so the first paint waits for no round trip to it.
 * storage.local is the extension's: the page's own script can neither read nor write it.
 */
export interface PageFacts {
  libraries: Library[];
  switches: Record<string, boolean>;
}

const PREFIX = 'pageFacts:';

export const pageFactsKey = (origin: string) => `${PREFIX}${origin}`;

export const isPageFactsKey = (key: string) => key.startsWith(PREFIX);

/**
 * The facts kept for a page's origin, from `asked` when the content script's first lines already asked storage.local
 * for them; null when the background has not written them (yet).
 */
export async function readPageFacts(origin: string, asked?: Promise<Record<string, unknown>>): Promise<PageFacts | null> {
  const key = pageFactsKey(origin);
  const stored = (await (asked ?? browser.storage.local.get(key)))[key] as PageFacts | undefined;
  return stored ?? null;
}
