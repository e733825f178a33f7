/**
 * When the page has loaded: Chromium runs a document_idle script as soon as the page is parsed, often just before
 * its load event, and reading and painting then would hold that event up. The page's own load goes first, but no
 * longer than `maxMs`, so a page still fetching images does not keep its badges waiting.
 */
export function pageLoaded(doc: Document, maxMs = 100): Promise<void> {
  const win = doc.defaultView;
  if (doc.readyState === 'complete' || !win) return Promise.resolve();
  return new Promise((done) => {
    const stop = new AbortController();
    const timer = setTimeout(() => (stop.abort(), done()), maxMs);
    // The browser's own load event only: one the page's script dispatches does not move Uketori.
    win.addEventListener('load', (event) => {
      if (!event.isTrusted) return;
      clearTimeout(timer);
      stop.abort();
      // After the load event's own handlers, not among them.
      setTimeout(done, 0);
    }, { signal: stop.signal });
  });
}
