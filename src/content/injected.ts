import { mark } from './marks';

// Evaluated first of the content script's modules (entrypoints/opac.ts imports it first): `npm run bench`
// measures from here to uketori:main the cost of evaluating the script's modules, injected once the page has loaded
// (src/background/page-injection.ts).
mark('injected');
