import type { Plugin } from 'vite';

/**
 * Zod compiles fast validators with the Function constructor when it may. Store reviewers flag that (web-ext lint:
 * DANGEROUS_EVAL) and an extension needs no string-to-code path at all, so the bundles get zod with its jitless
 * setting on from the start and the eval paths cut out: the probe says "no eval" and the compiler cannot run.
 * Each edit must find its text, so a zod upgrade that moves it fails the build instead of shipping eval again.
 */
const EDITS: ReadonlyArray<{ file: RegExp; from: string; to: string }> = [
  {
    file: /zod\/v4\/core\/core\.js$/,
    from: '(_a.__zod_globalConfig = {})',
    to: '(_a.__zod_globalConfig = { jitless: true })',
  },
  {
    file: /zod\/v4\/core\/util\.js$/,
    from: 'try {\n        const F = Function;\n        new F("");\n        return true;\n    }\n    catch (_) {\n        return false;\n    }',
    to: 'return false;',
  },
  {
    file: /zod\/v4\/core\/doc\.js$/,
    from: 'const F = Function;\n        const content = this?.content ?? [``];\n        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\\n${content.join("\\n")}\\n};`);\n        return factory(...Object.values(this.closed));',
    to: 'throw new Error("zod code generation is disabled in Uketori");',
  },
];

export function zodWithoutEval(): Plugin {
  return {
    name: 'uketori:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replaceAll('\\', '/');
      const edits = EDITS.filter((e) => e.file.test(path));
      if (edits.length === 0) return null;
      let out = code;
      for (const edit of edits) {
        if (!out.includes(edit.from)) throw new Error(`zod-without-eval: ${path} no longer holds the code it edits; check the zod upgrade`);
        out = out.replace(edit.from, edit.to);
      }
      return { code: out, map: null };
    },
  };
}
