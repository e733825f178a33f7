/**
 * What a feature asks of the tab's next pages (titles to add after login, a series to reserve through the cart): an
 * intent. Intents live in the extension's session storage, keyed by tab and library, never in the page's storage, so
 * the page's own script can neither read nor write them. The content script loads this tab's intents before the
 * features mount; features read them at once and write them through, in order.
 */
export const INTENT_KEYS = ['pendingCart', 'pendingAction', 'seriesCart'] as const;
export type IntentKey = (typeof INTENT_KEYS)[number];

/** Where intents are kept beyond this page: the background's session storage (null: this page only, as in tests). */
export type IntentBackend = (key: IntentKey, value: unknown) => Promise<void>;

interface Store {
  values: Map<IntentKey, unknown>;
  save: IntentBackend | null;
  queue: Promise<void>;
}
const stores = new WeakMap<Document, Store>();

function storeOf(doc: Document): Store {
  let store = stores.get(doc);
  if (!store) stores.set(doc, (store = { values: new Map(), save: null, queue: Promise.resolve() }));
  return store;
}

/** The content script: this tab's intents as the background keeps them, and where to write them. */
export function attachIntents(doc: Document, values: Partial<Record<IntentKey, unknown>>, save: IntentBackend): void {
  const store = storeOf(doc);
  store.save = save;
  for (const key of INTENT_KEYS) if (values[key] !== undefined && values[key] !== null) store.values.set(key, values[key]);
}

export function readIntentValue(doc: Document, key: IntentKey): unknown {
  return storeOf(doc).values.get(key) ?? null;
}

/** Set (or, with null, remove) an intent; the write reaches the background in the order made. */
export function writeIntentValue(doc: Document, key: IntentKey, value: unknown): Promise<void> {
  const store = storeOf(doc);
  if (value === null) store.values.delete(key);
  else store.values.set(key, value);
  const save = store.save;
  if (save) store.queue = store.queue.then(() => save(key, value)).catch((error: unknown) => console.info('[Uketori]', error));
  return store.queue;
}

/** How long something asked before a login waits for it: a login takes minutes, not hours. */
const PENDING_TTL_MS = 10 * 60_000;

function pendingOf(doc: Document, key: IntentKey): Array<{ id: string; at: number }> {
  const raw = readIntentValue(doc, key) ?? [];
  return Array.isArray(raw) ? raw.filter((p): p is { id: string; at: number } => typeof p?.id === 'string' && typeof p?.at === 'number') : [];
}

/** Remember that `id` (a title to add, an action to run) is to be finished once the patron has logged in. */
export function addPending(doc: Document, key: IntentKey, id: string): void {
  void writeIntentValue(doc, key, [...pendingOf(doc, key).filter((p) => p.id !== id), { id, at: Date.now() }]);
}

/** What was waiting for a login, fresh ones only; taken (removed) once read, so it runs once. */
export function takePending(doc: Document, key: IntentKey): Set<string> {
  const all = pendingOf(doc, key);
  if (all.length > 0) void writeIntentValue(doc, key, null);
  return new Set(all.filter((p) => Date.now() - p.at < PENDING_TTL_MS).map((p) => p.id));
}
