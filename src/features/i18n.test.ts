import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { useLocale } from '../../test/helpers/i18n';
import { t } from './i18n';

afterEach(() => vi.restoreAllMocks());

describe('UI strings', () => {
  it('asks the browser once for a string a page shows on every row, and again for other substitutions', () => {
    useLocale('ja');
    const ask = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    const rows = Array.from({ length: 50 }, () => t('badgeRank', 3));
    expect(new Set(rows)).toEqual(new Set([t('badgeRank', 3)]));
    expect(rows[0]).toContain('3');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(t('badgeRank', 4)).not.toBe(rows[0]);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('answers in the language the browser now gives, not one it gave before', () => {
    useLocale('ja');
    const ja = t('badgeRank', 3);
    useLocale('en');
    const en = t('badgeRank', 3);
    expect([ja, en]).toEqual(['3位', '#3']);
  });

  it('falls back to the key for a string the locale lacks', () => {
    useLocale('en');
    expect(t('noSuchMessage')).toBe('noSuchMessage');
  });
});
