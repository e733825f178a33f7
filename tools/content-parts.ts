import { build as esbuild, type Metafile, type Plugin as EsbuildPlugin } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import type { Entrypoint } from 'wxt';

/**
 * The OPAC content script is a core (entrypoints/opac.ts) and files run beside it in the same isolated world:
 * a vendor family's file (entrypoints/family-<id>.ts, registered with the core for its libraries' origins) and parts
 * the background injects when a page needs them (entrypoints/part-<name>.ts). WXT builds each as one IIFE; a file
 * beside the core does not carry copies of the core's modules: it takes what it imports of them from the core, which
 * hands those bindings over on one global of the isolated world (the page's script cannot see that world). So the
 * kit's state (its hosts, its stylesheet, the loaded families) is one, whichever file calls it.
 */
export const CORE_GLOBAL = '__uketoriCore';
const CORE = 'opac';
const isBeside = (name: string) => /^(family|part)-/.test(name);

/**
 * In the content script, the families are the ones loaded beside the core: src/opac/registry.ts (every family, for
 * the background, the pages and the tests) is replaced by src/content/family-registry.ts, which has its API.
 */
const REGISTRY = 'src/opac/registry.ts';
const CONTENT_REGISTRY = 'src/content/family-registry.ts';

/** What the files beside the core take from it: per core module, the names they import ('*': the namespace). */
type Shared = Map<string, Set<string>>;

export function contentParts(root: string) {
  let shared: Promise<Shared> | null = null;

  return {
    /** WXT's `vite:build:extendConfig` hook: called once per build of a group of entrypoints. */
    async extend(entrypoints: readonly Entrypoint[], config: InlineConfig): Promise<void> {
      const [entry] = entrypoints;
      if (entrypoints.length !== 1 || !entry || (entry.name !== CORE && !isBeside(entry.name))) return;
      config.plugins = [...(config.plugins ?? []), contentRegistry(resolve(root, REGISTRY), resolve(root, CONTENT_REGISTRY))];
      // The browsers' own promise-based `browser`/`chrome` in the page (both targets are MV3 and every call the content
      // script makes returns a promise there): webextension-polyfill stays with the background and the extension pages.
      const aliases = config.resolve?.alias;
      if (Array.isArray(aliases)) config.resolve!.alias = aliases.filter((a) => a.find !== 'wxt/browser');
      else if (aliases) delete (aliases as Record<string, string>)['wxt/browser'];
      const modules = await (shared ??= findShared(root));
      // Short keys, the same in every build of one run: the modules' order in `modules`.
      const ids = [...modules.keys()];
      const keyOf = (id: string) => `m${ids.indexOf(id)}`;
      if (entry.name === CORE) {
        config.plugins.push(exposeModules(entry.inputPath, modules, keyOf));
        return;
      }
      const rollup = ((config.build ??= {}).rollupOptions ??= {});
      rollup.external = (id: string, _importer: string | undefined, resolved: boolean) => resolved && modules.has(id);
      const output = [rollup.output ?? {}].flat()[0]!;
      rollup.output = output;
      output.globals = (id: string) => `${CORE_GLOBAL}.${keyOf(id)}`;
    },
  };
}

/** Put what the files beside the core import from it on the isolated world's global, module by module. */
function exposeModules(entry: string, modules: Shared, keyOf: (id: string) => string): Plugin {
  return {
    name: 'uketori:expose-core-modules',
    transform(code, id) {
      if (id !== entry) return null;
      const lines: string[] = [];
      const table: string[] = [];
      [...modules].forEach(([module, names], i) => {
        const local = `__core${i}`;
        if (names.has('*')) lines.push(`import * as ${local} from ${JSON.stringify(module)};`);
        else lines.push(`import { ${[...names].map((n, j) => `${n} as ${local}_${j}`).join(', ')} } from ${JSON.stringify(module)};`);
        table.push(`${keyOf(module)}: ${names.has('*') ? local : `{ ${[...names].map((n, j) => `${n}: ${local}_${j}`).join(', ')} }`}`);
      });
      return { code: `${code}\n${lines.join('\n')}\nglobalThis.${CORE_GLOBAL} = Object.freeze({ ${table.join(', ')} });\n`, map: null };
    },
  };
}

function contentRegistry(registry: string, replacement: string): Plugin {
  return {
    name: 'uketori:content-registry',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/registry$/.test(source)) return null;
      const found = await this.resolve(source, importer, { ...options, skipSelf: true });
      return found?.id === registry ? replacement : null;
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
  return new Map([...shared].sort(([a], [b]) => a.localeCompare(b)));
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
  const registry = resolve(root, REGISTRY);
  const swap: EsbuildPlugin = {
    name: 'content-registry',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }));
      b.onResolve({ filter: /registry$/ }, (args) => (resolve(dirname(args.importer), `${args.path}.ts`) === registry ? { path: resolve(root, CONTENT_REGISTRY) } : undefined));
    },
  };
  const result = await esbuild({ entryPoints: [entry], bundle: true, write: false, metafile: true, logLevel: 'silent', format: 'esm', absWorkingDir: root, plugins: [swap] });
  return result.metafile;
}
