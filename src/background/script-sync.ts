import type { Library } from '../model';
import { grantedPatterns, syncContentScripts } from './content-scripts';
import { serially } from './serial';

/**
 * Keep the content-script registration in step with the patron's libraries, one change at a time: install, startup,
 * a library added and a permission revoked can all ask at once, and a get-then-register pair run twice side by side
 * fails with a duplicate script id. A failure is reported, never left as an unhandled rejection; the next sync
 * derives everything again.
 */
export function scriptSync(libraries: () => Promise<Library[]>, report: (error: unknown) => void): () => Promise<void> {
  return serially(async () => syncContentScripts(await grantedPatterns(await libraries())), report);
}
