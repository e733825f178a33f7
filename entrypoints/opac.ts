import '../src/content/injected';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { whileInstalled } from '../src/content/installed';
import { runOnPage } from '../src/content/run';
import { clockReady } from '../src/messaging/clock-ready';

// The OPAC content script's core: registered at runtime, at document_idle, for the library origins the patron
// granted, with the family files of their libraries after it (src/background/content-scripts.ts).
export default defineUnlistedScript(() => {
  // Where `npm run bench` starts the clock for badges (src/content/run.ts marks the end).
  performance.mark('uketori:start');
  void runOnPage(document, location.href, whileInstalled(document), clockReady());
});
