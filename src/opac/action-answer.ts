import { normalizeText } from '../model/text';
import type { ActionTarget } from './action-types';
import { MESSAGE_SELECTOR } from './messages';
import type { PageReading } from './types';

// What the library says after a press: read only once a press has been made (part-act in the content script), so
// apart from ./actions.ts, which the lists read to know which buttons to offer.

/** What a screen of the library says after a press. */
export type ActionAnswer =
  | { kind: 'done'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'needs_login'; loginUrl: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'unclear' };

const DONE = /取り?消し?ました|取消(?:し|処理)?が完了|取り?消しました|延長しました|延長を行いました|延長が完了|変更しました|修正が完了/;
const REFUSED = /(?:でき|出来)ません|該当する予約はありません|ありません。|チェックしてください/;

/**
 * The library's answer to a press, in its own words: a message naming success, or one refusing (the lines the
 * library prints about the request, never the notes every list carries), the login page, or nothing clear yet.
 */
export function readActionAnswer(response: { url: string; status: number; doc: Document }, reading: PageReading, target: ActionTarget): ActionAnswer {
  if (reading.page === 'login') return { kind: 'needs_login', loginUrl: response.url };
  if (response.status >= 400) return { kind: 'failed', reason: `HTTP ${response.status}` };
  const messages = messagesOf(response.doc);
  const about = messages.filter((m) => namesTitle(m, target) || !/[：:]/.test(m));
  const done = about.find((m) => DONE.test(m)) ?? sentences(response.doc).find((s) => DONE.test(s));
  if (done) return { kind: 'done', message: done };
  const refused = about.find((m) => REFUSED.test(m));
  if (refused) return { kind: 'refused', message: refused };
  return { kind: 'unclear' };
}

/** The lines a library prints about the request just made (its message areas). */
function messagesOf(doc: Document): string[] {
  return Array.from(doc.querySelectorAll(`${MESSAGE_SELECTOR}, li.error, ul.message li, div.report li`))
    .map((el) => normalizeText(el.textContent ?? ''))
    .filter(Boolean);
}

/** Short block texts of the page (a result screen that prints its message in a plain paragraph). */
function sentences(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('p, li, h1, h2, h3, div'))
    .filter((el) => el.children.length === 0 || el.tagName.toUpperCase() === 'P')
    .map((el) => normalizeText(el.textContent ?? ''))
    .filter((s) => s.length > 0 && s.length < 200);
}

/** Whether a text names the record: its title, and its volume when it has one. */
export function namesTitle(text: string, target: Pick<ActionTarget, 'title' | 'volume'>): boolean {
  const hay = normalizeText(text).replace(/\s/g, '');
  const title = normalizeText(target.title).replace(/\s/g, '');
  if (!title || !hay.includes(title)) return false;
  const volume = target.volume ? normalizeText(target.volume).replace(/\s/g, '') : '';
  return !volume || hay.includes(volume);
}
