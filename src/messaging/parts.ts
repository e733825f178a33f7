import { FAMILY_SIGNATURES } from '../opac/signatures';

/**
 * The files the background injects into a library page beside the content script when the page needs them (built from
 * entrypoints/<name>.ts): the features of search, detail and cart pages, the record actions' screens, every
 * family's URL signature (for a library whose row names no family), and each family's reader for a page whose family
 * the injection did not foresee. Only these names can be asked for.
 */
export const PARTS = ['part-shop', 'part-act', 'part-signatures', ...FAMILY_SIGNATURES.map((s) => `family-${s.id}` as const)] as const;
export type PartName = 'part-shop' | 'part-act' | 'part-signatures' | `family-${string}`;

export const isPart = (name: string): name is PartName => (PARTS as readonly string[]).includes(name);

/** Where the build puts an injected file (WXT's unlisted scripts sit at the root of the extension). */
export const partFile = (name: PartName) => `${name}.js`;
