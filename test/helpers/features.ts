import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { mountFeatures, ownedBy, type Feature, type FeatureContext } from '../../src/features/feature';
import type { FeatureNeed, FeatureServices } from '../../src/features/services';
import type { Library } from '../../src/model';
import { readPage } from '../../src/opac/read-page';
import { control, SimBrowser, type Page } from '../sim/browser';
import { startSim } from '../sim/start-sim';
import { useLocale } from './i18n';
import { freshDb } from './mirror';
import { loadPage, loggedInSim, simCartDeps, simLibrary, simServerCart } from './sim-session';

/** A feature on a live page of the simulator, and the badges (or other nodes) it put there. */
export interface Mounted {
  doc: Document;
  ctx: FeatureContext;
  badges: () => string[];
}

/**
 * The simulated libraries a feature test runs against, started once for its file, with the patron's Japanese UI and
 * 北海道立 reset before each test; the helpers the feature tests share.
 */
export function featureSim(libraries: string[], today: string) {
  let sim: Awaited<ReturnType<typeof startSim>>;
  beforeAll(async () => {
    sim = await startSim({ libraries, today });
  });
  afterAll(() => sim.close());
  beforeEach(async () => {
    useLocale('ja');
    if (libraries.includes('hokkaido-pref')) await control(sim.origins['hokkaido-pref']!, 'reset', {});
  });
  const origin = (id: string) => sim.origins[id]!;
  return {
    origin,
    loggedIn: (id: string, card: string, password: string, seed: object = {}) => loggedInSim(origin(id), id, card, password, seed),
    libraryAt: (id: string) => simLibrary(origin(id), id),
    browserAt: (id: string) => new SimBrowser(origin(id)),
    cartDeps: (browser: SimBrowser, library: Library, db = freshDb()) => simCartDeps(browser, library, today, db),
    serverCart: (id: string, card: string) => simServerCart(origin(id), card),
    /** Mount one feature on a page as the content script does (with what the mirror knew and the services it needs). */
    async mount<Needs extends FeatureNeed = never>(
      feature: Feature<string, Needs>,
      page: Page,
      library: Library,
      known: Partial<FeatureContext['known']> = {},
      services = {} as Pick<FeatureServices, Needs>,
    ): Promise<Mounted> {
      const doc = loadPage(page);
      const url = new URL(page.url);
      const reading = readPage(url, doc, { today }, [library]);
      const ctx: FeatureContext = { doc, url, library, reading, today, signal: new AbortController().signal, known: { holds: [], loans: [], cart: [], ...known } };
      const failures: unknown[] = [];
      await mountFeatures([feature], ctx, services, () => true, (_id, error) => failures.push(error));
      expect(failures).toEqual([]);
      return { doc, ctx, badges: () => ownedBy(doc, feature.id).map((el) => el.textContent ?? '') };
    },
  };
}
