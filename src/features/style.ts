/** One small stylesheet for everything Uketori adds to a page, inside each UI host's shadow root. */
const CSS = `
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
.uketori-series-panel{position:fixed;top:12px;right:12px;z-index:2147483646;width:min(420px,calc(100vw - 24px));max-height:calc(100vh - 24px);overflow:auto;box-sizing:border-box;padding:12px 14px;border:1px solid #00796b;border-radius:8px;background:#fff;color:#263238;font:13px/1.5 sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.2);text-align:left}
.uketori-series-panel h2{font-size:15px;margin:0 0 2px;padding:0;border:0;background:none;color:#00695c}
.uketori-series-panel ol{margin:6px 0;padding-left:22px}.uketori-series-panel li{margin:2px 0}
.uketori-series-panel li .uketori-btn{padding:0 6px;margin-left:4px}
.uketori-series-panel fieldset{border:1px solid #cfd8dc;border-radius:6px;margin:6px 0;padding:4px 8px}.uketori-series-panel label{margin-right:10px}
.uketori-series-summary{background:#e0f2f1;border-radius:6px;padding:6px 8px;margin:6px 0}
.uketori-muted{color:#607d8b;margin:0}
.uketori-series-next{position:relative;z-index:2147483645;margin:0;padding:8px 12px;background:#e0f2f1;border-bottom:2px solid #00796b;color:#263238;font:13px/1.5 sans-serif}
`;

/** One constructed sheet per document, shared by every root in it; null where the browser refuses one. */
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function sheetFor(doc: Document): CSSStyleSheet | null {
  if (!sheets.has(doc)) {
    let sheet: CSSStyleSheet | null = null;
    try {
      const View = doc.defaultView?.CSSStyleSheet;
      if (View) (sheet = new View()).replaceSync(CSS);
    } catch {
      sheet = null;
    }
    sheets.set(doc, sheet);
  }
  return sheets.get(doc)!;
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
