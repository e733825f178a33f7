import { browser } from 'wxt/browser';
import { originPattern } from '../libraries/origin-pattern';
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
