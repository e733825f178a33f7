import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * Give WXT's fake browser the extension's real messages, substituted as browsers do ($name$ placeholders whose
 * content is $1…), so tests assert the words a patron reads.
 */
export function useLocale(lang: 'ja' | 'en'): void {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : substitutions ?? [];
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
    });
  }) as typeof fakeBrowser.i18n.getMessage;
}
