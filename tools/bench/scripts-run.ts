import type { Page } from 'puppeteer-core';

/**
 * The extension's script files that ran in `page` while `during` ran (a navigation and the wait for what it does),
 * as paths inside the extension ("opac.js"). Chromium's debugger reports every script compiled for
 * the page: the page's own world and the isolated worlds alike, so the files injected with scripting.executeScript are
 * there with their chrome-extension:// URL.
 */
export async function extensionScriptsRun(page: Page, extensionOrigin: string, during: () => Promise<void>): Promise<Set<string>> {
  const session = await page.createCDPSession();
  const prefix = `${extensionOrigin}/`;
  const paths = new Set<string>();
  session.on('Debugger.scriptParsed', ({ url }: { url: string }) => {
    if (url.startsWith(prefix)) paths.add(new URL(url).pathname.slice(1));
  });
  try {
    await session.send('Debugger.enable');
    // Enabling reports the scripts the tab already holds (a page before this one): only what `during` loads counts.
    paths.clear();
    await during();
    return paths;
  } finally {
    await session.detach();
  }
}
