import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { whileInstalled } from './installed';

beforeEach(() => fakeBrowser.reset());

describe('a copy of the content script whose extension is gone', () => {
  it('stops when the patron comes back to the tab and its runtime is gone, never on the page\'s say-so alone', () => {
    const win = new Window();
    const doc = win.document as unknown as Document;
    const signal = whileInstalled(doc);
    doc.dispatchEvent(new win.Event('visibilitychange') as unknown as Event);
    expect(signal.aborted).toBe(false);
    const id = Object.getOwnPropertyDescriptor(fakeBrowser.runtime, 'id');
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
    try {
      doc.dispatchEvent(new win.Event('visibilitychange') as unknown as Event);
      expect(signal.aborted).toBe(true);
    } finally {
      if (id) Object.defineProperty(fakeBrowser.runtime, 'id', id);
    }
  });
});
