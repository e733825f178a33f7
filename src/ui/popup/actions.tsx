import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import type { Card, Hold, Library, Loan } from '../../model';
import { displayTitle } from '../../model/text';
import { renewalVerdict } from '../../reminders/renewal';
import { send } from '../../messaging/channel';
import { t } from '../../features/i18n';
import { contactsFor } from '../../features/record-actions/words';

type Queued = { action: 'renew' | 'cancel'; title: string; volume: string | null };

/**
 * The popup acts through the library's own list: it queues the actions and opens the list in a tab, where Uketori
 * does them on the library's screens with the patron's session (after a login when the session has ended).
 */
async function queueAndOpen(library: Library, actions: Queued[], url: string): Promise<void> {
  await send({ type: 'queueRecordActions', libraryId: library.id, actions });
  await browser.tabs.create({ url });
}

/** Loans the page and the library's rules say can be renewed today. */
export function renewableLoans(loans: readonly Loan[], library: Library, today: string): Loan[] {
  return loans.filter((l) => renewalVerdict(l, library.rules.renewal, today).renewable === true);
}

/** 「延長できるものをすべて延長」 for one card, when its library's loans page is known. */
export function RenewAll({ loans, library, today, loansPage }: { loans: readonly Loan[]; library: Library; today: string; loansPage: string | null }) {
  const [sent, setSent] = useState(false);
  const renewable = renewableLoans(loans, library, today);
  if (renewable.length === 0 || !loansPage) return null;
  const go = () => {
    setSent(true);
    void queueAndOpen(library, renewable.map((l) => ({ action: 'renew', title: l.title, volume: l.volume })), loansPage);
  };
  return (
    <p class="actions">
      <button type="button" data-action="renew-all" disabled={sent} onClick={go}>{t('popupRenewAll', renewable.length)}</button>
      {sent && <span class="muted"> {t('popupOpening')}</span>}
    </p>
  );
}

/**
 * 取消 of a hold the web may still cancel, asked first in Uketori's words. Where only the library can (the list had no
 * cancel control for it, or it is ready and the list said nothing), the library's own words as its list printed them,
 * and the numbers to call as tel: links.
 */
export function HoldActions({ hold, card, library, holdsPage }: { hold: Hold; card: Card; library: Library; holdsPage: string | null }) {
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState(false);
  if (hold.canCancel === false || (hold.canCancel !== true && (hold.state === 'ready' || hold.state === 'in_transit'))) {
    const contacts = contactsFor(library, 'cancel_hold', hold.pickupLocation);
    // Rows the mirror kept before it kept the library's words have none (undefined).
    const words = hold.libraryNote ?? null;
    if (!words && contacts.length === 0) return null;
    return (
      <span class="only-library" data-only="library">
        {words ?? t('actionOnlyLibrary')} {contacts.map((c) => <a key={c.phone} href={`tel:${c.phone}`}>{c.branch} {c.phone}</a>)}
      </span>
    );
  }
  if (!holdsPage) return null;
  const cardName = card.label ?? (card.last4 ? `…${card.last4}` : t('actionCardUnknown'));
  if (sent) return <span class="muted">{t('popupOpening')}</span>;
  if (!asking) return <button type="button" data-action="cancel" onClick={() => setAsking(true)}>{t('actionCancel')}</button>;
  return (
    <span class="confirm" data-confirm="ask">
      {t('actionConfirmCancel', displayTitle(hold), cardName, library.name)}{' '}
      <button type="button" data-confirm="yes" onClick={() => { setSent(true); void queueAndOpen(library, [{ action: 'cancel', title: hold.title, volume: hold.volume }], holdsPage); }}>{t('actionConfirmYes')}</button>
      <button type="button" data-confirm="no" onClick={() => setAsking(false)}>{t('actionConfirmNo')}</button>
    </span>
  );
}
