import { z } from 'zod';

/** A calendar day in Asia/Tokyo, written `YYYY-MM-DD`. Libraries count days in Japan, whatever the patron's clock says. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant, as epoch milliseconds. */
export const Instant = z.number().int().nonnegative();

export const PAGE_KINDS = ['results', 'detail', 'cart', 'holds', 'loans', 'login', 'other'] as const;
export const PageKind = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKind>;

/**
 * A vendor family by its id, as src/opac/registry.ts lists the families (the list lives there alone); `generic` is
 * the label-driven reader for layouts no family claims, and reads for an id the registry does not know.
 */
export const Family = z.string().regex(/^[a-z0-9-]+$/);
export type Family = z.infer<typeof Family>;

/** Optional text read from a page: absent values are null, never empty strings. */
export const Text = z.string().min(1).nullable();
