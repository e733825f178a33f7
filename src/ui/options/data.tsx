import { useState } from 'preact/hooks';
import { send } from '../../messaging/channel';
import { mirrorDb } from '../../mirror/db';
import { readyHolds } from '../../mirror/queries';
import { clock } from '../../model/clock';
import { todayInTokyo } from '../../model/dates';
import { calendarIcs } from '../../reminders/ics';
import { t } from '../../features/i18n';
import { calendarEntries } from './calendar';
import { download } from './download';
import { StatusLine } from './sections';

type Status = { ok: boolean; text: string } | null;

async function calendarFile(): Promise<string> {
  const db = mirrorDb();
  const now = clock.now();
  const [ready, loans, libraries, hidden] = await Promise.all([
    readyHolds(db, todayInTokyo(new Date(now))), db.loans.toArray(), db.libraries.toArray(), db.cards.filter((c) => c.hidden).primaryKeys(),
  ]);
  const entries = calendarEntries(ready, loans.filter((l) => !hidden.includes(l.cardId)), libraries, {
    pickup: (title, estimated) => (estimated ? t('calendarPickupEstimated', title) : t('calendarPickup', title)),
    due: (title) => t('calendarDue', title),
    libraryName: (l) => (t('langCode') === 'ja' ? l.name : l.nameEn),
  });
  return calendarIcs(entries, now);
}

/** Export and import of everything, the calendar file, and deleting all data (after a second, explicit click). */
export function DataSection() {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const stamp = () => todayInTokyo(new Date(clock.now()));
  const run = (task: () => Promise<string>) => async () => {
    try {
      setStatus({ ok: true, text: await task() });
    } catch (error) {
      setStatus({ ok: false, text: t('optionsFailed', error instanceof Error ? error.message : String(error)) });
    }
  };
  const exportJson = run(async () => {
    download(`uketori-${stamp()}.json`, 'application/json', JSON.stringify(await send({ type: 'exportData' }), null, 1));
    return t('optionsExported');
  });
  const exportIcs = run(async () => {
    download(`uketori-${stamp()}.ics`, 'text/calendar', await calendarFile());
    return t('optionsCalendarExported');
  });
  const importFile = (input: HTMLInputElement) => run(async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return '';
    await send({ type: 'importData', json: await file.text() });
    return t('optionsImported', file.name);
  })();
  const deleteAll = run(async () => {
    setConfirming(false);
    await send({ type: 'deleteAllData' });
    return t('optionsDeleted');
  });
  return (
    <section aria-labelledby="data-heading" id="data">
      <h2 id="data-heading">{t('optionsData')}</h2>
      <div class="buttons">
        <button type="button" id="export-json" onClick={exportJson}>{t('optionsExport')}</button>
        <label class="button">
          {t('optionsImport')}
          <input type="file" id="import-json" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget)} />
        </label>
        <button type="button" id="export-ics" onClick={exportIcs}>{t('optionsCalendar')}</button>
      </div>
      <p class="muted">{t('optionsImportReplaces')}</p>
      <div class="danger">
        {!confirming && <button type="button" id="delete-all" onClick={() => setConfirming(true)}>{t('optionsDeleteAll')}</button>}
        {confirming && (
          <div role="alertdialog" aria-labelledby="delete-question" class="confirm">
            <p id="delete-question">{t('optionsDeleteQuestion')}</p>
            <button type="button" id="delete-confirm" class="danger" onClick={deleteAll}>{t('optionsDeleteConfirm')}</button>{' '}
            <button type="button" id="delete-cancel" autoFocus onClick={() => setConfirming(false)}>{t('optionsCancel')}</button>
          </div>
        )}
      </div>
      <StatusLine status={status} />
    </section>
  );
}
