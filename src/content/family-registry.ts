import { familyLookup } from '../opac/family-lookup';
import type { familyIdFor } from '../opac/signatures';
import type { FamilyAdapter } from '../opac/types';
import type { Library } from '../model';
import { loadPart, provide } from './parts';

export { GENERIC, libraryForUrl } from '../opac/library-url';

/**
 * src/opac/registry.ts in the content script (tools/content-parts.ts swaps it in at build): the families are those
 * whose files were loaded beside the core, so a page carries only its library's family.
 */
const loaded: FamilyAdapter[] = [];
export const FAMILY_ADAPTERS: readonly FamilyAdapter[] = loaded;
export const { familyById, familyForUrl, isKnownFamily } = familyLookup(loaded);

/** A family's file (entrypoints/family-<id>.ts) hands its adapter over. */
export function provideFamily(family: FamilyAdapter): void {
  if (!familyById(family.id)) loaded.push(family);
  provide(`family-${family.id}`, family);
}

/** What entrypoints/part-signatures.ts hands over: which family's file a page needs, by every family's URL signature. */
export interface SignaturesPart {
  familyIdFor: typeof familyIdFor;
}

/**
 * Make sure the family a page of this library is read by is loaded: the one its row names is injected with the core;
 * for a row that names none, the page's address tells, by the signatures injected with the core for that origin.
 */
export async function loadFamilyFor(url: URL, library: Library): Promise<void> {
  if (familyById(library.family)) return;
  const id = (await loadPart<SignaturesPart>('part-signatures')).familyIdFor(url, library);
  if (id && !familyById(id)) await loadPart(`family-${id}`);
}
