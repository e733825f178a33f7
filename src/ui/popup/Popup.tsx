import type { Hold, Library } from '../../model';
import { mirrorDb } from '../../mirror/db';
import { overview, type CardOverview } from '../../mirror/queries';
import { planStates } from '../../mirror/series';
import { readSetting } from '../../mirror/settings';
import { clock } from '../../model/clock';
import { todayInTokyo } from '../../model/dates';
import { t } from '../../features/i18n';
import { StorageFullNotice } from '../storage-full';
import { useLiveQuery } from '../use-live-query';
import { LibraryStatus, RefreshButton } from './refresh';
import { HoldActions, RenewAll } from './actions';
import { HoldRow, LoanRow } from './rows';
import { SeriesSection } from './series';

/** The toolbar popup: what is ready, coming, waiting and borrowed, per library and card, live from the mirror. */
export function Popup() {
  const today = todayInTokyo(new Date(clock.now()));
  const { value: libraries, error } = useLiveQuery(() => overview(mirrorDb(), today), [today]);
  const { value: statuses } = useLiveQuery(() => readSetting(mirrorDb(), 'refresh'));
  const { value: series } = useLiveQuery(() => planStates(mirrorDb()));
  const { value: pages } = useLiveQuery(() => readSetting(mirrorDb(), 'pages'));
  // The full rows (rules, phone numbers) for what the popup can do at each library.
  const { value: rows } = useLiveQuery(() => mirrorDb().libraries.toArray());
  document.documentElement.lang = t('langCode');

  if (error) return <p class="error" role="alert">{t('popupLoadFailed')}</p>;
  if (!libraries) return <p class="muted">{t('loading')}</p>;
  const anyRecords = libraries.some((l) => l.cards.some(hasRecords));
  return (
    <>
      <header>
        <h1>{t('extName')}</h1>
        {libraries.length > 0 && <RefreshButton running={Object.values(statuses ?? {}).some((s) => s.running)} />}
      </header>
      <StorageFullNotice />
      {!anyRecords && <p class="empty">{t('popupEmpty')}</p>}
      {libraries.map(({ library, cards }) => (
        <section class="library" key={library.id} data-library={library.id} aria-label={library.name}>
          <h2>{t('langCode') === 'ja' ? library.name : library.nameEn}</h2>
          <LibraryStatus status={statuses?.[library.id]} />
          {!cards.some(hasRecords) && !statuses?.[library.id] && (
            <NotCheckedYet href={pages?.[library.id]?.holds ?? (library.origins.length > 0 ? `${library.origins.at(-1)}/` : null)} />
          )}
          {cards.map((c) => <CardSection key={c.card.id} entry={c} today={today} showCard={cards.length > 1} library={rows?.find((r) => r.id === library.id) ?? null} pages={pages?.[library.id] ?? null} />)}
          <SeriesSection states={(series ?? []).filter((s) => s.plan.libraryId === library.id)} />
        </section>
      ))}
    </>
  );
}

const hasRecords = (c: CardOverview) => c.ready.length + c.inTransit.length + c.waiting.length + c.loans.length > 0;

/** A library Uketori has read nothing of yet: why it is empty, and where to go (its holds page once known). */
function NotCheckedYet({ href }: { href: string | null }) {
  return (
    <p class="not-checked" data-outcome="not-checked">
      {t('notCheckedYet')} {href && <a href={href} target="_blank" rel="noopener">{t('openHoldsPage')}</a>}
    </p>
  );
}

function CardSection({ entry, today, showCard, library, pages }: { entry: CardOverview; today: string; showCard: boolean; library: Library | null; pages: { holds: string | null; loans: string | null } | null }) {
  const { card, ready, inTransit, waiting, loans } = entry;
  const act = (h: Hold) => library && <HoldActions hold={h} card={card} library={library} holdsPage={pages?.holds ?? null} />;
  return (
    <div class="card" data-card={card.id}>
      {showCard && <h3 class="card-name">{card.label ?? (card.last4 ? t('cardEnding', card.last4) : t('cardUnknown'))}</h3>}
      <Group id="ready" title={t('sectionReady')} count={ready.length}>
        {ready.map((h) => <HoldRow key={h.key} hold={h} today={today}>{act(h)}</HoldRow>)}
      </Group>
      <Group id="in-transit" title={t('sectionInTransit')} count={inTransit.length}>
        {inTransit.map((h) => <HoldRow key={h.key} hold={h} today={today}>{act(h)}</HoldRow>)}
      </Group>
      <Group id="waiting" title={t('sectionWaiting')} count={waiting.length}>
        {waiting.map((h) => <HoldRow key={h.key} hold={h} today={today}>{act(h)}</HoldRow>)}
      </Group>
      <Group id="loans" title={t('sectionLoans')} count={loans.length}>
        {loans.map((l) => <LoanRow key={l.key} loan={l} today={today} />)}
      </Group>
      {library && <RenewAll loans={loans} library={library} today={today} loansPage={pages?.loans ?? null} />}
    </div>
  );
}

function Group({ id, title, count, children }: { id: string; title: string; count: number; children: preact.ComponentChildren }) {
  if (count === 0) return null;
  return (
    <section class={`group ${id}`} data-section={id}>
      <h4>{title} <span class="count">{count}</span></h4>
      <ul>{children}</ul>
    </section>
  );
}
