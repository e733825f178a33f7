import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/channel';
import { mirrorDb } from '../../mirror/db';
import { FEATURES, featureSwitches } from '../../features/registry';
import { readSetting } from '../../mirror/settings';
import type { ReminderSettings } from '../../reminders/schedule';
import { t } from '../../features/i18n';
import { useLiveQuery } from '../use-live-query';

type Status = { ok: boolean; text: string } | null;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function StatusLine({ status }: { status: Status }) {
  return status ? <p role="status" class={status.ok ? 'ok' : 'error'}>{status.text}</p> : null;
}

/** Cards: a name of the patron's choosing (家族のカード…), and hiding one from the popup, badge and reminders. */
export function Cards() {
  const { value: cards } = useLiveQuery(() => mirrorDb().cards.toArray());
  const { value: libraries } = useLiveQuery(() => mirrorDb().libraries.toArray());
  const libraryName = (id: string) => {
    const l = libraries?.find((x) => x.id === id);
    return l ? (t('langCode') === 'ja' ? l.name : l.nameEn) : id;
  };
  return (
    <section aria-labelledby="cards-heading" id="cards">
      <h2 id="cards-heading">{t('optionsCards')}</h2>
      {cards?.length === 0 && <p class="muted">{t('optionsNoCards')}</p>}
      <ul class="cards">
        {cards?.map((c) => (
          <li key={c.id} data-card={c.id}>
            <span>{libraryName(c.libraryId)} · {c.last4 ? t('cardEnding', c.last4) : t('cardUnknown')}</span>
            <label>
              {t('optionsCardLabel')}{' '}
              <input type="text" class="card-label" maxLength={40} value={c.label ?? ''}
                onChange={(e) => void send({ type: 'updateCard', cardId: c.id, label: e.currentTarget.value.trim() || null })} />
            </label>
            <label>
              <input type="checkbox" class="card-hidden" checked={c.hidden}
                onChange={(e) => void send({ type: 'updateCard', cardId: c.id, hidden: e.currentTarget.checked })} />
              {' '}{t('optionsCardHidden')}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

const DAY_CHOICES = [7, 3, 2, 1, 0];

/** When to be reminded of pickup deadlines (Japan time), and the hours to keep quiet. */
export function Reminders() {
  const [form, setForm] = useState<ReminderSettings | null>(null);
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => void readSetting(mirrorDb(), 'reminders').then(setForm), []);
  if (!form) return null;
  const toggleDay = (n: number, on: boolean) =>
    setForm({ ...form, daysBefore: on ? [...form.daysBefore, n].sort((a, b) => b - a) : form.daysBefore.filter((d) => d !== n) });
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await send({ type: 'saveSettings', reminders: form });
      setStatus({ ok: true, text: t('optionsSaved') });
    } catch (error) {
      setStatus({ ok: false, text: message(error) });
    }
  };
  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('optionsReminders')}</h2>
      <form id="reminder-settings" onSubmit={save}>
        <fieldset>
          <legend>{t('optionsDaysBefore')}</legend>
          {DAY_CHOICES.map((n) => (
            <label key={n} class="inline">
              <input type="checkbox" name={`day-${n}`} checked={form.daysBefore.includes(n)} onChange={(e) => toggleDay(n, e.currentTarget.checked)} />
              {' '}{n === 0 ? t('optionsOnTheDay') : n === 1 ? t('optionsDayBefore') : t('optionsDaysBeforeN', n)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('optionsRemindAt')}{' '}
          <input type="time" name="at" required value={form.at} onInput={(e) => setForm({ ...form, at: e.currentTarget.value })} />
        </label>
        <fieldset>
          <legend>{t('optionsQuietHours')}</legend>
          <label class="inline">{t('optionsFrom')} <input type="time" name="quiet-from" required value={form.quietHours.from}
            onInput={(e) => setForm({ ...form, quietHours: { ...form.quietHours, from: e.currentTarget.value } })} /></label>
          <label class="inline">{t('optionsTo')} <input type="time" name="quiet-to" required value={form.quietHours.to}
            onInput={(e) => setForm({ ...form, quietHours: { ...form.quietHours, to: e.currentTarget.value } })} /></label>
        </fieldset>
        <p class="muted">{t('optionsTimesInJapan')}</p>
        <button type="submit">{t('optionsSave')}</button>
        <StatusLine status={status} />
      </form>
    </section>
  );
}

/** The in-page features, each with its own switch; saved at once. */
export function Features() {
  const { value: switches } = useLiveQuery(() => featureSwitches(mirrorDb()));
  return (
    <section aria-labelledby="features-heading">
      <h2 id="features-heading">{t('optionsFeatures')}</h2>
      <ul id="features" class="plain">
        {switches && FEATURES.map(({ id, nameKey }) => (
          <li key={id}>
            <label>
              <input type="checkbox" name={id} checked={switches[id]}
                onChange={(e) => void send({ type: 'saveSettings', features: { ...switches, [id]: e.currentTarget.checked } })} />
              {' '}{t(nameKey)}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
