import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshBadge } from '../src/background/badge';
import { grantedPatterns, syncContentScripts } from '../src/background/content-scripts';
import { backgroundHandlers } from '../src/background/handlers';
import { originPattern } from '../src/libraries/origin-pattern';
import { createListener } from '../src/messaging/channel';
import { mirrorDb } from '../src/mirror/db';

export default defineBackground(() => {
  const db = mirrorDb();
  const syncScripts = async () => syncContentScripts(await grantedPatterns(await db.libraries.toArray()));

  browser.runtime.onMessage.addListener(createListener(backgroundHandlers(db, {
    now: () => Date.now(),
    hasOrigin: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
    changed: async (what) => (what === 'libraries' ? syncScripts() : refreshBadge(db)),
  })));
  // Registrations and the badge are derived from the mirror on every start, so nothing is lost across restarts.
  browser.permissions.onRemoved.addListener(() => void syncScripts());
  void syncScripts();
  void refreshBadge(db);
});
