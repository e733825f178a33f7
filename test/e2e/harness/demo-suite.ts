import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { RunningSim } from '../../sim/core/launch';
import { startDemoWorld } from '../../sim/demo-world';
import { launchWithExtension, type BrowserKind, type ExtensionBrowser } from './browsers';
import { addDemoLibraries } from './demo-patron';
import { followWorld } from './world';

export interface DemoSuite {
  sim: RunningSim;
  ext: ExtensionBrowser;
  page: Page;
}

/**
 * For one describe block: the demo world and Uketori in one browser, every simulated library added, Uketori's clock
 * the world's, and one page to browse with — ready before the block's tests, closed after them. The fields are set
 * when the block's first test runs.
 */
export function demoSuite(kind: BrowserKind): DemoSuite {
  const suite = {} as DemoSuite;
  beforeAll(async () => {
    suite.sim = await startDemoWorld({});
    suite.ext = await launchWithExtension(kind);
    await addDemoLibraries(suite.ext, suite.sim.origins);
    await followWorld(suite.ext, suite.sim.origins['hokkaido-pref']!);
    suite.page = await suite.ext.browser.newPage();
    await suite.page.setViewport({ width: 1200, height: 900 });
  });
  afterAll(async () => {
    await suite.ext?.close();
    await suite.sim?.close();
  });
  return suite;
}
