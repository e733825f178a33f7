import type { ExtensionBrowser } from '../../test/e2e/harness/browsers';

const HOUR_MS = 3_600_000;

/**
 * How often the background would wake in an idle hour. Chromium cannot fast-forward an idle hour, so two parts:
 * the alarms due within the next hour (and any repeating ones, per hour) as the extension itself lists them, and the
 * service-worker starts seen over a real idle window after stopping the worker (CDP), which should be none.
 */
export async function idleWakeups(ext: ExtensionBrowser, idleMs: number): Promise<{ alarmsInHour: number; startsWhileIdle: number; idleSeconds: number }> {
  const options = await ext.openExtensionPage('options.html', 'body');
  const alarms = await options.evaluate(() => chrome.alarms.getAll());
  await options.close();
  const now = Date.now();
  const alarmsInHour = alarms.reduce((n, a) => n + (a.periodInMinutes ? Math.floor(60 / a.periodInMinutes) : a.scheduledTime - now <= HOUR_MS ? 1 : 0), 0);

  const cdp = await ext.browser.target().createCDPSession();
  let starts = 0;
  cdp.on('Target.targetCreated', ({ targetInfo }: { targetInfo: { type: string; url: string } }) => {
    if (targetInfo.type === 'service_worker' && targetInfo.url.startsWith(ext.origin)) starts += 1;
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const page = await ext.browser.newPage();
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await page.close();
  starts = 0; // anything before the idle window began does not count
  await new Promise((ok) => setTimeout(ok, idleMs));
  await cdp.detach();
  return { alarmsInHour, startsWhileIdle: starts, idleSeconds: idleMs / 1000 };
}
