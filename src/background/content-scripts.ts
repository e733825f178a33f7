import { browser } from 'wxt/browser';
import { originPattern } from '../libraries/origin-pattern';
import { isPageFactsKey, pageFactsKey, type PageFacts } from '../messaging/page-facts';
import type { Library } from '../model';

const SCRIPT_ID = 'uketori-opac';
const SCRIPT_FILE = 'content-scripts/opac.js';

/** Match patterns of the patron's libraries that the browser has actually granted (the patron can revoke any time). */
export async function grantedPatterns(libraries: Library[]): Promise<string[]> {
  const patterns = new Set(libraries.flatMap((l) => l.origins).map(originPattern));
  const granted: string[] = [];
  for (const pattern of patterns) if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  return granted;
}

/** Keep the OPAC content script registered for exactly the granted library patterns. */
export async function syncContentScripts(matches: string[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, js: [SCRIPT_FILE], matches, runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/**
 * Keep what the content script reads before the first paint (src/messaging/page-facts.ts) for exactly the granted
 * library origins: the rows listed at each origin and the feature switches. Written with the registrations, so a page
 * the script runs on finds them.
 */
export async function syncPageFacts(libraries: Library[], granted: string[], switches: Record<string, boolean>): Promise<void> {
  const facts = new Map<string, PageFacts>();
  for (const library of libraries) {
    for (const origin of library.origins) {
      if (!granted.includes(originPattern(origin))) continue;
      const key = pageFactsKey(new URL(origin).origin);
      const entry = facts.get(key) ?? { libraries: [], switches };
      if (!entry.libraries.includes(library)) entry.libraries.push(library);
      facts.set(key, entry);
    }
  }
  const stale = Object.keys(await browser.storage.local.get(null)).filter((key) => isPageFactsKey(key) && !facts.has(key));
  if (stale.length > 0) await browser.storage.local.remove(stale);
  if (facts.size > 0) await browser.storage.local.set(Object.fromEntries(facts));
}
