import '../src/content/injected';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { whileInstalled } from '../src/content/installed';
import { mark } from '../src/content/marks';
import { runOnPage } from '../src/content/run';
import { handedOver } from '../src/messaging/handover';
import { clockReady } from '../src/messaging/clock-ready';

// The OPAC content script's core: injected by the background into a library page of an origin the patron granted,
// once the page has loaded (src/background/page-injection.ts), with the family files of its libraries after it and
// what it needs to know handed over before it (src/messaging/handover.ts). It reads the page in the next frame
// (src/content/run.ts).
export default defineUnlistedScript(() => {
  // `npm run bench` measures from uketori:injected to here the cost of evaluating the script's modules.
  mark('main');
  const handover = handedOver();
  void runOnPage(document, location.href, whileInstalled(document), clockReady(undefined, handover?.clockShiftMs), handover);
});
