/** The moments of Uketori's work on a page that `npm run bench` times (tools/bench/main.ts). */
export type MarkName = 'injected' | 'main' | 'start' | 'library' | 'read' | 'badges' | 'mirrored';

/**
 * Mark a moment as `uketori:<name>` in the e2e build only, which the bench runs. A mark lands in the page's own
 * performance timeline, where the page's script could read that Uketori is there: shipped builds write none
 * (test/unit/manifest.test.ts).
 */
export function mark(name: MarkName): void {
  if (import.meta.env.MODE === 'e2e') performance.mark(`uketori:${name}`);
}
