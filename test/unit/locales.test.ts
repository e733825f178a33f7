import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const locale = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const ja = locale('ja');
const en = locale('en');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) && !name.includes('.test.') ? [path] : [];
  });
}

describe('UI strings', () => {
  it('has the same keys, with the same placeholders, in Japanese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    for (const key of Object.keys(ja)) expect(Object.keys(en[key]!.placeholders ?? {}), key).toEqual(Object.keys(ja[key]!.placeholders ?? {}));
  });

  it('defines every key the code asks for', () => {
    const used = new Set(sources('src').concat(sources('entrypoints')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(ja[key], `missing message ${key}`).toBeDefined();
  });

  it('names the extension and describes it through the manifest messages', () => {
    expect(ja.extName!.message).toContain('受取');
    expect(en.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(ja.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});
