/**
 * What the series feature asks of the cart page the tab is about to open: which titles to reserve, in which order,
 * and whether through the library's ordered reservation. Kept in the page origin's session storage (ids only), so
 * it lives exactly as long as the tab and never leaves the library's site.
 */
export interface CartIntent {
  bibIds: string[];
  ordered: boolean;
  /** The library's ordered-reservation button was pressed once already: never press it twice. */
  switched: boolean;
  at: number;
}

const KEY = 'uketori.seriesCart';
const TTL_MS = 10 * 60_000;

export function writeIntent(doc: Document, intent: CartIntent): void {
  doc.defaultView?.sessionStorage.setItem(KEY, JSON.stringify(intent));
}

export function readIntent(doc: Document, now = Date.now()): CartIntent | null {
  try {
    const raw = JSON.parse(doc.defaultView?.sessionStorage.getItem(KEY) ?? 'null') as Partial<CartIntent> | null;
    if (!raw || !Array.isArray(raw.bibIds) || typeof raw.at !== 'number' || now - raw.at > TTL_MS) return null;
    return { bibIds: raw.bibIds.filter((b): b is string => typeof b === 'string'), ordered: raw.ordered === true, switched: raw.switched === true, at: raw.at };
  } catch {
    return null;
  }
}

export function clearIntent(doc: Document): void {
  doc.defaultView?.sessionStorage.removeItem(KEY);
}
