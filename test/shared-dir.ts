import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The team's shared evidence folder, `../shared` beside the repository; tests that read it skip when it is absent. */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '../shared');
export const HAS_SHARED = existsSync(SHARED_DIR);
if (!HAS_SHARED) console.warn(`[tests] ${SHARED_DIR} not found: tests reading the shared evidence are skipped`);
