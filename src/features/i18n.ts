import { browser } from 'wxt/browser';

type GetMessage = typeof browser.i18n.getMessage;

/**
 * Strings already asked, by the getMessage that answered (one for a context's life in a browser; a test that
 * changes the language brings another): a holds page asks the same labels for every row, and each call into the
 * browser's i18n costs more than the string.
 */
const asked = new WeakMap<GetMessage, Map<string, string>>();
/** Emptied when full: a long-lived context (the background's notices) asks with ever new titles. */
const ASKED_MAX = 5_000;

/** A UI string in the browser's language (ja first), with `$1`… substitutions. Falls back to the key when missing. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  let strings = asked.get(browser.i18n.getMessage);
  if (!strings || strings.size >= ASKED_MAX) asked.set(browser.i18n.getMessage, (strings = new Map()));
  const subs = substitutions.map(String);
  const id = [key, ...subs].join('\u0000');
  let text = strings.get(id);
  if (text === undefined) {
    // Keys are checked by the locale files' test, not by the generated literal type.
    text = browser.i18n.getMessage(key as Parameters<GetMessage>[0], subs) || key;
    strings.set(id, text);
  }
  return text;
}
