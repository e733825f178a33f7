import type { HoldRecordInput } from '../model';
import { normalizeText } from '../model/text';

/** A sentence about cancelling or changing a hold that says the web cannot, or whom to tell. */
const ABOUT_ACTION = /(?:取消|取り消|キャンセル|変更)/;
const CANNOT_OR_CALL = /(?:でき|出来)ません|電話|連絡/;
/** A sentence that tells the patron whom to contact (お手数ですが…ご連絡ください). */
const WHOM_TO_TELL = /電話|連絡/;
const MAX_NOTE = 240;

/**
 * Where a holds list says the web cannot cancel or change a hold, its own words: the sentence naming the hold's state
 * (貸出可能, お取置き …) when there is one, else the first about cancelling or changing by phone or in person — with
 * the sentence after it in the same note when that one says whom to tell (…できません。お手数ですが…ご連絡ください。).
 * The page's sentences are gathered once (linear in the page); the finder is asked for every hold.
 */
export function libraryWords(doc: Document): (hold: Pick<HoldRecordInput, 'stateLabel'>) => string | null {
  const notes: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('p, li, dd, td, div.report, div.notice'))) {
    const raw = el.textContent ?? '';
    // Most cells of a long list say nothing of the kind: skipped before any folding.
    if (!ABOUT_ACTION.test(raw) || el.closest('[data-uketori]') !== null || el.querySelector('table, form') !== null) continue;
    const sentences = normalizeText(raw).split(/(?<=。)/).map((s) => s.replace(/^\s*※/, '').trim()).filter(Boolean);
    sentences.forEach((s, i) => {
      if (!ABOUT_ACTION.test(s) || !CANNOT_OR_CALL.test(s)) return;
      const next = sentences[i + 1];
      const note = next && /(?:でき|出来)ません/.test(s) && WHOM_TO_TELL.test(next) ? `${s}${next}` : s;
      if (note.length < MAX_NOTE) notes.push(note);
    });
  }
  const unique = [...new Set(notes)];
  return (hold) => {
    const label = normalizeText(hold.stateLabel);
    return (label && unique.find((s) => s.includes(label))) || unique[0] || null;
  };
}

/**
 * The holds of a list with the library's own words beside each the list does not let the web cancel (no cancel
 * control in its row): what the page and the popup say where only the library can act. Holds the web can cancel
 * carry none. Read from the page, as text.
 */
export function withLibraryNotes(holds: HoldRecordInput[], doc: Document): HoldRecordInput[] {
  if (!holds.some((h) => h.canCancel !== true)) return holds;
  const wordsFor = libraryWords(doc);
  return holds.map((h) => (h.canCancel === true ? h : { ...h, libraryNote: wordsFor(h) }));
}
