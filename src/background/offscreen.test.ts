import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { libraryById } from '../libraries';
import { readInOffscreen } from './offscreen';

const LIBRARY = libraryById('hokkaido-pref')!;
const READING = { page: 'holds', holds: [], loans: [], items: [], cart: [], notUnderstood: null };

/**
 * Chrome's offscreen API as it behaves: one document per extension, a second createDocument refused. Each
 * getContexts call sees the documents open when it is made and answers after its own delay (a busy service
 * worker), so a check can be out of date by the time it arrives.
 */
function fakeOffscreenApi(contextDelays: number[], createDelay = 5) {
  let open = false;
  let checks = 0;
  const createDocument = vi.fn(async () => {
    await new Promise((resolve) => setTimeout(resolve, createDelay));
    if (open) throw new Error('Only a single offscreen document may be created.');
    open = true;
  });
  const getContexts = vi.fn(async () => {
    const seen = open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : [];
    await new Promise((resolve) => setTimeout(resolve, contextDelays[checks++] ?? 0));
    return seen;
  });
  vi.stubGlobal('chrome', {
    runtime: { getContexts, ContextType: { OFFSCREEN_DOCUMENT: 'OFFSCREEN_DOCUMENT' } },
    offscreen: { createDocument, Reason: { DOM_PARSER: 'DOM_PARSER' } },
  });
  return { createDocument, open: (value: boolean) => (open = value) };
}

beforeEach(() => {
  fakeBrowser.reset();
  // The offscreen document's answer to a read.
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(READING));
});
afterEach(() => vi.unstubAllGlobals());

describe('the offscreen document', () => {
  it('is created once when two reads start together, even when one check arrives after the document was made', async () => {
    // The second check is slow: it still says "none open" after the first read has created the document.
    const api = fakeOffscreenApi([0, 20]);
    const readings = await Promise.all([
      readInOffscreen('<html></html>', 'https://x/1', '2026-11-23', LIBRARY),
      readInOffscreen('<html></html>', 'https://x/2', '2026-11-23', LIBRARY),
    ]);
    expect(readings).toEqual([READING, READING]);
    expect(api.createDocument).toHaveBeenCalledTimes(1);
  });

  it('is reused once open, and made again after it was closed', async () => {
    const api = fakeOffscreenApi([]);
    await readInOffscreen('<html></html>', 'https://x/1', '2026-11-23', LIBRARY);
    await readInOffscreen('<html></html>', 'https://x/2', '2026-11-23', LIBRARY);
    expect(api.createDocument).toHaveBeenCalledTimes(1);
    api.open(false);
    await readInOffscreen('<html></html>', 'https://x/3', '2026-11-23', LIBRARY);
    expect(api.createDocument).toHaveBeenCalledTimes(2);
  });

  it('accepts Chrome\'s "only a single offscreen document" refusal when the document is open after all', async () => {
    const api = fakeOffscreenApi([]);
    // Opened from elsewhere between the check and the creation.
    api.createDocument.mockImplementationOnce(async () => {
      api.open(true);
      throw new Error('Only a single offscreen document may be created.');
    });
    await expect(readInOffscreen('<html></html>', 'https://x/1', '2026-11-23', LIBRARY)).resolves.toEqual(READING);
  });

  it('reports a creation that failed with no document open', async () => {
    const api = fakeOffscreenApi([]);
    api.createDocument.mockRejectedValueOnce(new Error('offscreen documents are not allowed'));
    await expect(readInOffscreen('<html></html>', 'https://x/1', '2026-11-23', LIBRARY)).rejects.toThrow(/not allowed/);
    // Nothing is left half-made: the next read tries again.
    await expect(readInOffscreen('<html></html>', 'https://x/2', '2026-11-23', LIBRARY)).resolves.toEqual(READING);
  });
});
