import iconv from 'iconv-lite';

// Browsers encode form submissions and query strings in the page's charset, so a Shift_JIS library must decode
// percent-encoded *bytes* with iconv (decodeURIComponent would assume UTF-8) and encode its own links the same way.

export type Charset = 'UTF-8' | 'Shift_JIS';

/** Name/value pairs of an `application/x-www-form-urlencoded` body or query string, in document order. */
export class FormParams {
  constructor(readonly entries: ReadonlyArray<readonly [string, string]> = []) {}

  get(name: string): string | undefined {
    return this.entries.find(([key]) => key === name)?.[1];
  }

  getAll(name: string): string[] {
    return this.entries.filter(([key]) => key === name).map(([, value]) => value);
  }
}

function percentDecodeBytes(text: string): Buffer {
  const bytes: number[] = [];
  const plain = text.replaceAll('+', ' ');
  for (let i = 0; i < plain.length; i++) {
    const hex = plain.slice(i + 1, i + 3);
    if (plain[i] === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(plain[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

export function decodeForm(encoded: string, charset: Charset): FormParams {
  const entries = encoded
    .split('&')
    .filter((part) => part !== '')
    .map((part): [string, string] => {
      const eq = part.indexOf('=');
      const [key, value] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
      return [iconv.decode(percentDecodeBytes(key), charset), iconv.decode(percentDecodeBytes(value), charset)];
    });
  return new FormParams(entries);
}

const UNRESERVED = /[A-Za-z0-9*\-._]/;

function percentEncode(text: string, charset: Charset): string {
  let out = '';
  for (const byte of iconv.encode(text, charset)) {
    const ch = String.fromCharCode(byte);
    if (byte < 0x80 && UNRESERVED.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Name/value pairs (repeats allowed) as `application/x-www-form-urlencoded` in the given charset. */
export function encodeForm(entries: Iterable<readonly [string, string | number]>, charset: Charset): string {
  return [...entries].map(([key, value]) => `${percentEncode(key, charset)}=${percentEncode(String(value), charset)}`).join('&');
}

export function encodeText(text: string, charset: Charset): Buffer {
  return iconv.encode(text, charset);
}
