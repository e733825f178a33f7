import type { Library } from '../model';

/**
 * What the background hands the content script when it injects it into a library page, so that the page is read
 * with no round trip first: the library rows listed at the page's origin and the patron's feature switches; in the
 * e2e build, the test clock's shift too (src/model/clock.ts).
 */
export interface Handover {
  libraries: Library[];
  switches: Record<string, boolean>;
  clockShiftMs?: number;
}

/**
 * Run by the background in the page's isolated world (scripting.executeScript's `func`), right before the content
 * script's files: it is sent as source, so it names nothing outside itself, and gets the handover as JSON (Chromium
 * drops the nulls from an object passed as an argument, and a row's nulls say something). True when this document
 * had nothing handed over yet, and its files are to follow; false where they already ran (a page loaded again from
 * the back-forward cache, a second `complete` of the same document). The page's own script cannot see that world.
 */
export function handOver(json: string): boolean {
  const world = globalThis as { __uketoriHandover?: Handover };
  if (world.__uketoriHandover) return false;
  world.__uketoriHandover = JSON.parse(json) as Handover;
  return true;
}

/** What the background handed over in this document, for the content script's core; undefined if nothing was. */
export function handedOver(): Handover | undefined {
  return (globalThis as { __uketoriHandover?: Handover }).__uketoriHandover;
}
