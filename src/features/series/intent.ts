import { readIntentValue, writeIntentValue } from '../intents';

/**
 * What the series feature asks of the cart page the tab is about to open, and of the library's pages after it:
 * which titles to reserve, in which order, through the library's ordered reservation or not, and whether the
 * patron's click already covers the library's final 予約する (the queue's one-click next volume). Kept as an intent
 * of the tab (../intents.ts): the extension's session storage, out of the page's reach.
 */
export interface CartIntent {
  bibIds: string[];
  /** The titles as the result list showed them: a confirmation screen is checked against them before its final click. */
  titles: string[];
  ordered: boolean;
  /** Go on through the library's confirmation and press its final button. */
  finish: boolean;
  /** The words of the library's buttons Uketori pressed so far: none is pressed twice, and a page other than the cart
   *  is continued only when one of them led there. */
  pressed: string[];
  at: number;
}

const KEY = 'seriesCart';
const TTL_MS = 10 * 60_000;

export function writeIntent(doc: Document, intent: CartIntent): void {
  void writeIntentValue(doc, KEY, intent);
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((b): b is string => typeof b === 'string') : []);

export function readIntent(doc: Document, now = Date.now()): CartIntent | null {
  try {
    const raw = readIntentValue(doc, KEY) as Partial<Record<keyof CartIntent, unknown>> | null;
    if (!raw || !Array.isArray(raw.bibIds) || typeof raw.at !== 'number' || now - raw.at > TTL_MS) return null;
    return { bibIds: strings(raw.bibIds), titles: strings(raw.titles), ordered: raw.ordered === true, finish: raw.finish === true, pressed: strings(raw.pressed), at: raw.at };
  } catch {
    return null;
  }
}

export function clearIntent(doc: Document): void {
  void writeIntentValue(doc, KEY, null);
}
