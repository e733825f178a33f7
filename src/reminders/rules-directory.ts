import { z } from 'zod';
import { HoldRule } from '../model';

/**
 * Reads the `hold` object of ../shared/library-directory/hold-and-loan-rules.sample.json into a HoldRule when
 * the entry says enough to compute a deadline. The directory keeps prose beside the fields; only the fields
 * are used.
 */

const Counting = z.object({
  days: z.number().nullish(),
  unit: z.string().nullish(),
  start: z.string().nullish(),
});

export const DirectoryHold = Counting.extend({
  /** Per contact method: a counting object (青森県立) or prose (墨田区, 西宮市), which adds nothing computable. */
  by_contact_method: z.record(z.string(), z.union([z.string(), Counting.loose()])).optional(),
  by_item_origin: z.record(z.string(), z.unknown()).optional(),
}).loose();
export type DirectoryHold = z.infer<typeof DirectoryHold>;

export const DirectoryEntry = z.object({ id: z.string(), name: z.string(), hold: DirectoryHold.optional() }).loose();
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;

export type HoldRuleResult = { rule: HoldRule; reason: null } | { rule: null; reason: string };

const START_KINDS: readonly string[] = HoldRule.shape.start.options;

/** E-mail is how most web-reserving patrons are told; the directory's top-level fields describe that case. */
const DEFAULT_METHOD = 'email';

/** `method` picks the by_contact_method variant. */
export function holdRuleFromDirectory(hold: DirectoryHold | undefined, method = DEFAULT_METHOD): HoldRuleResult {
  if (!hold) return { rule: null, reason: 'no hold rule in the directory' };
  const variant = hold.by_contact_method?.[method];
  // Prose for another method is not the top-level case: 墨田区 'none' counts from the patron's own confirmation.
  if (typeof variant === 'string' && method !== DEFAULT_METHOD) return { rule: null, reason: `the ${method} case is only described in prose` };
  const c = typeof variant === 'object' ? variant : hold;
  if (c.days == null && hold.by_item_origin) return { rule: null, reason: 'period depends on the item origin' };
  const missing = (['days', 'unit', 'start'] as const).filter((k) => c[k] == null);
  if (missing.length > 0) return { rule: null, reason: `not stated: ${missing.join(', ')}` };
  if (!START_KINDS.includes(String(c.start))) return { rule: null, reason: `start "${c.start}" cannot be estimated` };
  const parsed = HoldRule.safeParse({ days: c.days, unit: c.unit, start: c.start });
  return parsed.success ? { rule: parsed.data, reason: null } : { rule: null, reason: `unreadable: ${parsed.error.message}` };
}
