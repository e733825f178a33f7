import type { IdentifyCaller } from '../messaging/channel';
import type { Caller } from '../messaging/protocol';
import type { Library } from '../model';
import { libraryForUrl } from '../opac/registry';

/**
 * Who sent a message, from the URL the browser reports for its sender (the page's own script cannot change it):
 * a page of the extension itself, or a page of one of the patron's libraries, which then speaks for that library
 * only. Anything else is nobody the background answers.
 */
export function callerIdentifier(extensionOrigin: string, libraries: () => Promise<Library[]>): IdentifyCaller {
  return async (sender) => {
    if (!sender.url) return null;
    let url: URL;
    try {
      url = new URL(sender.url);
    } catch {
      return null;
    }
    if (url.origin === extensionOrigin) return { kind: 'extension' };
    if (!/^https?:$/.test(url.protocol)) return null;
    const all = await libraries();
    const library = libraryForUrl(url, all);
    if (!library) return null;
    const caller: Caller = { kind: 'content', libraryId: library.id, owns: (other) => libraryForUrl(other, all)?.id === library.id };
    return caller;
  };
}
