import { browser } from 'wxt/browser';

/** A UI string in the browser's language (ja first), with `$1`… substitutions. Falls back to the key when missing. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}
