import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnPage } from '../src/content/run';
import { clockReady } from '../src/messaging/clock-ready';

// Registered at runtime for the library origins the patron granted (see src/background/content-scripts.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    // Where `npm run bench` starts the clock for badges (src/content/run.ts marks the end).
    performance.mark('uketori:start');
    void clockReady().then(() => runOnPage(document, location.href, ctx.signal));
  },
});
