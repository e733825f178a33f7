import type { ItemRecordInput } from '../../model';
import { normalizeText } from '../../model/text';
import { extractVolume } from '../volume';
import { DETAIL_WORDS, linkPattern, notRecordLink, type NotRecord } from './chrome';
import { bibIdOf, controlsIn, textOf } from './dom';
import { cartControls, idInBlock } from './items';

/**
 * Result items read from links, for lists that carry no labels (titles only as links to their own pages, e.g.
 * `ol.list-book` at winj-style OPACs). A link is a record only with evidence: it follows the page's record pattern
 * (the links of one list share a call or an address shape) and it has a per-record checkbox or cart control, or
 * bibliographic words beside it, or its pattern names a record's detail page and repeats. Pagination, toggles,
 * facets, author and subject links, menus and links to other sites are never records.
 */
export interface LinkReading {
  items: ItemRecordInput[];
  /** Why links that looked like titles were not taken, for the diagnostic. */
  rejected: Partial<Record<NotRecord | 'weak', number>>;
}

interface Candidate {
  link: Element;
  bibId: string;
  title: string;
  pattern: string;
}

/** Words that show a block is a bibliographic record: a role after a name, a publisher, a year, an ISBN. */
const BIB_WORDS = /[／/]\s*\S*(?:著|編|訳|作|絵|文|監修)|(?:^|\s)(?:著|編|訳)(?:\s|$)|出版|著者|ISBN|\b(?:19|20)\d{2}(?:[.年/]|\b)/;

/** The largest element around a record's link that holds no other record's link: where its controls are. */
function blockOf(record: Candidate, all: Candidate[]): Element {
  let block: Element = record.link;
  for (let parent = block.parentElement; parent && parent.tagName.toUpperCase() !== 'BODY'; parent = parent.parentElement) {
    if (all.some((o) => o.bibId !== record.bibId && parent!.contains(o.link))) break;
    block = parent;
  }
  return block;
}

/** Parameters of a link's address, or the arguments of the function it calls. */
function argsOf(link: Element, base: string): Map<string, string> {
  const code = `${link.getAttribute('href') ?? ''} ${link.getAttribute('onclick') ?? ''}`;
  const call = /(?:^|javascript:|\s|;)\s*[A-Za-z_$][\w$.]*\s*\(([^)]*)\)/.exec(code);
  if (/^\s*javascript:/i.test(link.getAttribute('href') ?? '') || (!link.getAttribute('href') && call)) {
    return new Map((call?.[1] ?? '').split(',').map((a, i) => [`arg${i}`, a.trim().replace(/^['"]|['"]$/g, '')] as const));
  }
  try {
    return new Map(new URL(link.getAttribute('href') ?? '', base).searchParams);
  } catch {
    return new Map();
  }
}

const ID_LIKE = /^(?=.*\d)[\w-]{1,40}$/;

/**
 * The id each link of one pattern carries: a parameter the lexicon of OPACs knows (bibid, biblioid, tilcod …), else
 * the one parameter whose values are id-like and differ from link to link (bibno=5001, 5002 …).
 */
function idsOf(group: Array<{ link: Element }>, base: string): Array<string | null> {
  const known = group.map(({ link }) => bibIdOf(link, base));
  if (known.every((k) => k !== null) || group.length < 2) return known;
  const args = group.map(({ link }) => argsOf(link, base));
  const names = [...(args[0]?.keys() ?? [])].filter((n) => args.every((a) => ID_LIKE.test(a.get(n) ?? '')));
  const varying = names.filter((n) => new Set(args.map((a) => a.get(n))).size > 1);
  return varying.length === 1 ? args.map((a) => a.get(varying[0]!) ?? null) : known;
}

export function linkItems(doc: Document, base: string, pageCart: boolean): LinkReading {
  const rejected: LinkReading['rejected'] = {};
  const linksByPattern = new Map<string, Array<{ link: Element; title: string }>>();
  for (const link of Array.from(doc.querySelectorAll('a[href], a[onclick]'))) {
    const title = normalizeText(textOf(link));
    if (!title) continue;
    const why = notRecordLink(link, base);
    if (why) {
      rejected[why] = (rejected[why] ?? 0) + 1;
      continue;
    }
    const pattern = linkPattern(link, base);
    linksByPattern.set(pattern, [...(linksByPattern.get(pattern) ?? []), { link, title }]);
  }
  const candidates: Candidate[] = [...linksByPattern].flatMap(([pattern, group]) => {
    const ids = idsOf(group, base);
    return group.flatMap(({ link, title }, i) => (ids[i] ? [{ link, title, pattern, bibId: ids[i]! }] : []));
  });
  // The page's record pattern: the one with the most distinct ids (a record's cover and title links count once).
  const byPattern = new Map<string, Set<string>>();
  for (const c of candidates) byPattern.set(c.pattern, (byPattern.get(c.pattern) ?? new Set()).add(c.bibId));
  const ranked = [...byPattern].sort(([pa, a], [pb, b]) => b.size - a.size || Number(DETAIL_WORDS.test(pb)) - Number(DETAIL_WORDS.test(pa)));
  const pattern = ranked[0]?.[0];
  const records = candidates.filter((c) => c.pattern === pattern);
  const repeated = new Set(records.map((c) => c.bibId)).size >= 2;
  const seen = new Set<string>();
  const items: ItemRecordInput[] = [];
  for (const c of records) {
    if (seen.has(c.bibId)) continue;
    seen.add(c.bibId);
    const block = blockOf(c, records);
    const controls = controlsIn(block);
    const cart = cartControls(controls).some((x) => !x.disabled);
    const ticked = controls.some((x) => x.kind === 'checkbox' && !x.disabled);
    const aside = normalizeText(textOf(block).replace(c.title, ' '));
    const evidence = [DETAIL_WORDS.test(c.pattern), cart || ticked, BIB_WORDS.test(aside), repeated].filter(Boolean).length;
    if (evidence < 2) {
      rejected.weak = (rejected.weak ?? 0) + 1;
      continue;
    }
    // A script link's argument may be a row number (move_title(3)); an id field of the record's own (its checkbox
    // editNoCheck=162873, a hidden biblioid) names the title for sure.
    const own = c.pattern.startsWith('js:') ? idInBlock(block) : null;
    items.push({
      title: c.title,
      volume: extractVolume(textOf(c.link)).volume,
      bibId: own ?? c.bibId,
      canAddToCart: cart || (pageCart && ticked),
    });
  }
  for (const c of candidates) if (c.pattern !== pattern) rejected.weak = (rejected.weak ?? 0) + 1;
  return { items, rejected };
}
