// Evaluated first of the content script's modules (entrypoints/opac.ts imports it first): `npm run bench`
// measures from here to uketori:start the cost of evaluating the script's modules, which runs before the page's load
// event at document_idle.
performance.mark('uketori:injected');
