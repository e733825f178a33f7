import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserKind = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserKind[] = ['chromium', 'firefox'];

const EXECUTABLES: Record<BrowserKind, string> = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };
const GECKO_ID = 'uketori@uketori.app';
// A fixed internal UUID so moz-extension:// URLs are known before the first page loads.
const FIREFOX_UUID = '4b9b3d0e-2f6c-4c4e-9d3a-5a3f7c1e0b11';

export function extensionDir(kind: BrowserKind): string {
  return resolve(kind === 'chromium' ? '.output/chrome-mv3-e2e' : '.output/firefox-mv3-e2e');
}

/** Debian packages the end-to-end tests and the demo need, each with a file that shows it is installed. The browsers'
 * Japanese UI comes in separate packages (without them the extension's UI falls back to English), and without a CJK
 * font every screenshot shows Japanese as empty boxes. */
const PACKAGES: Record<string, string> = {
  chromium: EXECUTABLES.chromium,
  'chromium-l10n': '/usr/lib/chromium/locales/ja.pak',
  'firefox-esr': EXECUTABLES.firefox,
  'firefox-esr-l10n-ja': '/usr/lib/firefox-esr/browser/extensions/langpack-ja@firefox-esr.mozilla.org.xpi',
  'fonts-noto-cjk': '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
};

export const E2E_PACKAGES = Object.keys(PACKAGES);

export function missingPackages(): string[] {
  return E2E_PACKAGES.filter((name) => !existsSync(PACKAGES[name]!));
}

/** A browser with the built extension installed, and helpers to open its pages. */
export interface ExtensionBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  origin: string;
  /** Open an extension page (popup.html, options.html) in a new tab and wait until `ready` matches. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--window-size=1280,900',
];

/** The browser's UI language, which decides the extension's language (Japanese unless a test asks for English). */
export type UiLanguage = 'ja' | 'en';

/**
 * A browser with the e2e build. `profile`: a profile directory kept by the caller, so the same profile can be opened
 * again after the browser was closed (a real browser restart): Chromium loads the unpacked build into it on every
 * launch; Firefox gets the build installed into the profile itself (unsigned, which Firefox ESR allows with
 * xpinstall.signatures.required=false), as a temporary add-on would be gone after the restart.
 */
export async function launchWithExtension(kind: BrowserKind, lang: UiLanguage = 'ja', headless = true, profile?: string): Promise<ExtensionBrowser> {
  const dir = extensionDir(kind);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`extension not built at ${dir}: run npm run build:e2e`);
  return kind === 'chromium' ? launchChromium(dir, lang, headless, profile) : launchFirefox(dir, lang, profile);
}

/** A new, empty profile directory for launchWithExtension's `profile`. */
export function newProfile(kind: BrowserKind): string {
  return mkdtempSync(join(tmpdir(), `uketori-${kind}-profile-`));
}

/** Chromium as a patron without Uketori has it: no extension at all, or only the `extensions` (unpacked, by folder). */
export function launchPlainChromium(extensions: string[] = []): Promise<Browser> {
  return puppeteer.launch({
    executablePath: EXECUTABLES.chromium, headless: true, pipe: true, enableExtensions: extensions,
    userDataDir: mkdtempSync(join(tmpdir(), 'uketori-plain-')), args: [...CHROMIUM_ARGS, '--lang=ja'],
  });
}

async function launchChromium(dir: string, lang: UiLanguage, headless: boolean, profile?: string): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLES.chromium, headless, pipe: true, enableExtensions: [dir], defaultViewport: headless ? undefined : null,
    userDataDir: profile ?? mkdtempSync(join(tmpdir(), 'uketori-chromium-')), args: [...CHROMIUM_ARGS, `--lang=${lang}`],
    // Chromium on Linux takes its UI language from the environment.
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8' },
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  // Node's URL gives non-special schemes an opaque origin ("null"), so build it from the host.
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    kind: 'chromium', browser, origin,
    async openExtensionPage(path, ready) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${path}`);
      await page.waitForSelector(ready);
      return page;
    },
    close: () => browser.close(),
  };
}

async function launchFirefox(dir: string, lang: UiLanguage, profile?: string): Promise<ExtensionBrowser> {
  if (profile) installIntoProfile(dir, profile);
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: EXECUTABLES.firefox, headless: true,
    args: ['--remote-allow-system-access'],
    ...(profile && { userDataDir: profile }),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.accept_languages': lang,
      'intl.locale.requested': lang,
      ...(profile && { 'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 }),
    },
  });
  if (!profile) await browser.installExtension(dir);
  const origin = `moz-extension://${FIREFOX_UUID}`;
  return {
    kind: 'firefox', browser, origin,
    async openExtensionPage(path, ready) {
      const page = await browser.newPage();
      // Firefox's remote agent never reports the load of a moz-extension:// page: start it and wait on the DOM.
      void page.goto(`${origin}/${path}`).catch(() => {});
      await retryingFirefoxFlake(() => page.waitForFunction(
        (sel) => location.protocol === 'moz-extension:' && document.readyState === 'complete' && !!document.querySelector(sel),
        { timeout: 20_000 }, ready,
      ));
      return page;
    },
    close: () => browser.close(),
  };
}

/** The build as an .xpi in the profile's extensions folder, named by its id: Firefox installs it at start and keeps it. */
function installIntoProfile(dir: string, profile: string): void {
  const xpi = join(profile, 'extensions', `${GECKO_ID}.xpi`);
  if (existsSync(xpi)) return;
  mkdirSync(join(profile, 'extensions'), { recursive: true });
  execFileSync('zip', ['-q', '-r', '-X', xpi, '.'], { cwd: dir });
}

/**
 * Firefox's remote agent sometimes fails an evaluation made while an extension page is still being set up
 * ("right-hand side of 'in' should be an object, got null"; platform-recipe §6). That error only, retried a few times.
 */
async function retryingFirefoxFlake<T>(attempt: () => Promise<T>, tries = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      const flake = /right-hand side of 'in' should be an object/.test(String((error as Error)?.cause ?? error) + String(error));
      if (!flake || i >= tries) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
