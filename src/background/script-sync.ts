import type { Library } from '../model';
import { grantedPatterns, scriptGroups, syncContentScripts, syncPageFacts } from './content-scripts';
import { serially } from './serial';

/**
 * Keep the content-script registration in step with the patron's libraries, one change at a time: install, startup,
 * a library added and a permission revoked can all ask at once, and a get-then-register pair run twice side by side
 * fails with a duplicate script id. A failure is reported, never left as an unhandled rejection; the next sync
 * derives everything again. The facts the content script reads before its first paint are written first, so a page
 * it runs on finds them.
 */
export function scriptSync(
  libraries: () => Promise<Library[]>,
  switches: () => Promise<Record<string, boolean>>,
  report: (error: unknown) => void,
): () => Promise<void> {
  return serially(async () => {
    const rows = await libraries();
    const granted = await grantedPatterns(rows);
    await syncPageFacts(rows, granted, await switches());
    await syncContentScripts(scriptGroups(rows, granted));
  }, report);
}
