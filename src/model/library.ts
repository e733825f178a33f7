import { z } from 'zod';
import { Family, IsoDate } from './common';

/** How a library counts its hold-shelf (取置) period; see ../shared/library-directory for the evidence. */
export const HoldRule = z.object({
  days: z.number().int().positive(),
  unit: z.enum(['calendar_days', 'open_days', 'calendar_days_excluding_closed']),
  start: z.enum(['notification_day', 'day_after_notification', 'ready_day', 'day_after_ready']),
  /** When the last day falls on a closed day, the deadline moves to the next opening day (栃木県立). */
  nextOpenDayIfClosed: z.boolean().default(false),
});
export type HoldRule = z.infer<typeof HoldRule>;

/** A library's regular closed days; national holidays come from @holiday-jp/holiday_jp. */
export const ClosedDays = z.object({
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: z.array(z.number().int().min(0).max(6)).default([]),
  /** Whether national holidays are closed days. */
  nationalHolidays: z.boolean().default(false),
  /** When a closed weekday is a national holiday, the library opens and closes the next weekday instead. */
  holidayShiftsToNextDay: z.boolean().default(false),
  /** Year-end break as month-day pairs, e.g. 12-29 to 01-03. */
  yearEnd: z.object({ from: z.string().regex(/^\d\d-\d\d$/), to: z.string().regex(/^\d\d-\d\d$/) }).nullable().default(null),
  /** Nth weekday of each month (館内整理日), e.g. { nth: 2, weekday: 4 } for the 2nd Thursday. */
  monthly: z.array(z.object({ nth: z.number().int().min(1).max(5), weekday: z.number().int().min(0).max(6) })).default([]),
  /** One-off closures (蔵書点検 …). */
  dates: z.array(IsoDate).default([]),
});
export type ClosedDays = z.infer<typeof ClosedDays>;

export const ReservationLimit = z.object({
  total: z.number().int().positive(),
  /** Sub-limit for audio-visual media (CD, DVD …), counted inside `total`. */
  av: z.number().int().positive().nullable().default(null),
  /** The message the library shows when the limit is reached. */
  message: z.string().nullable().default(null),
});
export type ReservationLimit = z.infer<typeof ReservationLimit>;

export const RENEW_BLOCKS = ['reserved', 'renewed', 'overdue', 'other_library', 'av'] as const;
export const RenewalRule = z.object({
  times: z.number().int().nonnegative(),
  lengthDays: z.number().int().positive(),
  /** The new due date counts from the day of the request or from the current due date. */
  from: z.enum(['request_day', 'due_date']),
  blockedWhen: z.array(z.enum(RENEW_BLOCKS)).default([]),
  /** Renewal is possible only from this many days after lending (栃木県立: from day 10), when set. */
  notBeforeDay: z.number().int().positive().nullable().default(null),
});
export type RenewalRule = z.infer<typeof RenewalRule>;

export const LibraryRules = z.object({
  hold: HoldRule.nullable(),
  closed: ClosedDays,
  limit: ReservationLimit.nullable(),
  renewal: RenewalRule.nullable(),
  /** The library's own "reserve in this order" feature (読みたい順予約, 順番予約), by its button label, or null. */
  orderedReservation: z.string().nullable(),
});
export type LibraryRules = z.infer<typeof LibraryRules>;

/** What a guide sends patrons to a desk for, when the web cannot do it. */
export const CONTACT_TOPICS = [
  'cancel_hold', // cancelling a hold the web no longer cancels (貸出可能, after the notice, no 取消 button)
  'change_pickup', // changing the pickup place of a hold
  'hold_shelf', // keeping a ready hold longer (取置期限の延長)
  'inquiries', // the guide's general お問い合わせ number
] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

/** A desk or branch and its phone number, as a library's guide prints them. */
export const LibraryContact = z.object({
  /** The branch or desk, written as the guide writes it (e.g. 道立図書館一般資料サービス課, むかわ図書館). */
  branch: z.string().min(1),
  /** As printed, e.g. 011-386-8521; usable in a `tel:` link. */
  phone: z.string().regex(/^0\d{1,4}-\d{1,4}-\d{4}$/),
  handles: z.array(z.enum(CONTACT_TOPICS)).min(1),
  /**
   * `library`: for every hold of the library; `own_pickups`: for holds picked up at this branch, when the guide says
   * "the pickup library" (受取場所の図書館, 受取指定の図書館) — matched to a hold by its pickup place's name.
   */
  scope: z.enum(['library', 'own_pickups']),
});
export type LibraryContact = z.infer<typeof LibraryContact>;

/** One library system: a data row in src/libraries/, or one the patron added by URL. */
export const Library = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /**
   * Origins such as `https://opac.example.lg.jp`, or origin and path where one host serves many libraries
   * (`https://www.kn.licsre-saas.jp/tokyo-nakano`): a page belongs to the library whose listed address is the longest
   * prefix of its URL (src/opac/registry.ts). The patron's granted addresses are added at runtime.
   */
  origins: z.array(z.string().url()),
  family: Family,
  rules: LibraryRules,
  /** Phone numbers from the library's guides; absent when none is known (never guessed). */
  contacts: z.array(LibraryContact).optional(),
});
export type Library = z.infer<typeof Library>;
export type LibraryInput = z.input<typeof Library>;
