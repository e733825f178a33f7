import { z } from 'zod';

/** A calendar day in Asia/Tokyo, written `YYYY-MM-DD`. Libraries count days in Japan, whatever the patron's clock says. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant, as epoch milliseconds. */
export const Instant = z.number().int().nonnegative();

export const PAGE_KINDS = ['results', 'detail', 'cart', 'holds', 'loans', 'login', 'other'] as const;
export const PageKind = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKind>;

/** Vendor families the reader knows; `generic` is the label-driven reader for layouts no family claims. */
export const FAMILIES = ['licsxp', 'winj', 'opw', 'licsre', 'toshow', 'wicket', 'wo', 'wopc', 'libeye', 'generic'] as const;
export const Family = z.enum(FAMILIES);
export type Family = z.infer<typeof Family>;

/** Optional text read from a page: absent values are null, never empty strings. */
export const Text = z.string().min(1).nullable();
