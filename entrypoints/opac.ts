import '../src/content/injected';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { whileInstalled } from '../src/content/installed';
import { mark } from '../src/content/marks';
import { runOnPage } from '../src/content/run';
import { early } from '../src/content/early';
import { clockReady } from '../src/messaging/clock-ready';

// The OPAC content script's core: registered at runtime, at document_start, for the library origins the patron
// granted, with the family files of their libraries after it (src/background/content-scripts.ts). Its first lines
// (src/content/early.ts) ask for what it needs to know while the page loads, and run it once the page has loaded, in
// the frame that first shows the page, which it reads then (src/content/run.ts).
export default defineUnlistedScript(() => {
  // `npm run bench` measures from uketori:injected to here the cost of evaluating the script's modules.
  mark('main');
  const stored = early()?.stored;
  void runOnPage(document, location.href, whileInstalled(document), clockReady(undefined, stored), stored);
});
