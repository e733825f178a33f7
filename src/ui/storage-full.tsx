import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../features/i18n';
import { STORAGE_FULL_KEY, StorageFull, type SpaceWhat } from '../mirror/storage-space';

const WHAT: Record<SpaceWhat, () => string> = {
  records: () => t('storageFullRecords'),
  reminders: () => t('storageFullReminders'),
  series: () => t('storageFullSeries'),
  settings: () => t('storageFullSettings'),
  intents: () => t('storageFullIntents'),
};

/**
 * The browser refused to save for lack of space: what was not saved and what to do, in the popup and the options
 * page, live from the background's notice (extension session storage), gone once a write is kept again.
 */
export function StorageFullNotice() {
  const [notice, setNotice] = useState<StorageFull | null>(null);
  useEffect(() => {
    const show = (value: unknown) => {
      const parsed = StorageFull.safeParse(value);
      setNotice(parsed.success ? parsed.data : null);
    };
    const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && STORAGE_FULL_KEY in changes) show(changes[STORAGE_FULL_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(changed);
    void browser.storage.session.get(STORAGE_FULL_KEY).then((items) => show(items[STORAGE_FULL_KEY]), () => undefined);
    return () => browser.storage.onChanged.removeListener(changed);
  }, []);
  if (!notice) return null;
  return (
    <div class="storage-full" role="alert" data-storage-full={notice.what.join(' ')}>
      <p><strong>{t('storageFullTitle')}</strong> {t('storageFullBody')}</p>
      <ul>{notice.what.map((what) => <li key={what}>{WHAT[what]()}</li>)}</ul>
      <p>{t('storageFullWhatToDo')}</p>
    </div>
  );
}
