/** Read-only DOM helpers for the generic reader; nothing here changes the document. */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
// Ruby readings (rt, rp) are not part of the words a patron reads as the label or title.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'RT', 'RP']);

const NONE: ReadonlySet<string> = new Set();

export function isBlock(el: Element): boolean {
  return BLOCK.has(el.tagName.toUpperCase());
}

export function isSkipped(el: Element): boolean {
  return SKIP.has(el.tagName.toUpperCase());
}

/**
 * The text of an element as lines, broken where a browser would break them (blocks, <br>, <hr>), whitespace
 * collapsed but otherwise as written (NFKC would turn Ⅱ into II before the volume is read). `skip` leaves out more
 * elements (a header's footnote marks in <sup>).
 */
export function textLines(el: Element, skip: ReadonlySet<string> = NONE): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/gu, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    // Sibling links, not Array.from(childNodes): this walk is most of a long page's read, and a copy per node triples it.
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) line += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const e = child as Element;
        if (isSkipped(e) || skip.has(e.tagName.toUpperCase())) continue;
        const block = isBlock(e);
        if (block) flush();
        walk(e);
        if (block) flush();
      }
    }
  };
  walk(el);
  flush();
  return lines;
}

export function textOf(el: Element): string {
  return textLines(el).join(' ');
}

function childrenByTag(el: Element, tags: string[]): Element[] {
  return Array.from(el.children).filter((c) => tags.includes(c.tagName.toUpperCase()));
}

/** A table's own rows, not those of tables nested in its cells. */
export function ownRows(table: Element): Element[] {
  return childrenByTag(table, ['TR', 'THEAD', 'TBODY', 'TFOOT']).flatMap((c) =>
    c.tagName.toUpperCase() === 'TR' ? [c] : childrenByTag(c, ['TR']),
  );
}

export function ownCells(row: Element): Element[] {
  return childrenByTag(row, ['TD', 'TH']);
}

export function colSpan(cell: Element): number {
  const n = Number(cell.getAttribute('colspan') ?? '1');
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : 1;
}

/** Buttons, links and inputs a patron can act on, with their visible label. */
export interface Control {
  el: Element;
  label: string;
  kind: 'button' | 'link' | 'checkbox';
  disabled: boolean;
}

export function controlsIn(root: Element): Control[] {
  return Array.from(root.querySelectorAll('a[href], a[onclick], button, input')).flatMap((el): Control[] => {
    const tag = el.tagName.toUpperCase();
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    const disabled = el.hasAttribute('disabled');
    if (tag === 'A') return [{ el, label: textOf(el), kind: 'link', disabled }];
    if (tag === 'BUTTON') return [{ el, label: textOf(el), kind: 'button', disabled }];
    if (type === 'checkbox') return [{ el, label: el.getAttribute('value') ?? '', kind: 'checkbox', disabled }];
    if (['button', 'submit', 'image'].includes(type)) {
      const label = el.getAttribute('value') ?? el.getAttribute('alt') ?? '';
      return [{ el, label, kind: 'button', disabled }];
    }
    return [];
  });
}

const BIB_PARAMS = [
  'bibid', 'biblioid', 'biblid', 'bib', 'tilcod', 'htilcod', 'gbid', 'num', 'para', 'id', 'bibno', 'bib_no', 'biblio_id', 'bookid',
  'book_id', 'titleid', 'title_id', 'recordid', 'record_id', 'docid', 'doc_id',
];

/** The OPAC's id of a title, read from its link: a known query parameter, or the argument of a JS link. */
export function bibIdOf(link: Element | null, base: string): string | null {
  const href = link?.getAttribute('href') ?? '';
  const js = /^javascript:[^(]*\(\s*['"]?([\w-]+)['"]?/i.exec(href) ?? /\(\s*['"]?(\d[\w-]*)['"]?/.exec(link?.getAttribute('onclick') ?? '');
  if (js) return js[1] ?? null;
  return href && !href.startsWith('#') ? bibIdOfAddress(href, base) : null;
}

/** The id of a title in an address: a known query parameter, or a path-style detail link. */
export function bibIdOfAddress(href: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  const params = new Map([...url.searchParams].map(([k, v]) => [k.toLowerCase(), v] as const));
  for (const p of BIB_PARAMS) {
    const v = params.get(p);
    if (v) return v;
  }
  // Path-style detail links: /wo/opc_srh/srh_detail/<id>
  return /detail\/(\d+)\/?$/.exec(url.pathname)?.[1] ?? null;
}

/**
 * A selector that finds this form again in its document (for CartAction.formSelector), or null. Attributes are read
 * with getAttribute: a control named "id" or "action" shadows the form's own properties (北杜's list has <input name="id">).
 */
export function formSelector(form: HTMLFormElement): string | null {
  const doc = form.ownerDocument;
  const id = form.getAttribute('id');
  const candidates = [
    id ? `form#${cssIdentifier(id)}` : null,
    form.getAttribute('name') ? `form[name="${cssString(form.getAttribute('name')!)}"]` : null,
    form.getAttribute('action') ? `form[action="${cssString(form.getAttribute('action')!)}"]` : null,
  ];
  return candidates.find((s) => s !== null && doc.querySelectorAll(s).length === 1) ?? null;
}

/** An id written as a CSS identifier (`form#id`). */
const cssIdentifier = (id: string): string => id.replace(/[^\w-]/g, (c) => `\\${c}`);

/** A value written inside a quoted CSS attribute selector. */
export const cssString = (s: string): string => s.replace(/["\\]/g, '\\$&');
