import '../src/content/injected';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { whileInstalled } from '../src/content/installed';
import { mark } from '../src/content/marks';
import { runOnPage } from '../src/content/run';
import { clockReady } from '../src/messaging/clock-ready';

// The OPAC content script's core: registered at runtime, at document_start, for the library origins the patron
// granted, with the family files of their libraries after it (src/background/content-scripts.ts). It asks what it
// needs to know while the page loads, and reads the page once it has loaded (src/content/run.ts).
export default defineUnlistedScript(() => {
  // `npm run bench` measures from uketori:injected to here the cost of evaluating the script's modules.
  mark('main');
  void runOnPage(document, location.href, whileInstalled(document), clockReady());
});
