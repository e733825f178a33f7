import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The background as a content script's `loadPart` message meets it: `inject` stands for the file the background
 * injects into the frame (a test's injected file calls `provide`, as entrypoints/part-*.ts and family-*.ts do), run
 * after a turn of the event loop as the real injection is. Every other message is refused, so a test sees any message
 * it did not expect.
 */
export function fakeInjection(inject: (name: string) => void) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type, name } = message as { type: string; name: string };
    if (type !== 'loadPart') return { ok: false, error: `unexpected ${type}` };
    await new Promise((resolve) => setTimeout(resolve, 1));
    inject(name);
    return { ok: true, value: {} };
  });
}
