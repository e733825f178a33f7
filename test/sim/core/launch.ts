import type { LibraryDefinition } from './library';
import { RunningLibrary } from './server';
import { SimWorld } from './world';

export interface RunningSim {
  /** Library id → origin such as `http://127.0.0.1:5101`. */
  origins: Record<string, string>;
  close(): Promise<void>;
}

/** Starts one server per library, each on its own origin, all sharing one clock. */
export async function launchLibraries(
  definitions: LibraryDefinition<unknown>[],
  options: { ports?: Record<string, number>; start: number },
): Promise<RunningSim> {
  const cookies = definitions.map((d) => d.sessionCookie);
  if (new Set(cookies).size !== cookies.length) {
    throw new Error(`session cookie names must be unique (cookies are shared across ports): ${cookies.join(', ')}`);
  }
  const world = new SimWorld(options.start);
  const running: RunningLibrary<unknown>[] = [];
  const closeAll = () => Promise.all(running.map((library) => library.close())).then(() => undefined);
  try {
    for (const definition of definitions) {
      const library = new RunningLibrary(definition, world);
      running.push(library);
      world.libraries.push(library);
      await library.listen(options.ports?.[definition.id] ?? 0);
    }
  } catch (error) {
    await closeAll();
    throw error;
  }
  return { origins: Object.fromEntries(running.map((l) => [l.id, l.origin])), close: closeAll };
}
