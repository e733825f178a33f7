import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One source file and the repository files it imports (type-only imports and re-exports count too). */
export interface SourceFile {
  /** Repository-relative path with forward slashes, e.g. `src/opac/read.ts`. */
  path: string;
  /** Resolved repository files it imports. */
  imports: string[];
  /** Bare specifiers (packages) it imports, e.g. `wxt/browser`. */
  packages: string[];
}

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Every .ts/.tsx file under `dir` (relative to `root`), tests included. */
export function sourceFiles(root: string, dir: string): string[] {
  const at = join(root, dir);
  if (!existsSync(at)) return [];
  return readdirSync(at).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sourceFiles(root, path) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const isTest = (path: string) => /\.test\.tsx?$/.test(path);

function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  const base = resolve(root, dirname(from), specifier);
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate).split('\\').join('/');
  }
  return null;
}

/** The import graph of the given folders, read from the sources as written (no build, no browser). */
export function importGraph(root: string, dirs: readonly string[]): SourceFile[] {
  return dirs.flatMap((dir) => sourceFiles(root, dir)).map((path) => {
    const info = ts.preProcessFile(readFileSync(join(root, path), 'utf8'), true, true);
    const imports: string[] = [];
    const packages: string[] = [];
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) packages.push(fileName);
      else {
        const target = resolveSpecifier(root, path, fileName);
        if (target) imports.push(target);
      }
    }
    return { path: path.split('\\').join('/'), imports, packages };
  });
}

/** The shipped code of a graph: tests left out, and imports of tests too. */
export function withoutTests(files: readonly SourceFile[]): SourceFile[] {
  return files.filter((f) => !isTest(f.path)).map((f) => ({ ...f, imports: f.imports.filter((i) => !isTest(i)) }));
}

/** Circles of a directed graph (Tarjan's strongly connected components of more than one node, or a self-loop). */
export function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}
