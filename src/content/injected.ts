import { mark } from './marks';

// Evaluated first of the content script's modules (entrypoints/opac.ts imports it first): `npm run bench`
// measures from here to uketori:main the cost of evaluating the script's modules, which runs once the page has loaded
// (src/content/early.ts).
mark('injected');
