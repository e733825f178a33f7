import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_FEATURES, SHOP_PAGES } from '../../src/content/page-features';
import { SHOP_FEATURES } from '../../src/content/shop';
import { FEATURES } from '../../src/features/registry';
import { PARTS } from '../../src/messaging/parts';
import { FAMILY_ADAPTERS } from '../../src/opac/registry';
import { REPO_ROOT } from '../helpers/opac';

/**
 * The content script's split (tools/content-parts.ts) keeps every family and every feature reachable: each family has
 * its file beside the core, each part the background may inject is built, and each feature is in the core or in
 * part-shop, loaded on the pages it runs on.
 */
const ENTRYPOINTS = join(REPO_ROOT, 'entrypoints');
const entry = (name: string) => readFileSync(join(ENTRYPOINTS, `${name}.ts`), 'utf8');
const besideCore = readdirSync(ENTRYPOINTS).filter((f) => /^(?:family|part)-.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));

describe('files beside the content script', () => {
  it.each(FAMILY_ADAPTERS.map((f) => [f.id] as const))('family %s: its file provides exactly its adapter', (id) => {
    const source = entry(`family-${id}`);
    const imported = new RegExp(String.raw`^import \{ (\w+) \} from '\.\./src/opac/families/${id}';$`, 'm').exec(source)?.[1];
    expect(imported, `entrypoints/family-${id}.ts imports ../src/opac/families/${id}`).toBe(id);
    expect(source.match(/provideFamily\((\w+)\)/g), `entrypoints/family-${id}.ts`).toEqual([`provideFamily(${id})`]);
  });

  it('are the parts the background may inject, every one built from its entrypoint, and nothing else', () => {
    for (const name of PARTS) expect(existsSync(join(ENTRYPOINTS, `${name}.ts`)), `entrypoints/${name}.ts`).toBe(true);
    expect([...besideCore].sort()).toEqual([...PARTS].sort());
    expect(PARTS.filter((p) => p.startsWith('family-'))).toEqual(FAMILY_ADAPTERS.map((f) => `family-${f.id}`));
  });

  it.each(PARTS.filter((p) => p.startsWith('part-')).map((p) => [p] as const))('%s provides itself under its own name', (name) => {
    expect(entry(name).match(/provide\('([\w-]+)'/g)).toEqual([`provide('${name}'`]);
  });
});

describe('features split between the core and part-shop', () => {
  const ids = (features: ReadonlyArray<{ id: string }>) => features.map((f) => f.id);
  const pagesOf = (features: ReadonlyArray<{ pages: readonly string[] }>) => new Set(features.flatMap((f) => f.pages));

  it('are every feature of the registry, each once', () => {
    const split = [...ids(CORE_FEATURES), ...ids(SHOP_FEATURES)];
    expect(new Set(split).size).toBe(split.length);
    expect([...split].sort()).toEqual([...ids(FEATURES)].sort());
  });

  it('part-shop is loaded on every page kind its features run on, holds and loans aside (series alone, when a plan is due)', () => {
    const lists = ['holds', 'loans'];
    expect([...SHOP_PAGES].sort()).toEqual([...pagesOf(SHOP_FEATURES)].filter((p) => !lists.includes(p)).sort());
    expect(ids(SHOP_FEATURES.filter((f) => f.pages.some((p) => lists.includes(p))))).toEqual(['series']);
  });

  it('no feature of the core runs on a page kind part-shop is loaded on', () => {
    for (const feature of CORE_FEATURES) expect(feature.pages.filter((p) => SHOP_PAGES.includes(p)), feature.id).toEqual([]);
  });
});
