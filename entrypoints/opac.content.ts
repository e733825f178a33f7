import '../src/content/injected';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnPage } from '../src/content/run';
import { clockReady } from '../src/messaging/clock-ready';

// Registered at runtime for the library origins the patron granted (see src/background/content-scripts.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  // WXT would announce every start to the page with window.postMessage: the page has no business knowing.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // WXT ends this copy when a document event says a newer copy started, and the page's script can send that event
    // too. Only a copy whose extension was updated or removed (its runtime gone) stops here.
    const stop = new AbortController();
    ctx.onInvalidated(() => {
      if (browser.runtime?.id == null) stop.abort();
    });
    // Where `npm run bench` starts the clock for badges (src/content/run.ts marks the end).
    performance.mark('uketori:start');
    void runOnPage(document, location.href, stop.signal, clockReady());
  },
});
