import type { Library } from '../model';
import { libraryForUrl } from '../opac/registry';

/**
 * Whether an address is one Uketori may keep, fetch or open for a library: http(s), and on that library's own
 * origins (among `libraries`, the one it belongs to). Anything else, whatever its source, is not.
 */
export function isLibraryUrl(url: string, library: Library, libraries: readonly Library[] = [library]): boolean {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && libraryForUrl(parsed, libraries)?.id === library.id;
  } catch {
    return false;
  }
}
