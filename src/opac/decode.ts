/**
 * Decode an HTML page's bytes as a browser would: byte-order mark, then the charset of the HTTP `Content-Type` the
 * page was served with, then the charset a `<meta>` declares in the first 1024 bytes, else UTF-8. Used for pages
 * fetched in the background and by the parse CLI; a content script gets its document already decoded by the browser.
 */
export interface DecodedHtml {
  text: string;
  /** The WHATWG encoding name used, e.g. `utf-8`, `shift_jis`. */
  encoding: string;
}

/** Labels Japanese pages use that the Encoding Standard does not list; CP932 is what browsers mean by Shift_JIS. */
const EXTRA_LABELS: Record<string, string> = { cp932: 'shift_jis', 'x-cp932': 'shift_jis', 'windows-932': 'shift_jis' };

export function decodeHtml(bytes: Uint8Array, contentType: string | null = null): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  const served = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
  const encoding = supported(served) ?? supported(metaCharset(bytes)) ?? 'utf-8';
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The prescan, simplified: comments skipped, `<meta charset>` or `<meta http-equiv content="…charset=…">`. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024)).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

function supported(label: string | null): string | null {
  if (!label) return null;
  const name = EXTRA_LABELS[label.toLowerCase()] ?? label;
  try {
    const encoding = new TextDecoder(name).encoding;
    // A page cannot declare itself UTF-16 in a meta tag; browsers read it as UTF-8 then.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}
