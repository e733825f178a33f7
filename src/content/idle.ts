/** A tab that paints no frames (hidden) is read this long after its load event. */
const NO_FRAME_MS = 100;

/**
 * When the content script reads the page. The background injects it once the page has loaded, or while a slow page is
 * still loading (src/background/page-injection.ts). A loaded page is read in the next task, after the files injected
 * with the script. A page still loading is read once it is parsed, then loaded, in the next animation frame, before
 * that frame is painted: reading before the load would hold that event up, so the page's own load goes first, but no
 * longer than `maxMs` after it was parsed, so a page still fetching images does not keep its badges waiting. Only the
 * browser's own events count: one the page's script dispatches does not move Uketori.
 */
export async function pageLoaded(doc: Document, maxMs = 100): Promise<void> {
  const win = doc.defaultView;
  if (!win) return;
  if (doc.readyState === 'complete') return new Promise((done) => void setTimeout(done));
  if (doc.readyState === 'loading') await trusted(doc, 'DOMContentLoaded');
  // Parsed now: loaded too, maybe, while it was (the type does not know the wait above).
  if ((doc.readyState as DocumentReadyState) === 'complete' || (await trusted(win, 'load', maxMs))) await nextFrame(win);
}

/** The next animation frame's callbacks (run before the frame is painted), or NO_FRAME_MS in a tab that paints none. */
function nextFrame(win: Window): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, NO_FRAME_MS);
    win.requestAnimationFrame(() => (clearTimeout(timer), done()));
  });
}

/**
 * Whether the target's first trusted `type` event came (true) or `maxMs` went by first (false); what comes after the
 * first of the two changes nothing.
 */
function trusted(target: EventTarget, type: string, maxMs?: number): Promise<boolean> {
  return new Promise((done) => {
    if (maxMs !== undefined) setTimeout(() => done(false), maxMs);
    target.addEventListener(type, (event) => void (event.isTrusted && done(true)));
  });
}
