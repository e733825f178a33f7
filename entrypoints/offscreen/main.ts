import { browser } from 'wxt/browser';
import { isOffscreenRead } from '../../src/background/offscreen';
import { readHtml } from '../../src/opac/read-html';

// Chrome only: the DOM the service worker lacks, for reading fetched pages.
browser.runtime.onMessage.addListener((raw: unknown) => {
  if (!isOffscreenRead(raw)) return undefined;
  return Promise.resolve(readHtml(raw.html, raw.url, { today: raw.today }, [raw.library]));
});
