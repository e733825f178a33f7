import { browser } from 'wxt/browser';
import type { Library } from '../model';

const SCRIPT_ID = 'uketori-opac';
const SCRIPT_FILE = 'content-scripts/opac.js';

/** Origins of the patron's libraries that the browser has actually granted (the patron can revoke any time). */
export async function grantedOrigins(libraries: Library[]): Promise<string[]> {
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  const origins = libraries.flatMap((l) => l.origins);
  const allowed: string[] = [];
  for (const origin of new Set(origins)) {
    if (granted.has(`${origin}/*`) || (await browser.permissions.contains({ origins: [`${origin}/*`] }))) allowed.push(origin);
  }
  return allowed;
}

/** Keep the OPAC content script registered for exactly the granted library origins. */
export async function syncContentScripts(origins: string[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const matches = origins.map((o) => `${o}/*`);
  if (matches.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, js: [SCRIPT_FILE], matches, runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
