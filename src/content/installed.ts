import { browser } from 'wxt/browser';

/**
 * Aborts once this copy of the content script has lost its extension (updated, reloaded or removed: its runtime is
 * gone and its buttons could reach nothing): noticed when the patron comes back to the tab, and its UI then leaves
 * the page. The page's own events cannot stop it: only the missing runtime does.
 */
export function whileInstalled(doc: Document): AbortSignal {
  const stop = new AbortController();
  const check = () => {
    if (browser.runtime?.id == null) stop.abort();
  };
  doc.addEventListener('visibilitychange', check, { signal: stop.signal });
  doc.defaultView?.addEventListener('focus', check, { signal: stop.signal });
  return stop.signal;
}
