import type { LibraryInput } from '../model';

/**
 * 西宮市立図書館, the LICS-XP example. Evidence: library-directory/hold-and-loan-rules.sample.json
 * (hyogo-nishinomiya) for hold and limits; opac-vendors.md §2 (loan list notes, ordered-reservation button).
 */
export const nishinomiyaCity: LibraryInput = {
  id: 'nishinomiya-city',
  name: '西宮市立図書館',
  nameEn: 'Nishinomiya City Library',
  origins: ['https://tosho.nishi.or.jp'],
  family: 'licsxp',
  rules: {
    // "メール発信の翌日から7開館日"
    hold: { days: 7, unit: 'open_days', start: 'day_after_notification' },
    // Closed days come from the OPAC calendar page (JS literals); no fixed rule is published.
    closed: {},
    // 20 including purchase requests; CDs are counted separately, so they are no sub-limit of the 20.
    limit: { total: 20 },
    // Loan-list notes: 2 weeks from the day of extension; not when renewed, reserved by others, overdue or ILL.
    renewal: { times: 1, lengthDays: 14, from: 'request_day', blockedWhen: ['renewed', 'reserved', 'overdue', 'other_library'] },
    orderedReservation: '順番予約へ',
  },
};
