import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS, extensionDir, missingBrowsers } from './harness/browsers';

/** End-to-end tests need both browsers and the e2e builds; say in one line what is missing and how to get it. */
export default function setup(): void {
  const missing = missingBrowsers();
  if (missing.length > 0) throw new Error(`${missing.join(' and ')} not installed: run \`apt-get install -y chromium firefox-esr\``);
  for (const kind of BROWSERS) {
    if (!existsSync(join(extensionDir(kind), 'manifest.json'))) throw new Error(`extension for ${kind} not built: run \`npm run build:e2e\``);
  }
}
