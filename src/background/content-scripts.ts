import { browser } from 'wxt/browser';
import { originPattern } from '../libraries/origin-pattern';
import { isPageFactsKey, pageFactsKey, type PageFacts } from '../messaging/page-facts';
import type { Library } from '../model';
import { partFile, type PartName } from '../messaging/parts';
import { familyIdFor, FAMILY_SIGNATURES } from '../opac/signatures';

const SCRIPT_ID = 'uketori-opac';
const SCRIPT_FILE = 'opac.js';

/** Library origins granted whose pages need the same files beside the content script. */
export interface ScriptGroup {
  parts: PartName[];
  matches: string[];
}

/** Match patterns of the patron's libraries that the browser has actually granted (the patron can revoke any time). */
export async function grantedPatterns(libraries: Library[]): Promise<string[]> {
  const patterns = new Set(libraries.flatMap((l) => l.origins).map(originPattern));
  const granted: string[] = [];
  for (const pattern of patterns) if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  return granted;
}

/**
 * The granted library patterns grouped by the files their libraries' pages are read with: the family a row names,
 * or the one its listed address shows; for a row that names no family, every family's URL signature
 * (part-signatures), so that a page elsewhere on the origin showing a family has that family's file injected.
 */
export function scriptGroups(libraries: Library[], granted: string[]): ScriptGroup[] {
  const byPattern = new Map<string, Set<PartName>>();
  for (const library of libraries) {
    for (const origin of library.origins) {
      const pattern = originPattern(origin);
      if (!granted.includes(pattern)) continue;
      const parts = byPattern.get(pattern) ?? new Set<PartName>();
      const family = familyIdFor(new URL(origin), library);
      if (family) parts.add(`family-${family}`);
      if (!FAMILY_SIGNATURES.some((s) => s.id === library.family)) parts.add('part-signatures');
      byPattern.set(pattern, parts);
    }
  }
  const groups = new Map<string, ScriptGroup>();
  for (const [pattern, parts] of byPattern) {
    const sorted = [...parts].sort();
    const group = groups.get(sorted.join()) ?? { parts: sorted, matches: [] };
    group.matches.push(pattern);
    groups.set(sorted.join(), group);
  }
  return [...groups.values()];
}

/**
 * Keep the OPAC content script registered for exactly the granted library patterns, one registration per group,
 * each with its files after the core script (they take the core's modules from it), named in its id without their
 * `family-`/`part-` prefixes.
 */
export async function syncContentScripts(groups: ScriptGroup[]): Promise<void> {
  const scripts = groups.map(({ parts, matches }) => ({
    id: [SCRIPT_ID, ...parts.map((p) => p.replace(/^(?:family|part)-/, ''))].join('-'),
    js: [SCRIPT_FILE, ...parts.map(partFile)],
    matches,
    // Not document_idle: Chromium holds the page's load event back for an idle injection (6 to 19 ms on the bench's
    // machine even for a one-line script). At document_start only the script's first lines run (src/content/early.ts):
    // the core and the files after it are evaluated once the page has loaded.
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  }));
  const registered = (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id === SCRIPT_ID || id.startsWith(`${SCRIPT_ID}-`));
  const stale = registered.filter((id) => !scripts.some((s) => s.id === id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const kept = scripts.filter((s) => registered.includes(s.id));
  const added = scripts.filter((s) => !registered.includes(s.id));
  if (kept.length > 0) await browser.scripting.updateContentScripts(kept);
  if (added.length > 0) await browser.scripting.registerContentScripts(added);
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
