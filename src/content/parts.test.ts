import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeInjection } from '../../test/helpers/background-injection';

// What was provided lives as long as the frame's content script: a fresh module per test.
let parts: typeof import('./parts');
beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  parts = await import('./parts');
});
afterEach(() => vi.restoreAllMocks());

describe('parts beside the content script', () => {
  it('hands over what a file already provided, without asking the background', async () => {
    const sent = fakeInjection(() => undefined);
    const screens = { runAction: () => undefined };
    parts.provide('part-act', screens);
    expect(await parts.loadPart('part-act')).toBe(screens);
    expect(sent).not.toHaveBeenCalled();
  });

  it('asks the background to inject the file, then hands over what the file provided; once', async () => {
    const features = [{ id: 'cart-button' }];
    const sent = fakeInjection((name) => parts.provide(name as 'part-shop', features));
    expect(await parts.loadPart('part-shop')).toBe(features);
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent).toHaveBeenCalledWith({ type: 'loadPart', name: 'part-shop' });
    expect(await parts.loadPart('part-shop')).toBe(features);
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('asks once when several ask for a part at the same moment (renewals the popup queued run together)', async () => {
    const screens = { runAction: () => undefined };
    const sent = fakeInjection((name) => parts.provide(name as 'part-act', screens));
    expect(await Promise.all([parts.loadPart('part-act'), parts.loadPart('part-act'), parts.loadPart('part-act')])).toEqual([screens, screens, screens]);
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('asks again after a load that failed', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ ok: false, error: 'tab closed' });
    await expect(parts.loadPart('part-shop')).rejects.toThrow('tab closed');
    const features = [{ id: 'markers' }];
    fakeInjection((name) => parts.provide(name as 'part-shop', features));
    expect(await parts.loadPart('part-shop')).toBe(features);
    expect(sent).toHaveBeenCalledTimes(2);
  });

  it('says which part did not load when the injected file provided nothing', async () => {
    fakeInjection(() => undefined);
    await expect(parts.loadPart('part-shop')).rejects.toThrow('part-shop did not load');
  });

  it('passes on the background\'s refusal', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'refused loadPart: nope' });
    await expect(parts.loadPart('part-act')).rejects.toThrow('refused loadPart: nope');
  });
});
