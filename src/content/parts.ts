import type { PartName } from '../messaging/parts';
import { send } from '../messaging/send';

/** What each file injected beside the core hands over when it runs (entrypoints/part-*.ts, family-*.ts). */
const provided = new Map<PartName, unknown>();

export function provide(name: PartName, value: unknown): void {
  provided.set(name, value);
}

/** A part's exports if its file has run in this frame. */
export function providedPart<T>(name: PartName): T | undefined {
  return provided.get(name) as T | undefined;
}

/** The injections asked for and not yet answered: callers at the same moment (queued renewals) share one. */
const loading = new Map<PartName, Promise<unknown>>();

/**
 * A part's exports, its file injected by the background into this frame first if it has not run here yet. A file
 * injected with the content script runs right after it, so it is usually here before it is asked for.
 */
export async function loadPart<T>(name: PartName): Promise<T> {
  if (!provided.has(name)) {
    const asked = loading.get(name) ?? send({ type: 'loadPart', name }).finally(() => loading.delete(name));
    loading.set(name, asked);
    await asked;
  }
  if (!provided.has(name)) throw new Error(`${name} did not load`);
  return provided.get(name) as T;
}
