// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cycles, importGraph, withoutTests, type SourceFile } from '../helpers/import-graph';
import { REPO_ROOT } from '../helpers/opac';

/**
 * The layers of ../shared/ARCHITECTURE.md, lowest first: a module may import its own layer and the ones below,
 * never one above. Modules of one layer may use each other as long as no circle forms.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['src/model'],
  ['src/opac'],
  ['src/libraries'],
  ['src/series', 'src/reminders', 'src/mirror'],
  ['src/features'],
  ['src/messaging'],
  // The runtime: each runs in its own context (background, page, extension pages), so none imports another.
  ['src/background', 'src/content', 'src/ui'],
  ['entrypoints'],
];
const RUNTIME = LAYERS[6]!;
/** Layers that read pages and hold the domain: no browser extension API, so they run anywhere (CLI, tests, offscreen). */
const NO_BROWSER_API = LAYERS.slice(0, 4).flat();
const BROWSER_API = /^(?:wxt\/browser|webextension-polyfill|@wxt-dev\/webextension-polyfill)$/;

const moduleOf = (path: string): string | null => LAYERS.flat().find((m) => path === m || path.startsWith(`${m}/`)) ?? null;
const layerOf = (module: string): number => LAYERS.findIndex((layer) => layer.includes(module));

/** Every way a graph breaks the layer rules, in words a failing test can show. */
function layerViolations(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  const shipped = withoutTests(files);
  for (const file of shipped) {
    const from = moduleOf(file.path);
    if (!from) {
      problems.push(`${file.path} belongs to no layer`);
      continue;
    }
    for (const target of file.imports) {
      const to = moduleOf(target);
      if (!to) problems.push(`${file.path} imports ${target}, which is no part of the shipped layers`);
      else if (layerOf(to) > layerOf(from)) problems.push(`${file.path} (${from}) imports ${target} from the higher ${to}`);
      else if (from !== to && RUNTIME.includes(from) && RUNTIME.includes(to)) problems.push(`${file.path} (${from}) imports ${target} from ${to}: runtimes stay apart`);
    }
    for (const name of file.packages) {
      if (name === 'vitest' || name.startsWith('vitest/')) problems.push(`${file.path} imports ${name}: test helpers live under test/`);
      if (NO_BROWSER_API.includes(from) && BROWSER_API.test(name)) problems.push(`${file.path} (${from}) imports the browser API ${name}`);
    }
  }
  const fileEdges = new Map(shipped.map((f) => [f.path, f.imports]));
  for (const circle of cycles(fileEdges)) problems.push(`files in a circle: ${circle.join(' → ')}`);
  const moduleEdges = new Map<string, string[]>();
  for (const file of shipped) {
    const from = moduleOf(file.path);
    if (!from) continue;
    const targets = file.imports.map(moduleOf).filter((m): m is string => m !== null && m !== from);
    moduleEdges.set(from, [...new Set([...(moduleEdges.get(from) ?? []), ...targets])]);
  }
  for (const circle of cycles(moduleEdges)) problems.push(`modules in a circle: ${circle.join(' ↔ ')}`);
  return problems;
}

describe('layers', () => {
  const graph = importGraph(REPO_ROOT, ['src', 'entrypoints']);

  it('reads the import graph of src/ and entrypoints/', () => {
    expect(graph.length).toBeGreaterThan(100);
    const read = graph.find((f) => f.path === 'src/opac/read.ts')!;
    expect(read.imports).toContain('src/opac/registry.ts');
    expect(read.imports.some((i) => i.startsWith('src/model/'))).toBe(true);
  });

  it('no lower layer imports a higher one, runtimes stay apart, no file or module is in a circle', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('catches an upward import, a circle, a runtime importing another, a stray file and a test helper in src', () => {
    const f = (path: string, imports: string[] = [], packages: string[] = []): SourceFile => ({ path, imports, packages });
    expect(layerViolations([
      f('src/opac/a.ts', ['src/features/b.ts']),
      f('src/features/b.ts', ['src/features/c.ts']),
      f('src/features/c.ts', ['src/features/b.ts']),
      f('src/background/d.ts', ['src/content/e.ts']),
      f('src/content/e.ts'),
      f('src/helpers.ts'),
      f('src/mirror/g.ts', ['src/series/h.ts'], ['vitest']),
      f('src/series/h.ts', ['src/mirror/i.ts'], ['wxt/browser']),
      f('src/mirror/i.ts'),
    ])).toEqual([
      'src/opac/a.ts (src/opac) imports src/features/b.ts from the higher src/features',
      'src/background/d.ts (src/background) imports src/content/e.ts from src/content: runtimes stay apart',
      'src/helpers.ts belongs to no layer',
      'src/mirror/g.ts imports vitest: test helpers live under test/',
      'src/series/h.ts (src/series) imports the browser API wxt/browser',
      'files in a circle: src/features/b.ts → src/features/c.ts',
      'modules in a circle: src/mirror ↔ src/series',
    ]);
  });
});
