/** Labels a library puts before the number of the card that is logged in (the page's own text, not a form field). */
const LABEL = /(?:利用者カード番号|利用カード番号|図書館カード番号|カード番号|利用者番号|利用者ID)\s*[:：]\s*([0-9０-９A-Za-zＡ-Ｚａ-ｚ-]{4,20})/u;

/**
 * The card the library's page shows as logged in ("カード番号: 0123456"), or null when it shows none. This is the
 * only evidence Uketori takes of whose records a page holds: never the number last typed into a form, which the
 * library may have refused. Text inside forms (a login form's labels and fields) does not count; two different
 * numbers on one page are no evidence either.
 */
export function shownCard(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  const found = new Set<string>();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('form, script, style, textarea, [data-uketori]')) continue;
    const match = LABEL.exec(textAround(parent));
    if (match) found.add(match[1]!.normalize('NFKC').replace(/-/g, ''));
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The element's own text, where a label and its number may be split over a few inline nodes. */
function textAround(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ');
}
