/** A tab that paints no frames (hidden) is read this long after its load event. */
const NO_FRAME_MS = 100;

/**
 * When the content script's files run (src/content/early.ts) and read the page: once it is parsed (they are injected
 * at document_start, before its HTML), then loaded. Evaluating and reading before the load would hold the page's
 * load event up, so its own load goes first, but no longer than `maxMs` after it was parsed, so a page still fetching
 * images does not keep its badges waiting. After the load, in the next animation frame, before it is painted: after
 * the load event's own handlers, and in time for the badges to be in the frame that first shows a quick page. Only
 * the browser's own events count: one the page's script dispatches does not move Uketori.
 */
export async function pageLoaded(doc: Document, maxMs = 100): Promise<void> {
  const win = doc.defaultView;
  if (!win) return;
  if (doc.readyState === 'loading') await trusted(doc, 'DOMContentLoaded');
  if (doc.readyState === 'complete') return;
  if (await trusted(win, 'load', maxMs)) await nextFrame(win);
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
