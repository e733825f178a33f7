import type { From, Handlers } from '../messaging/channel';
import { INTENT_KEYS, type IntentKey } from '../features/intents';
import type { Library } from '../model';
import { libraryForUrl } from '../opac/registry';
import type { BackgroundEdges } from './edges';

type IntentHandlers = Pick<Handlers, 'intents' | 'setIntent'>;

/** Where one tab's intent at one library is kept in the extension's session storage. */
export const intentSlot = (tabId: number, libraryId: string, key: IntentKey) => `intent|${tabId}|${libraryId}|${key}`;

/** The tab and library of a stored intent slot, or null for any other item of session storage. */
function slotOf(item: string): { tabId: number; libraryId: string } | null {
  const match = /^intent\|(\d+)\|(.+)\|[^|]+$/.exec(item);
  return match ? { tabId: Number(match[1]), libraryId: match[2]! } : null;
}

/**
 * A tab closed, or went to a page (`url`; null when the browser does not show it, which it does only for the
 * granted library origins): the tab's intents at every library it is no longer on are removed, so an old series or
 * pending add can never act on a later visit.
 */
export async function dropTabIntents(session: BackgroundEdges['session'], tabId: number, url: string | null, libraries: () => Promise<Library[]>): Promise<void> {
  const mine = Object.keys(await session.get(null)).filter((item) => slotOf(item)?.tabId === tabId);
  if (mine.length === 0) return;
  const here = url === null ? null : libraryOn(url, await libraries());
  const gone = mine.filter((item) => slotOf(item)?.libraryId !== here);
  if (gone.length > 0) await session.remove(gone);
}

function libraryOn(url: string, libraries: Library[]): string | null {
  try {
    const page = new URL(url);
    return /^https?:$/.test(page.protocol) ? (libraryForUrl(page, libraries)?.id ?? null) : null;
  } catch {
    return null;
  }
}

/** The tab a content script speaks from: intents have no meaning anywhere else. */
function tabOf({ caller, tabId }: From): number {
  if (caller.kind !== 'content' || tabId === undefined) throw new Error('intents belong to a library page in a tab');
  return tabId;
}

/** Intents of a tab (../features/intents.ts): in the extension's session storage, never in the page's. */
export function intentHandlers(edges: BackgroundEdges): IntentHandlers {
  return {
    async intents({ libraryId }, from) {
      const tab = tabOf(from);
      const stored = await edges.session.get(INTENT_KEYS.map((key) => intentSlot(tab, libraryId, key)));
      return Object.fromEntries(INTENT_KEYS.flatMap((key) => {
        const value = stored[intentSlot(tab, libraryId, key)];
        return value === undefined ? [] : [[key, value]];
      }));
    },
    async setIntent({ libraryId, key, value }, from) {
      const slot = intentSlot(tabOf(from), libraryId, key);
      if (value === null || value === undefined) await edges.session.remove(slot);
      else await edges.session.set({ [slot]: value });
      return {};
    },
  };
}
