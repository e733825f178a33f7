import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../../test/helpers/background-edges';
import { STORAGE_FULL_KEY } from '../mirror/storage-space';
import { spaceNotice } from './space-notice';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('the notice of writes refused for lack of space', () => {
  it('names what was not saved, and goes at the next write the mirror keeps', async () => {
    const area = fakeSession();
    const notice = spaceNotice(area, () => 42, vi.fn());
    notice.mirror.refused(['records']);
    notice.mirror.refused(['records', 'reminders']);
    await settle();
    expect(area.items.get(STORAGE_FULL_KEY)).toEqual({ what: ['records', 'reminders'], at: 42 });
    notice.mirror.saved();
    await settle();
    expect(area.items.has(STORAGE_FULL_KEY)).toBe(false);
  });

  it('keeps the mirror\'s refusal when only the session storage kept a write, and the other way round', async () => {
    const area = fakeSession();
    const notice = spaceNotice(area, () => 42, vi.fn());
    const session = notice.watched(area);
    notice.mirror.refused(['series']);
    await session.set({ 'intent|3|mito-city|seriesCart': { bibIds: ['1'] } });
    await settle();
    expect(area.items.get(STORAGE_FULL_KEY)).toMatchObject({ what: ['series'] });

    const full = { ...area, set: vi.fn(async () => Promise.reject(quota())) };
    const refusing = notice.watched(full);
    await expect(refusing.set({ 'intent|3|mito-city|pendingCart': [] })).rejects.toThrow(/quota/);
    await settle();
    expect(area.items.get(STORAGE_FULL_KEY)).toMatchObject({ what: ['series', 'intents'] });
    notice.mirror.saved();
    await settle();
    expect(area.items.get(STORAGE_FULL_KEY)).toMatchObject({ what: ['intents'] });
    await session.set({ 'intent|3|mito-city|pendingCart': [] });
    await settle();
    expect(area.items.has(STORAGE_FULL_KEY)).toBe(false);
  });

  it('carries over a background restart: a new background still shows it and clears it when a write is kept', async () => {
    const area = fakeSession();
    spaceNotice(area, () => 42, vi.fn()).mirror.refused(['settings']);
    await settle();
    const again = spaceNotice(area, () => 43, vi.fn());
    again.mirror.refused(['records']);
    await settle();
    expect(area.items.get(STORAGE_FULL_KEY)).toEqual({ what: ['settings', 'records'], at: 43 });
    again.mirror.saved();
    await settle();
    expect(area.items.has(STORAGE_FULL_KEY)).toBe(false);
  });

  it('writes nothing when nothing changes (every kept write is not a write of the notice)', async () => {
    const area = fakeSession();
    const set = vi.spyOn(area, 'set');
    const remove = vi.spyOn(area, 'remove');
    const notice = spaceNotice(area, () => 42, vi.fn());
    for (let i = 0; i < 5; i += 1) notice.mirror.saved();
    await settle();
    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
  });
});
