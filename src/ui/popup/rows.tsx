import type { Hold, Loan } from '../../model';
import type { ReadyHold } from '../../mirror/queries';
import { displayTitle } from '../../model/text';
import { daysLeft, shortDate, urgencyOf } from '../../model/format';
import { t } from '../../features/i18n';

function Deadline({ hold, today }: { hold: ReadyHold; today: string }) {
  const { date, estimated } = hold.deadline;
  if (!date) return <span class="when">{t('deadlineNotSet')}</span>;
  const days = daysLeft(today, date);
  return (
    <span class={`when ${urgencyOf(days)}`}>
      {days < 0 ? t('deadlinePassed', shortDate(date)) : days === 0 ? t('badgeToday', shortDate(date)) : t('pickupBy', days, shortDate(date))}
      {estimated && <abbr class="estimated" title={t('estimatedHint')}>{t('estimated')}</abbr>}
    </span>
  );
}

export function HoldRow({ hold, today, children }: { hold: Hold | ReadyHold; today: string; children?: preact.ComponentChildren }) {
  let detail: preact.ComponentChildren = null;
  if ('deadline' in hold) detail = <Deadline hold={hold} today={today} />;
  else if (hold.rank !== null) detail = <span class="rank">{t('rank', hold.rank)}</span>;
  return (
    <li class="hold" data-state={hold.state}>
      <span class="title">{displayTitle(hold)}</span>
      {/* 北海道立 writes the queue rank itself in its status column; the rank is shown once, below. */}
      {!/^\d+$/.test(hold.stateLabel) && <span class="label">{hold.stateLabel}</span>}
      {detail}
      {children}
    </li>
  );
}

export function LoanRow({ loan, today }: { loan: Loan; today: string }) {
  const days = loan.dueDate ? daysLeft(today, loan.dueDate) : null;
  return (
    <li class="loan">
      <span class="title">{displayTitle(loan)}</span>
      {loan.dueDate && days !== null && (
        <span class={`when ${urgencyOf(days)}`}>{days < 0 ? t('overdue', -days) : days === 0 ? t('badgeDueToday', shortDate(loan.dueDate)) : t('dueIn', days, shortDate(loan.dueDate))}</span>
      )}
    </li>
  );
}
