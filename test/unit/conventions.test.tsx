import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/features/registry';
import { FAMILY_ADAPTERS } from '../../src/opac/registry';
import { Features } from '../../src/ui/options/sections';
import { useLocale } from '../helpers/i18n';
import { sourceFiles } from '../helpers/import-graph';
import { REPO_ROOT } from '../helpers/opac';

/**
 * The conventions that keep "a new family is one folder and one registry line, a new feature one folder" true, checked
 * the way Refined GitHub checks its features: every feature is a folder under src/features/ listed once in the
 * registry, with its name in both languages, a test of its own and a switch in the options page; and no vendor is
 * named outside the families.
 */

type Messages = Record<string, { message: string }>;
const messages = (lang: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
const FEATURES_DIR = join(REPO_ROOT, 'src/features');
const featureFolders = readdirSync(FEATURES_DIR).filter((name) => statSync(join(FEATURES_DIR, name)).isDirectory());

describe('in-page features', () => {
  it('are listed once each, and every folder under src/features/ is one of them', () => {
    const ids = FEATURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...featureFolders].sort()).toEqual([...ids].sort());
  });

  it.each(FEATURES.map((f) => [f.id, f] as const))('%s: its folder exports it, it runs somewhere, its name is in Japanese and English, it has a test', (id, feature) => {
    const index = readFileSync(join(FEATURES_DIR, id, 'index.ts'), 'utf8');
    expect(index, `src/features/${id}/index.ts defines it`).toMatch(/defineFeature\(/);
    expect(feature.pages.length).toBeGreaterThan(0);
    for (const lang of ['ja', 'en']) expect(messages(lang)[feature.nameKey]?.message, `${lang} ${feature.nameKey}`).toMatch(/\S/);
    const tests = sourceFiles(REPO_ROOT, `src/features/${id}`).filter((f) => /\.test\.tsx?$/.test(f));
    expect(tests, `a test in src/features/${id}/`).not.toEqual([]);
  });

  it('each has its switch in the options page, named in the patron\'s language', async () => {
    useLocale('ja');
    const root = document.createElement('div');
    document.body.append(root);
    render(<Features />, root);
    for (let i = 0; i < 100 && root.querySelectorAll('#features input').length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    const switches = Array.from(root.querySelectorAll<HTMLInputElement>('#features input[type=checkbox]'));
    expect(switches.map((s) => s.name)).toEqual(FEATURES.map((f) => f.id));
    const ja = messages('ja');
    expect(switches.map((s) => s.closest('label')!.textContent!.trim())).toEqual(FEATURES.map((f) => ja[f.nameKey]!.message));
    expect(switches.every((s) => s.checked)).toBe(true);
    render(null, root);
  });
});

/** Where vendors stay unnamed: everything but the families reaches vendor behaviour through adapter hooks. */
const VENDOR_FREE = ['src/features', 'src/content', 'src/background', 'src/ui'];

describe('the page\'s storage is the page\'s', () => {
  // What features remember across pages (after a login, through a cart) is an intent kept by the extension
  // (src/features/intents.ts): the page's own script can neither read nor forge what lives in its storage.
  it.each(['src/features', 'src/content', 'src/opac'])('%s never reads or writes sessionStorage or localStorage', (dir) => {
    const files = sourceFiles(REPO_ROOT, dir).filter((f) => !/\.test\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const touching = files.filter((file) => /\b(sessionStorage|localStorage)\b/.test(readFileSync(join(REPO_ROOT, file), 'utf8')));
    expect(touching).toEqual([]);
  });
});

describe('vendor knowledge stays in the families', () => {
  const names = FAMILY_ADAPTERS.flatMap((f) => [f.id, ...f.names]);

  it('every family says what its product is called', () => {
    for (const family of FAMILY_ADAPTERS) expect(family.names.length, family.id).toBeGreaterThan(0);
  });

  it.each(VENDOR_FREE)('no vendor is named in %s outside tests', (dir) => {
    const files = sourceFiles(REPO_ROOT, dir).filter((f) => !/\.test\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const named = files.flatMap((file) => {
      const text = readFileSync(join(REPO_ROOT, file), 'utf8');
      return names.filter((name) => vendorPattern(name).test(text)).map((name) => `${file}: ${name}`);
    });
    expect(named).toEqual([]);
  });

  it('would notice a vendor named in a comment or a string', () => {
    expect(vendorPattern('LICS-XP').test('// LICS-XP puts the author after the title')).toBe(true);
    expect(vendorPattern('licsxp').test("if (family === 'licsxp')")).toBe(true);
    expect(vendorPattern('NEC').test('connect(); necessary')).toBe(false);
    expect(vendorPattern('富士通').test('富士通の画面')).toBe(true);
  });
});

/** A name as a word of its own (any case); names in Japanese script wherever they occur. */
function vendorPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /^[\x20-\x7e]+$/.test(name) ? new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, 'i') : new RegExp(escaped);
}
