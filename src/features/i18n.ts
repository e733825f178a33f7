import { browser } from 'wxt/browser';

/** A UI string in the browser's language (ja first), with `$1`… substitutions. Falls back to the key when missing. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  // Keys are checked by the locale files' test, not by the generated literal type.
  const text = browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions.map(String));
  return text || key;
}
