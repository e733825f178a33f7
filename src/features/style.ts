/**
 * One small stylesheet for everything Uketori adds to a page, inside each UI host's shadow root: the kit's buttons,
 * statuses and badges, and the rules of each feature mounted on the page (its `css`), added when it first mounts.
 */
let CSS = `
.uketori-btn{font:inherit;font-size:12px;margin:0 0 0 6px;padding:1px 8px;border:1px solid #00796b;border-radius:10px;background:#fff;color:#00695c;cursor:pointer;vertical-align:middle}
.uketori-btn:hover{background:#e0f2f1}.uketori-btn[disabled]{opacity:.6;cursor:default}
.uketori-status{font-size:12px;margin-left:6px;vertical-align:middle}
.uketori-status[data-kind=added],.uketori-status[data-kind=already_in_cart]{color:#1b5e20}
.uketori-status[data-kind=failed],.uketori-status[data-kind=limit],.uketori-status[data-kind=not_lendable]{color:#b71c1c}
.uketori-badge{display:inline-block;font-size:12px;line-height:1.5;margin:0 0 0 6px;padding:0 7px;border-radius:9px;background:#eceff1;color:#263238;vertical-align:middle;white-space:nowrap}
.uketori-badge[data-tone=later]{background:#e8f5e9;color:#1b5e20}
.uketori-badge[data-tone=soon]{background:#fff3e0;color:#8a4b00}
.uketori-badge[data-tone=urgent],.uketori-badge[data-tone=past]{background:#c62828;color:#fff}
.uketori-badge[data-tone=info]{background:#e3f2fd;color:#0d47a1}
`;

/** Add a feature's rules to the stylesheet (once). */
export function addStyles(css: string): void {
  if (!CSS.includes(css)) CSS += css;
}

/**
 * One constructed sheet per document, shared by every root in it, with the rules it was last given (brought up to
 * date when a root is styled, for every root at once); null where the browser refuses one.
 */
const sheets = new WeakMap<Document, { sheet: CSSStyleSheet; css: string } | null>();

function sheetFor(doc: Document): CSSStyleSheet | null {
  if (!sheets.has(doc)) {
    let made: { sheet: CSSStyleSheet; css: string } | null = null;
    try {
      const View = doc.defaultView?.CSSStyleSheet;
      if (View) made = { sheet: new View(), css: '' };
    } catch {
      made = null;
    }
    sheets.set(doc, made);
  }
  const made = sheets.get(doc);
  if (!made) return null;
  try {
    if (made.css !== CSS) made.sheet.replaceSync((made.css = CSS));
  } catch {
    return null;
  }
  return made.sheet;
}

/**
 * Give a UI host's shadow root Uketori's stylesheet: the one constructed sheet, adopted (parsed once per page however
 * many roots); where a content script may not adopt it, a `<style>` of its own in the root. Never in the page itself.
 */
export function styleRoot(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  const sheet = sheetFor(doc);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // Refused (a content script's sheet in a page's root): the root gets its own copy below.
    }
  }
  const style = doc.createElement('style');
  style.textContent = CSS;
  root.append(style);
}
