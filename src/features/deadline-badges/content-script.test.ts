// @vitest-environment node
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../test/helpers/opac';

describe('what the deadline badges bring into the content script', () => {
  it('neither the hold rules nor the holiday tables: the background estimates (issue #17, 16 kB of the script)', async () => {
    // The repository's modules each entry bundles (packages left out, so a package import shows as one).
    const { metafile } = await build({
      absWorkingDir: REPO_ROOT, entryPoints: ['entrypoints/opac.ts', 'src/features/deadline-badges/index.ts'],
      bundle: true, write: false, outdir: 'out', metafile: true, packages: 'external', format: 'esm', logLevel: 'silent',
    });
    const modules = Object.keys(metafile.inputs);
    expect(modules).toContain('src/features/deadline-badges/index.ts');
    expect(modules.filter((m) => m.startsWith('src/reminders/') && /deadline|closed-days/.test(m))).toEqual([]);
    const packages = Object.values(metafile.inputs).flatMap((m) => m.imports.filter((i) => i.external).map((i) => i.path));
    expect(packages.filter((p) => p.startsWith('@holiday-jp/'))).toEqual([]);
  });
});
