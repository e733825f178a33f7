import { browser } from 'wxt/browser';
import { pageFactsKey } from '../messaging/page-facts';
import { TEST_CLOCK_KEY } from '../model/clock';
import { pageLoaded } from './idle';

/**
 * What the content script's first lines leave on the isolated world's global (the page's script cannot see that
 * world) for the files registered with them: the core, its family's file and the parts injected later.
 */
export interface Early {
  /**
   * What the core reads first from storage.local, asked for at document_start so that it is there when the page has
   * loaded: the page facts of this origin (and, in the e2e build, the test clock's shift).
   */
  stored: Promise<Record<string, unknown>>;
  /** Run a file's code once the page has loaded, in its next frame (src/content/idle.ts); at once after that. */
  later(run: () => void): void;
}

/** The global the first lines leave, read by name in the code tools/content-parts.ts wraps every file in. */
export const EARLY_GLOBAL = '__uketoriEarly';

/**
 * The content script's first lines, bundled before the core (tools/content-parts.ts): at document_start they only
 * ask for what the core reads first, and keep every file's code, in order, until the page has loaded. Evaluating the
 * core (its modules, about 1 ms) before the page's load event would hold that event up; run in the frame after it,
 * the core reads the page and paints its badges before that frame is painted.
 */
export function startEarly(doc: Document): void {
  const keys = [pageFactsKey(doc.location.origin)];
  if (import.meta.env.MODE === 'e2e') keys.push(TEST_CLOCK_KEY);
  const waiting: Array<() => void> = [];
  let loaded = false;
  const run = (code: () => void) => {
    try {
      code();
    } catch (error) {
      console.info('[Uketori]', error);
    }
  };
  const early: Early = {
    stored: browser.storage.local.get(keys),
    later: (code) => (loaded ? run(code) : waiting.push(code)),
  };
  early.stored.catch(() => undefined); // read by the core, which handles a refusal
  (globalThis as Record<string, unknown>)[EARLY_GLOBAL] = early;
  void pageLoaded(doc).then(() => {
    loaded = true;
    waiting.splice(0).forEach(run);
  });
}

/** What the first lines left, for the core; undefined where they did not run (unit tests). */
export function early(): Early | undefined {
  return (globalThis as Record<string, unknown>)[EARLY_GLOBAL] as Early | undefined;
}
