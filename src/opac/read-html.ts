import type { Library } from '../model';
import { readPage } from './read-page';
import type { PageReading, ReadContext } from './types';

/** Read a page fetched as text: parsed with the context's DOMParser (Firefox's background page, Chrome's offscreen document). */
export function readHtml(html: string, url: string, ctx: ReadContext, libraries: readonly Library[]): PageReading {
  return readPage(new URL(url), new DOMParser().parseFromString(html, 'text/html'), ctx, libraries);
}
