import { instantOf } from './core/clock';
import { launchLibraries, type RunningSim } from './core/launch';
import { LIBRARIES } from './libraries';

export const DEFAULT_TODAY = '2026-11-23';

export interface StartSimOptions {
  /** Library ids to serve (default: all registered). */
  libraries?: string[];
  /** Fixed ports by library id; missing ones get an ephemeral port. */
  ports?: Record<string, number>;
  /**
   * Where the world's clock starts: a day `YYYY-MM-DD` (at 10:00 in Tokyo) or a Tokyo time `YYYY-MM-DDTHH:MM`. The
   * clock then runs; e2e tests make the extension follow it (test/e2e/harness/world.ts).
   */
  today?: string;
}

export async function startSim(options: StartSimOptions = {}): Promise<RunningSim> {
  const ids = options.libraries ?? Object.keys(LIBRARIES);
  const definitions = ids.map((id) => {
    const definition = LIBRARIES[id];
    if (!definition) throw new Error(`unknown sim library ${id}; known: ${Object.keys(LIBRARIES).join(', ')}`);
    return definition;
  });
  return launchLibraries(definitions, { ports: options.ports, start: instantOf(options.today ?? DEFAULT_TODAY) });
}
