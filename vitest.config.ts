import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit tests run in happy-dom with an in-memory IndexedDB and WXT's fake browser. */
function unitProject(name: string, include: string[], env: Record<string, string> = {}) {
  return {
    plugins: [WxtVitest()],
    test: { name, environment: 'happy-dom' as const, setupFiles: ['fake-indexeddb/auto'], include, env },
  };
}

// Unit tests; the date-sensitive ones again in a zone where "today" differs from Japan's most of the day (dates are
// Asia/Tokyo days whatever the machine's zone); end-to-end tests that drive the built extension in real Chromium and
// Firefox one browser at a time.
export default defineConfig({
  test: {
    projects: [
      unitProject('unit', ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'test/reliability/**/*.test.ts', 'test/variants/**/*.test.ts', 'test/sim/**/*.test.ts', 'tools/**/*.test.ts']),
      unitProject(
        'unit-los-angeles',
        ['src/model/dates.test.ts', 'src/reminders/**/*.test.ts', 'src/mirror/**/*.test.ts', 'src/background/**/*.test.ts', 'src/ui/**/*.test.ts'],
        { TZ: 'America/Los_Angeles' },
      ),
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
