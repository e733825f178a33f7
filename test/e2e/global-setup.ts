import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS, E2E_PACKAGES, extensionDir, missingPackages } from './harness/browsers';

/** End-to-end tests need both browsers and the e2e builds; say in one line what is missing and how to get it. */
export default function setup(): void {
  const missing = missingPackages();
  if (missing.length > 0) throw new Error(`${missing.join(', ')} not installed: run \`apt-get install -y ${E2E_PACKAGES.join(' ')}\``);
  for (const kind of BROWSERS) {
    if (!existsSync(join(extensionDir(kind), 'manifest.json'))) throw new Error(`extension for ${kind} not built: run \`npm run build:e2e\``);
  }
}
