import type { ElementHandle, Page } from 'puppeteer-core';

// Uketori's in-page UI lives in the shadow roots of the hosts it places (src/features/feature.ts): closed in shipped
// builds, open in the e2e build so that tests, the demo and the bench can find it. The page's own nodes are found as
// before; Uketori's only through these.

/** A puppeteer selector for Uketori's nodes: `pierce/` looks inside every open shadow root (a selector matches within one root). */
export const ui = (selector: string): string => `pierce/${selector}`;

/**
 * Wait until one of Uketori's nodes matching `selector` gives a value: `read` runs in the page on each match and
 * returns null (or undefined) until it is there. Polled from here, so the page needs no helper of its own.
 */
export async function uiValue<T>(page: Page, selector: string, read: (el: HTMLElement) => T | null | undefined, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    // The page may be navigating: a query that finds no document now is tried again.
    const handles = (await page.$$(ui(selector)).catch(() => [])) as Array<ElementHandle<HTMLElement>>;
    for (const handle of handles) {
      const value = (await handle.evaluate(read).catch(() => null)) as T | null | undefined;
      if (value !== null && value !== undefined) return value;
    }
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for Uketori's ${selector} on ${page.url()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Wait for one of Uketori's nodes. Puppeteer's waitForSelector re-queries when the page's DOM mutates, and a change
 * inside a shadow root is not such a mutation: a node added there after the first query would never be seen. So ask
 * again every 100 ms.
 */
export async function waitForUi(page: Page, selector: string, timeout = 20_000): Promise<ElementHandle<Element>> {
  const end = Date.now() + timeout;
  for (;;) {
    // The page may be navigating: a query that finds no document now is tried again.
    const handle = await page.$(ui(selector)).catch(() => null);
    if (handle) return handle;
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for Uketori's ${selector} on ${page.url()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** In the page: the UI host a node of Uketori's sits in (the node itself when it is the page's). */
export function hostOf(el: Element): Element {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : el;
}
