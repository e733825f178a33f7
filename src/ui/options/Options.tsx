import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { KNOWN_LIBRARIES } from '../../libraries';
import { originPattern } from '../../libraries/origin-pattern';
import { readPastedAddress } from '../../libraries/pasted-address';
import type { Library } from '../../model';
import { send } from '../../messaging/channel';
import { mirrorDb } from '../../mirror/db';
import { t } from '../../features/i18n';
import { StorageFullNotice } from '../storage-full';
import { useLiveQuery } from '../use-live-query';
import { AddressReading } from './address';
import { DataSection } from './data';
import { Cards, Features, Reminders } from './sections';

const OTHER = '';

/** The options page: libraries (a known one, or any by a pasted address), cards, reminders, features and the data. */
export function Options() {
  const { value: libraries } = useLiveQuery(() => mirrorDb().libraries.toArray());
  document.documentElement.lang = t('langCode');
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <StorageFullNotice />
      <section aria-labelledby="libraries-heading">
        <h2 id="libraries-heading">{t('optionsLibraries')}</h2>
        {libraries?.length === 0 && <p class="muted">{t('optionsNoLibraries')}</p>}
        <ul id="libraries">
          {libraries?.map((l) => (
            <li key={l.id} data-library={l.id}>
              <strong>{t('langCode') === 'ja' ? l.name : l.nameEn}</strong> <span class="muted">{l.origins.join(', ')}</span>
            </li>
          ))}
        </ul>
        <AddLibrary libraries={libraries ?? []} />
      </section>
      <Cards />
      <Reminders />
      <Features />
      <DataSection />
    </>
  );
}

/** A known library from the list, or any library by an address the patron pastes: its OPAC's or its website's. */
function AddLibrary({ libraries }: { libraries: readonly Library[] }) {
  const [knownId, setKnownId] = useState(KNOWN_LIBRARIES[0]?.id ?? OTHER);
  const known = KNOWN_LIBRARIES.find((l) => l.id === knownId);
  const [url, setUrl] = useState(known?.origins[0] ?? '');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const pasted = knownId ? null : readPastedAddress(url, libraries);

  // The permission request must run straight from the click, before any other await.
  const add = async (event: Event) => {
    event.preventDefault();
    let page: URL;
    try {
      page = new URL(url.trim());
      if (!/^https?:$/.test(page.protocol)) throw new Error();
    } catch {
      setStatus({ ok: false, text: t('optionsBadUrl') });
      return;
    }
    const granted = await browser.permissions.request({ origins: [originPattern(page.origin)] });
    if (!granted) return setStatus({ ok: false, text: t('optionsPermissionDenied') });
    try {
      const { library } = await send({ type: 'addLibrary', url: page.href, libraryId: knownId || null, ...(!knownId && name.trim() && { name: name.trim() }) });
      setStatus({ ok: true, text: t('optionsAdded', library.name) });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form id="add-library" onSubmit={add}>
      <h3>{t('optionsAddLibrary')}</h3>
      <label>
        {t('optionsKnownLibrary')}{' '}
        <select value={knownId} onChange={(e) => {
          const id = e.currentTarget.value;
          setKnownId(id);
          setUrl(KNOWN_LIBRARIES.find((l) => l.id === id)?.origins[0] ?? '');
        }}>
          {KNOWN_LIBRARIES.map((l) => <option key={l.id} value={l.id}>{t('langCode') === 'ja' ? l.name : l.nameEn}</option>)}
          <option value={OTHER}>{t('optionsOtherLibrary')}</option>
        </select>
      </label>
      <label>
        {knownId ? t('optionsOpacUrl') : t('optionsPastedAddress')}{' '}
        <input type="url" name="url" required value={url} onInput={(e) => setUrl(e.currentTarget.value)} placeholder="https://" size={40} />
      </label>
      {pasted && <AddressReading reading={pasted} />}
      {pasted && pasted.kind !== 'library' && (
        <label>
          {t('optionsLibraryName')}{' '}
          <input type="text" name="name" value={name} maxLength={60} onInput={(e) => setName(e.currentTarget.value)} placeholder={t('optionsLibraryNameHint')} />
        </label>
      )}
      <button type="submit">{t('optionsAdd')}</button>
      {status && <p role="status" class={status.ok ? 'ok' : 'error'}>{status.text}</p>}
    </form>
  );
}
