/** A cart count the page shows in its own words: 予約カート (1), カート（3）, 予約かご(2). */
const COUNT = /^(.*(?:カート|かご)\s*[（(]\s*)(\d+)(\s*[)）].*)$/s;
/** Count badges some systems keep apart from the word (LICS-XP: a#stat-cart span.value). */
const COUNT_ELEMENTS = '#stat-cart .value';

function countNodes(doc: Document): Array<{ node: Text; count: number }> {
  const found: Array<{ node: Text; count: number }> = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const match = COUNT.exec(node.nodeValue ?? '');
    if (match && !node.parentElement?.closest('[data-uketori]')) found.push({ node: node as Text, count: Number(match[2]) });
  }
  for (const el of Array.from(doc.querySelectorAll(COUNT_ELEMENTS))) {
    const text = el.firstChild;
    if (text?.nodeType === 3 && /^\s*\d+\s*$/.test(text.nodeValue ?? '')) found.push({ node: text as Text, count: Number(text.nodeValue) });
  }
  return found;
}

/**
 * After a cart add, show on the page the cart count the library's answer shows, so the page and Uketori agree
 * without a reload. Only the number in the page's own count text changes; nothing when the answer shows no count.
 */
export function syncCartCount(page: Document, answer: Document): void {
  const fresh = countNodes(answer)[0];
  if (!fresh) return;
  for (const { node } of countNodes(page)) {
    node.nodeValue = COUNT.test(node.nodeValue ?? '')
      ? (node.nodeValue ?? '').replace(COUNT, (_m, before: string, _n: string, after: string) => `${before}${fresh.count}${after}`)
      : String(fresh.count);
  }
}
