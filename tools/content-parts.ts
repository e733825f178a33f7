import { build as esbuild, type Metafile, type Plugin as EsbuildPlugin } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import type { Entrypoint } from 'wxt';

/**
 * The OPAC content script is a core (entrypoints/opac.ts) and files run beside it in the same isolated world:
 * a vendor family's file (entrypoints/family-<id>.ts, injected after the core into its libraries' pages) and parts
 * the background injects when a page needs them (entrypoints/part-<name>.ts). WXT builds each as one IIFE; a file
 * beside the core does not carry copies of the core's modules: it takes what it imports of them from the core, which
 * hands those bindings over on one global of the isolated world (the page's script cannot see that world). So the
 * kit's state (its hosts, its stylesheet, the loaded families) is one, whichever file calls it.
 */
export const CORE_GLOBAL = '__uketoriCore';
const CORE = 'opac';
const isBeside = (name: string) => /^(family|part)-/.test(name);

/**
 * Modules the content script has its own version of, with the same API: the families are the ones loaded beside the
 * core (src/opac/registry.ts has every family, for the background, the pages and the tests), and the label-driven
 * readers of search, detail and cart pages come with part-shop.
 */
const SWAPS: ReadonlyArray<[string, string]> = [
  ['src/opac/registry.ts', 'src/content/family-registry.ts'],
  ['src/opac/generic/kinds.ts', 'src/content/kind-readers.ts'],
];

/** What the files beside the core take from it: per core module, the names they import ('*': the namespace). */
export type Shared = Map<string, Set<string>>;

export function contentParts(root: string) {
  let shared: Promise<Shared> | null = null;

  return {
    /** WXT's `vite:build:extendConfig` hook: called once per build of a group of entrypoints. */
    async extend(entrypoints: readonly Entrypoint[], config: InlineConfig): Promise<void> {
      const [entry] = entrypoints;
      if (entrypoints.length !== 1 || !entry || (entry.name !== CORE && !isBeside(entry.name))) return;
      const slots = slotsOf(await (shared ??= findShared(root)));
      // Resolved in this order: a file beside the core takes a module from the core's slots once the swaps are made.
      config.plugins = [
        ...(config.plugins ?? []),
        runMain(entry.inputPath),
        ...(entry.name === CORE ? [exposeSlots(entry.inputPath, slots)] : [takeSlots(slots)]),
        contentSwaps(swapsIn(root)),
      ];
      // The browsers' own promise-based `browser`/`chrome` in the page (both targets are MV3 and every call the content
      // script makes returns a promise there): webextension-polyfill stays with the background and the extension pages.
      const aliases = config.resolve?.alias;
      if (Array.isArray(aliases)) config.resolve!.alias = aliases.filter((a) => a.find !== 'wxt/browser');
      else if (aliases) delete (aliases as Record<string, string>)['wxt/browser'];
    },
  };
}

/**
 * Each binding the files beside the core import from it gets a slot, its place in the array the core hands over (the
 * same in every build of one run: modules and names in sorted order). Slots, not names: the core then carries no
 * name of what it shares, and a file beside it reads `slot(i)`, which the minifier keeps short.
 */
export type Slots = Map<string, Map<string, number>>;

export function slotsOf(shared: Shared): Slots {
  let next = 0;
  return new Map([...shared].sort(([a], [b]) => a.localeCompare(b)).map(([module, names]) => {
    if (names.has('*')) throw new Error(`${module}: a file beside the content script's core imports it whole; import its bindings by name`);
    return [module, new Map([...names].sort().map((name) => [name, next++]))];
  }));
}

/** Put what the files beside the core import from it on the isolated world's global, in their slots. */
function exposeSlots(entry: string, slots: Slots): Plugin {
  return {
    name: 'uketori:expose-core-slots',
    transform(code, id) {
      if (id !== entry) return null;
      const imports: string[] = [];
      const table: string[] = [];
      [...slots].forEach(([module, names], i) => {
        imports.push(`import { ${[...names.keys()].map((n, j) => `${n} as __core${i}_${j}`).join(', ')} } from ${JSON.stringify(module)};`);
        [...names.values()].forEach((slot, j) => (table[slot] = `__core${i}_${j}`));
      });
      return { code: `${code}\n${imports.join('\n')}\nglobalThis.${CORE_GLOBAL} = Object.freeze([${table.join(', ')}]);\n`, map: null };
    },
  };
}

/** In a file beside the core, a core module is a module of its slots' values: its own copy never enters the file. */
function takeSlots(slots: Slots): Plugin {
  const PREFIX = '\0uketori-core:';
  const SLOT = '\0uketori-core-slot';
  return {
    name: 'uketori:take-core-slots',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === SLOT) return SLOT;
      if (!importer || source.startsWith(PREFIX)) return null;
      const found = await this.resolve(source, importer, { ...options, skipSelf: true });
      return found && slots.has(found.id) ? `${PREFIX}${found.id}` : null;
    },
    load(id) {
      if (id === SLOT) return `/* @__NO_SIDE_EFFECTS__ */ export function slot(i) { return globalThis.${CORE_GLOBAL}[i]; }`;
      if (!id.startsWith(PREFIX)) return null;
      // One call per binding, free of side effects, so a binding the file does not use leaves no read behind.
      const names = slots.get(id.slice(PREFIX.length))!;
      return [`import { slot } from ${JSON.stringify(SLOT)};`, ...[...names].map(([name, i]) => `export const ${name} = slot(${i});`)].join('\n');
    },
  };
}

/**
 * WXT runs an unlisted script through its own entry, which wraps `main` in a logger that is silent in production: the
 * content script's files run their `main` themselves (runOnPage reports its own failures), some 400 bytes less each.
 * Their `defineUnlistedScript` (which WXT reads when it lists the entrypoints) only hands `main` over here.
 */
function runMain(entry: string): Plugin {
  const id = `\0virtual:wxt-unlisted-script-entrypoint?${entry}`;
  const define = '\0uketori:define-unlisted-script';
  return {
    name: 'uketori:run-main',
    enforce: 'pre',
    resolveId: (source) => (source === 'wxt/utils/define-unlisted-script' ? define : null),
    load: (loaded) =>
      loaded === id
        ? `import definition from ${JSON.stringify(entry)};\nexport default definition.main();\n`
        : loaded === define
          ? 'export const defineUnlistedScript = (main) => ({ main });\n'
          : null,
  };
}

const swapsIn = (root: string) => new Map(SWAPS.map(([from, to]) => [resolve(root, from), resolve(root, to)]));

function contentSwaps(swaps: Map<string, string>): Plugin {
  return {
    name: 'uketori:content-swaps',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const found = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (found && swaps.get(found.id)) ?? null;
    },
  };
}

/**
 * The bindings of the core's modules that the files beside it import: found by bundling each entry once with esbuild
 * (only the source files matter; packages stay packages) and reading the import lists of the files a part carries.
 */
async function findShared(root: string): Promise<Shared> {
  const dir = resolve(root, 'entrypoints');
  const core = new Set(Object.keys((await graphOf(root, resolve(dir, `${CORE}.ts`))).inputs).map((p) => resolve(root, p)));
  const shared: Shared = new Map();
  for (const file of readdirSync(dir).filter((f) => isBeside(f.replace(/\.ts$/, '')))) {
    const { inputs } = await graphOf(root, resolve(dir, file));
    // The files the part carries: reached from its entry without passing through a module of the core.
    const carried = new Set<string>();
    const visit = (path: string) => {
      if (carried.has(path)) return;
      carried.add(path);
      for (const i of inputs[path]?.imports ?? []) if (!i.external && !core.has(resolve(root, i.path))) visit(i.path);
    };
    visit(relative(root, resolve(dir, file)));
    for (const path of carried) {
      const imports = inputs[path]?.imports ?? [];
      for (const { specifier, names } of importsOf(readFileSync(resolve(root, path), 'utf8'))) {
        const target = imports.find((i) => i.original === specifier && !i.external);
        const id = target && resolve(root, target.path);
        if (!id || !core.has(id)) continue;
        const set = shared.get(id) ?? new Set<string>();
        names.forEach((n) => set.add(n));
        shared.set(id, set);
      }
    }
  }
  return shared;
}

/**
 * The value bindings a module imports, by specifier ('*' for a namespace import); type-only imports left out. The
 * clause is only what an import clause can be (a default, braces, a namespace), so an `export function …` above an
 * `export { … } from` is not read as one; `type …` is not one either, so type-only imports and re-exports never match.
 */
export function importsOf(source: string): Array<{ specifier: string; names: string[] }> {
  const found: Array<{ specifier: string; names: string[] }> = [];
  for (const m of source.matchAll(/^(?:import|export)\s+((?:[\w$]+\s*,\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?)|[\w$]+)\s+from\s+['"]([^'"]+)['"]/gm)) {
    const clause = m[1]!;
    const braces = /\{([\s\S]*)\}/.exec(clause)?.[1];
    const names = braces
      ? braces.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')).map((n) => n.split(/\s+as\s+/)[0]!)
      : [];
    if (/\*/.test(clause) || /^[\w$]+(?:\s*,|$)/.test(clause.trim())) names.push('*');
    if (names.length > 0) found.push({ specifier: m[2]!, names });
  }
  return found;
}

async function graphOf(root: string, entry: string): Promise<Metafile> {
  const swaps = swapsIn(root);
  const swap: EsbuildPlugin = {
    name: 'content-swaps',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }));
      b.onResolve({ filter: /^\./ }, (args) => {
        const to = swaps.get(resolve(dirname(args.importer), `${args.path}.ts`));
        return to ? { path: to } : undefined;
      });
    },
  };
  const result = await esbuild({ entryPoints: [entry], bundle: true, write: false, metafile: true, logLevel: 'silent', format: 'esm', absWorkingDir: root, plugins: [swap] });
  return result.metafile;
}
