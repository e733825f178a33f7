import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnPage } from '../src/content/run';

// Registered at runtime for the library origins the patron granted (see src/background/content-scripts.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    void runOnPage(document, location.href, ctx.signal);
  },
});
