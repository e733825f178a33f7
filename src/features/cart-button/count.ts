import type { FamilyHooks } from '../../opac/types';

/** A cart count the page shows in its own words: 予約カート (1), カート（3）, 予約かご(2). */
const COUNT = /^(.*(?:カート|かご)\s*[（(]\s*)(\d+)(\s*[)）].*)$/s;

/** The page's cart counts: in its own words, and in the count badges its family keeps apart from the word. */
function countNodes(doc: Document, badges: string | null): Array<{ node: Text; count: number }> {
  const found: Array<{ node: Text; count: number }> = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const match = COUNT.exec(node.nodeValue ?? '');
    if (match && !node.parentElement?.closest('[data-uketori]')) found.push({ node: node as Text, count: Number(match[2]) });
  }
  for (const el of badges ? Array.from(doc.querySelectorAll(badges)) : []) {
    const text = el.firstChild;
    if (text?.nodeType === 3 && /^\s*\d+\s*$/.test(text.nodeValue ?? '')) found.push({ node: text as Text, count: Number(text.nodeValue) });
  }
  return found;
}

/**
 * After a cart add, show on the page the cart count the library's answer shows, so the page and Uketori agree
 * without a reload. Only the number in the page's own count text changes; nothing when the answer shows no count.
 */
export function syncCartCount(page: Document, answer: Document, family: FamilyHooks | null): void {
  const badges = family?.cartCountSelector ?? null;
  const fresh = countNodes(answer, badges)[0];
  if (!fresh) return;
  for (const { node } of countNodes(page, badges)) {
    node.nodeValue = COUNT.test(node.nodeValue ?? '')
      ? (node.nodeValue ?? '').replace(COUNT, (_m, before: string, _n: string, after: string) => `${before}${fresh.count}${after}`)
      : String(fresh.count);
  }
}
