import { familyLookup } from '../opac/family-lookup';
import { familyIdFor } from '../opac/signatures';
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

/** Make sure the family a page of this library is read by is loaded (registered with the core, or injected now). */
export async function loadFamilyFor(url: URL, library: Library | null): Promise<void> {
  const id = familyIdFor(url, library);
  if (id && !familyById(id)) await loadPart(`family-${id}`);
}
