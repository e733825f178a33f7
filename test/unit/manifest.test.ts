// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_CLOCK_KEY } from '../../src/model/clock';

// The store reviews ask for the narrowest permissions: these are the only ones Uketori may ask for (PRIVACY.md says
// why each is needed). Library origins are optional and asked for one at a time from the options page.
const PERMISSIONS = { chrome: ['alarms', 'notifications', 'offscreen', 'scripting', 'storage'], firefox: ['alarms', 'notifications', 'scripting', 'storage'] };
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

const manifestAt = (dir: string) => resolve(__dirname, '../../.output', dir, 'manifest.json');
const read = (dir: string) => JSON.parse(readFileSync(manifestAt(dir), 'utf8')) as Record<string, unknown>;
// `npm run build` (CI runs it before the tests) makes the shipped builds; `npm test` itself builds only the e2e ones.
const shipped = (['chrome', 'firefox'] as const).filter((b) => existsSync(manifestAt(`${b}-mv3`)));
if (shipped.length < 2) console.warn('NOTICE: run `npm run build` to check the shipped manifests; only the e2e ones are checked now.');

describe('built manifests ask for nothing more than they need', () => {
  it.each(shipped)('%s (shipped): fixed permissions, library origins only as optional, no content script declared', (browser) => {
    const m = read(`${browser}-mv3`);
    expect([...(m.permissions as string[])].sort()).toEqual(PERMISSIONS[browser]);
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m.host_permissions).toBeUndefined();
    // The page script is registered at runtime for the granted origins only.
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it.each(['chrome', 'firefox'] as const)('%s (e2e): the only difference is the pre-granted loopback origin', (browser) => {
    const m = read(`${browser}-mv3-e2e`);
    expect([...(m.permissions as string[])].sort()).toEqual(PERMISSIONS[browser]);
    expect(m.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
  });

  it.each(shipped.filter((b) => b === 'firefox'))('%s declares that it collects no data, with an add-on id for signing', (browser) => {
    const gecko = (read(`${browser}-mv3`).browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('uketori@uketori.app');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

/** Every script of a build, read as text. */
function bundleText(dir: string): string {
  const root = resolve(__dirname, '../../.output', dir);
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => readFileSync(resolve(root, f), 'utf8')).join('\n');
}

describe('the clock', () => {
  // Tests move the e2e build's clock through storage.local; a shipped build must have no such door.
  it.each(shipped)('%s (shipped): reads the machine clock only, with no shift a page or a store could set', (browser) => {
    expect(bundleText(`${browser}-mv3`)).not.toContain(TEST_CLOCK_KEY);
  });

  it.each(['chrome', 'firefox'] as const)('%s (e2e): the background, the page script and the extension pages follow it', (browser) => {
    const root = resolve(__dirname, '../../.output', `${browser}-mv3-e2e`);
    const has = (file: string) => readFileSync(resolve(root, file), 'utf8').includes(TEST_CLOCK_KEY);
    expect(has('background.js')).toBe(true);
    expect(has('opac.js')).toBe(true);
    // Popup and options share their chunks; one of them carries the clock they both await before rendering.
    expect(readdirSync(resolve(root, 'chunks')).some((f) => has(`chunks/${f}`))).toBe(true);
  });
});

describe('the page sees nothing of Uketori but its UI hosts', () => {
  const shadowModes = (text: string) => Array.from(text.matchAll(/attachShadow\(\{mode:([^}]*)\}\)/g), (m) => m[1]!.replace(/[`"']/g, ''));
  // What the e2e build alone writes on <html> for its tests to wait on (src/content/run.ts), and in the page's
  // performance timeline for the bench (src/content/marks.ts).
  const TEST_FACTS = ['uketoriPage', 'uketoriSynced', 'uketoriFeatures', 'uketori:', 'data-uketori-'];

  it.each(shipped)('%s (shipped): UI hosts with closed shadow roots only, nothing written on <html>, no performance mark', (browser) => {
    const text = bundleText(`${browser}-mv3`);
    const modes = shadowModes(text);
    expect(modes.length).toBeGreaterThan(0);
    expect(new Set(modes)).toEqual(new Set(['closed']));
    expect(text).not.toMatch(/mode:\s*[`"']open[`"']/);
    for (const fact of TEST_FACTS) expect(text, fact).not.toContain(fact);
    expect(text).not.toContain('performance.mark');
  });

  it.each(['chrome', 'firefox'] as const)('%s (e2e): open roots, and the facts its tests wait on, in the page script', (browser) => {
    const script = readFileSync(resolve(__dirname, '../../.output', `${browser}-mv3-e2e`, 'opac.js'), 'utf8');
    expect(new Set(shadowModes(script))).toEqual(new Set(['open']));
    for (const fact of TEST_FACTS.slice(0, 4)) expect(script, fact).toContain(fact);
  });
});
