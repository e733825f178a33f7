// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importsOf, slotsOf } from './content-parts';

describe('the bindings a file beside the core imports (importsOf)', () => {
  it('names each imported binding by the name its module exports it under', () => {
    expect(importsOf(`import { a, b as c } from './m';\nimport { d } from "../n";\n`)).toEqual([
      { specifier: './m', names: ['a', 'b'] },
      { specifier: '../n', names: ['d'] },
    ]);
  });

  it('leaves types out: `type` names in braces and whole `import type` lines', () => {
    expect(importsOf(`import { type A, b, type C as D } from './m';\nimport type { E } from './types';\nexport type { F } from './types';\nimport type G from './g';\nimport type * as H from './h';\n`)).toEqual([
      { specifier: './m', names: ['b'] },
    ]);
    expect(importsOf(`import { type A } from './m';\n`)).toEqual([]);
  });

  it('takes a namespace or default import as the whole module (\'*\'), beside the names of the same line', () => {
    expect(importsOf(`import * as ns from './m';\nimport def from './d';\nimport both, { x } from './b';\n`)).toEqual([
      { specifier: './m', names: ['*'] },
      { specifier: './d', names: ['*'] },
      { specifier: './b', names: ['x', '*'] },
    ]);
  });

  it('reads braces over several lines, and re-exports', () => {
    const source = `import {\n  a,\n  b as c,\n  type T,\n} from './m';\nexport { x, y as z } from './n';\nexport * from './all';\n`;
    expect(importsOf(source)).toEqual([
      { specifier: './m', names: ['a', 'b'] },
      { specifier: './n', names: ['x', 'y'] },
      { specifier: './all', names: ['*'] },
    ]);
  });

  it('takes only import and export-from statements, not code between them or side-effect imports', () => {
    const source = [
      `import './side-effect';`,
      `import { a } from './m';`,
      `export function f(x: number) { return { x }; }`,
      `export const g = { from: 1 };`,
      `export { b } from './n';`,
      `const text = "import { c } from './nowhere'";`,
    ].join('\n');
    expect(importsOf(source)).toEqual([
      { specifier: './m', names: ['a'] },
      { specifier: './n', names: ['b'] },
    ]);
  });

  it('reads nothing from a file without imports', () => {
    expect(importsOf('export const x = 1;\n')).toEqual([]);
  });
});

describe('the slots the core hands its bindings over in (slotsOf)', () => {
  it('numbers every binding once, modules and names in sorted order, the same whatever order they were found in', () => {
    const found = new Map([['/src/b.ts', new Set(['y', 'x'])], ['/src/a.ts', new Set(['z'])]]);
    const slots = slotsOf(found);
    expect([...slots].map(([module, names]) => [module, [...names]])).toEqual([
      ['/src/a.ts', [['z', 0]]],
      ['/src/b.ts', [['x', 1], ['y', 2]]],
    ]);
  });

  it('refuses a module imported whole: its bindings could not be named in slots', () => {
    expect(() => slotsOf(new Map([['/src/a.ts', new Set(['x', '*'])]]))).toThrow(/imports it whole/);
  });
});
