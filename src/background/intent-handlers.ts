import type { From, Handlers } from '../messaging/channel';
import { INTENT_KEYS, type IntentKey } from '../features/intents';
import type { BackgroundEdges } from './edges';

type IntentHandlers = Pick<Handlers, 'intents' | 'setIntent'>;

/** Where one tab's intent at one library is kept in the extension's session storage. */
export const intentSlot = (tabId: number, libraryId: string, key: IntentKey) => `intent|${tabId}|${libraryId}|${key}`;

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
