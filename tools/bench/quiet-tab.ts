import type { Browser } from 'puppeteer-core';

/**
 * A tab driven over the bare DevTools protocol, with no Runtime domain enabled: the inspector then keeps no books on
 * the page's script contexts. Puppeteer's pages enable it, and its bookkeeping for each new context (a content
 * script's isolated world among them) costs a page's load event several ms on the bench's machine, with a one-line
 * content script as with Uketori's: a cost a patron's browser, with no DevTools open, never pays.
 */
export interface QuietTab {
  /** Bring the tab to the front and load `url`; resolved at its load event. */
  load(url: string): Promise<void>;
  /** The value of an expression evaluated in the page (its main world), awaited if a promise. */
  value<T>(expression: string): Promise<T>;
  /** Resolved once `expression` is true in the page; polled. */
  until(expression: string, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function quietTab(browser: Browser): Promise<QuietTab> {
  const root = await browser.target().createCDPSession();
  const { targetId } = await root.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await root.send('Target.attachToTarget', { targetId, flatten: true });
  const tab = root.connection()?.session(sessionId);
  if (!tab) throw new Error('no session for the quiet tab');
  await tab.send('Page.enable');
  const value = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await tab.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  };
  return {
    async load(url) {
      await tab.send('Page.bringToFront');
      const loaded = new Promise<void>((ok) => tab.once('Page.loadEventFired', () => ok()));
      const { errorText } = await tab.send('Page.navigate', { url });
      if (errorText) throw new Error(`${url}: ${errorText}`);
      await loaded;
    },
    value,
    async until(expression, timeoutMs) {
      const end = Date.now() + timeoutMs;
      while (!(await value<boolean>(expression))) {
        if (Date.now() > end) throw new Error(`not true after ${timeoutMs} ms: ${expression}`);
        await new Promise((ok) => setTimeout(ok, 20));
      }
    },
    async close() {
      await root.send('Target.closeTarget', { targetId });
      await root.detach();
    },
  };
}
