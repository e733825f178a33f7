import { launchLibraries, type RunningSim } from './core/launch';
import { LIBRARIES } from './libraries';

export const DEFAULT_TODAY = '2026-11-23';

export interface StartSimOptions {
  /** Library ids to serve (default: all registered). */
  libraries?: string[];
  /** Fixed ports by library id; missing ones get an ephemeral port. */
  ports?: Record<string, number>;
  /** The simulated "today", YYYY-MM-DD. */
  today?: string;
}

export async function startSim(options: StartSimOptions = {}): Promise<RunningSim> {
  const ids = options.libraries ?? Object.keys(LIBRARIES);
  const definitions = ids.map((id) => {
    const definition = LIBRARIES[id];
    if (!definition) throw new Error(`unknown sim library ${id}; known: ${Object.keys(LIBRARIES).join(', ')}`);
    return definition;
  });
  return launchLibraries(definitions, { ports: options.ports, today: options.today ?? DEFAULT_TODAY });
}
