import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { useLocale } from '../../test/helpers/i18n';
import { STORAGE_FULL_KEY } from '../mirror/storage-space';
import { StorageFullNotice } from './storage-full';

const root = document.createElement('div');
document.body.append(root);
beforeEach(() => fakeBrowser.reset());
afterEach(() => render(null, root));

const shown = () => root.querySelector<HTMLElement>('.storage-full');
const lines = () => Array.from(root.querySelectorAll('.storage-full p, .storage-full li')).map((el) => el.textContent);

describe('the storage-full notice in the popup and the options page', () => {
  it('says in Japanese what was not saved and what to do, live, and goes when a write is kept again', async () => {
    useLocale('ja');
    const listening = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    render(<StorageFullNotice />, root);
    await vi.waitFor(() => expect(listening).toHaveBeenCalled());
    expect(shown()).toBeNull();
    await fakeBrowser.storage.session.set({ [STORAGE_FULL_KEY]: { what: ['records', 'intents'], at: 1 } });
    await vi.waitFor(() => expect(shown()).not.toBeNull());
    expect(shown()!.getAttribute('role')).toBe('alert');
    expect(lines()).toEqual([
      '保存する場所がありません。 ブラウザの保存領域に空きがないため、次のものを保存できませんでした。途中まで保存されたものはなく、前の内容がそのまま残っています:',
      '図書館のページから読んだ予約・貸出',
      'タブで進めている操作（カートへの追加、シリーズの予約）',
      'ディスクの空きを増やすか、ほかのサイトのデータを削除してから、「今すぐ確認」を押してください（図書館の予約・貸出のページを開き直しても読み直せます）。保存できると、この知らせは消えます。',
    ]);
    await fakeBrowser.storage.session.remove(STORAGE_FULL_KEY);
    await vi.waitFor(() => expect(shown()).toBeNull());
  });

  it('is there on opening when the notice was set before, in English', async () => {
    useLocale('en');
    await fakeBrowser.storage.session.set({ [STORAGE_FULL_KEY]: { what: ['settings'], at: 1 } });
    render(<StorageFullNotice />, root);
    await vi.waitFor(() => expect(shown()).not.toBeNull());
    expect(lines()).toEqual([
      'No storage space left. The browser has no space left, so Uketori could not save what follows. Nothing was half saved; what was kept before is unchanged:',
      'settings and libraries',
      'Free some disk space (or delete other sites\' data), then press “Check now” (or open the library\'s holds and loans pages again). This notice goes once Uketori can save again.',
    ]);
  });

  it('shows nothing for a notice it cannot read', async () => {
    useLocale('en');
    await fakeBrowser.storage.session.set({ [STORAGE_FULL_KEY]: { what: [], at: 1 } });
    render(<StorageFullNotice />, root);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shown()).toBeNull();
  });
});
