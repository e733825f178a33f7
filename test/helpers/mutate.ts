import { decodeHtml } from '../../src/opac/decode';

/**
 * Seeded mutations of OPAC pages for robustness tests: what a library's pages do to a reader over the years (a
 * column dropped, a row doubled, a template half-rendered, the wrong charset). Every case is replayable from its seed.
 */

export type Random = () => number;

/** mulberry32: a small seeded generator. */
export function prng(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Text an OPAC cell can plausibly hold, and some it should not. */
const JUNK = ['', '　', 'ー', '0', '13/45', '99/99/99', '2026/02/30', '令和元年4月1日', '予約中 取消申込', '予約中 提供可能', '１２３', 'Ⅱ上', '貸出可能', '取置期限：', ':', '：：', '<', '\u0000', '𠮷野家'];
const FRAGMENTS = ['<table><tr><th>タイトル</th><th>予約状態</th></tr></table>', '<dl><dt>状態</dt></dl>', '<br>', '<hr>', '<a href="javascript:(">x</a>', '<a href="http://[bad">y</a>'];

/** The node-level changes; a test picks the ones its claim covers. */
export const NODE_MUTATIONS = {
  drop: (el: Element) => el.remove(),
  duplicate: (el: Element) => el.parentNode?.insertBefore(el.cloneNode(true), el.nextSibling),
  shuffle: (el: Element, random: Random) => [...el.children].sort(() => random() - 0.5).forEach((c) => el.appendChild(c)),
  text: (el: Element, random: Random) => void (el.textContent = pick(random, JUNK)),
  colspan: (el: Element, random: Random) => el.setAttribute('colspan', pick(random, ['0', '-3', 'abc', '1000', '2'])),
  move: (el: Element, random: Random, all: Element[]) => {
    const target = pick(random, all);
    if (!el.contains(target)) target.appendChild(el);
  },
  insert: (el: Element, random: Random) => el.insertAdjacentHTML('afterbegin', pick(random, FRAGMENTS)),
  attribute: (el: Element, random: Random) => (random() < 0.5 ? el.setAttribute('class', pick(random, ['delay', 'overdue', ''])) : el.setAttribute('disabled', '')),
} satisfies Record<string, (el: Element, random: Random, all: Element[]) => unknown>;

export type NodeMutation = keyof typeof NODE_MUTATIONS;
export const ALL_NODE_MUTATIONS = Object.keys(NODE_MUTATIONS) as NodeMutation[];

/** Apply one to six node-level changes to elements of the body, chosen by `random`. */
export function mutateDocument(doc: Document, random: Random, kinds: readonly NodeMutation[] = ALL_NODE_MUTATIONS): Document {
  for (let n = 1 + Math.floor(random() * 6); n > 0; n--) {
    const all = [...(doc.body?.querySelectorAll('*') ?? [])];
    if (all.length === 0) break;
    const el = pick(random, all);
    if (el.parentNode) NODE_MUTATIONS[pick(random, kinds)](el, random, all);
  }
  return doc;
}

/** HTML cut off at a random point, as a dropped connection leaves it. */
export function truncated(html: string, random: Random): string {
  return html.slice(0, Math.floor(random() * html.length));
}

/**
 * The page's bytes read the wrong way: bytes flipped or cut mid-character, or the charset declaration changed, then
 * decoded as a browser would (`decodeHtml`).
 */
export function brokenEncoding(html: string, random: Random): string {
  let text = html;
  const kind = random();
  if (kind < 0.3) text = text.replace(/charset=["']?[\w-]+/gi, `charset=${pick(random, ['Shift_JIS', 'EUC-JP', 'x-bogus', 'iso-2022-jp'])}`);
  const bytes = new TextEncoder().encode(text);
  if (kind >= 0.3) for (let i = 0; i < 1 + random() * 40; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
  const cut = kind > 0.8 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
  return decodeHtml(cut).text;
}

/** The longest table's rows repeated until it holds about `rows` of them, the way a patron with a long history sees it. */
export function hugeTable(doc: Document, rows: number): Document {
  const table = [...doc.querySelectorAll('table')].sort((a, b) => b.rows.length - a.rows.length)[0];
  const body = table?.tBodies[0] ?? table;
  const data = body ? [...body.querySelectorAll(':scope > tr')].slice(1) : [];
  if (!body || data.length === 0) return doc;
  for (let i = data.length; i < rows; i++) body.appendChild(data[i % data.length]!.cloneNode(true));
  return doc;
}
