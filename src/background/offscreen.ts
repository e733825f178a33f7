import { browser } from 'wxt/browser';
import type { IsoDate, Library } from '../model';
import { OFFSCREEN_TARGET } from '../messaging/protocol';
import type { PageReading } from '../opac/types';
import { singleFlight } from './serial';

/** What the background asks the offscreen document: read this page. */
export interface OffscreenRead {
  target: typeof OFFSCREEN_TARGET;
  type: 'read';
  html: string;
  url: string;
  today: IsoDate;
  library: Library;
}

export function isOffscreenRead(raw: unknown): raw is OffscreenRead {
  const m = raw as Partial<OffscreenRead> | null;
  return m?.target === OFFSCREEN_TARGET && m.type === 'read' && typeof m.html === 'string' && typeof m.url === 'string';
}

const PATH = 'offscreen.html';

async function offscreenIsOpen(): Promise<boolean> {
  const url = browser.runtime.getURL(`/${PATH}`);
  const open = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT], documentUrls: [url] });
  return open.length > 0;
}

/**
 * Chrome allows one offscreen document per extension: reuse the open one, and never create two at once. Two reads
 * at the same moment join one opening (taken before any await); should Chrome still refuse a second document (one
 * opened meanwhile from elsewhere), the refusal is accepted once the document is seen open.
 */
const ensureOffscreen = singleFlight(() => PATH, async (): Promise<void> => {
  if (await offscreenIsOpen()) return;
  try {
    await chrome.offscreen.createDocument({ url: PATH, reasons: [chrome.offscreen.Reason.DOM_PARSER], justification: 'Read fetched library pages (holds and loans).' });
  } catch (error) {
    if (!(await offscreenIsOpen())) throw error;
  }
});

/** Chrome's service worker has no DOM: pages are read in the offscreen document. */
export async function readInOffscreen(html: string, url: string, today: IsoDate, library: Library): Promise<PageReading> {
  await ensureOffscreen();
  const request: OffscreenRead = { target: OFFSCREEN_TARGET, type: 'read', html, url, today, library };
  const reading = (await browser.runtime.sendMessage(request)) as PageReading | undefined;
  if (!reading) throw new Error('the offscreen document did not answer');
  return reading;
}
