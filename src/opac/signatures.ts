import { matchesUrl as libeye } from './families/libeye/signature';
import { matchesUrl as licsre } from './families/licsre/signature';
import { matchesUrl as licsxp } from './families/licsxp/signature';
import { matchesUrl as opw } from './families/opw/signature';
import { matchesUrl as toshow } from './families/toshow/signature';
import { matchesUrl as wicket } from './families/wicket/signature';
import { matchesUrl as winj } from './families/winj/signature';
import { matchesUrl as wo } from './families/wo/signature';
import { matchesUrl as wopc } from './families/wopc/signature';
import type { FamilyAdapter } from './types';

/**
 * Every family's URL signature without its reader, in the registry's order: which family's file a page needs is
 * known before that file is loaded (the content script, src/content/family-registry.ts; the background, which injects
 * it with the content script into a library's pages, src/background/page-injection.ts).
 */
export const FAMILY_SIGNATURES: ReadonlyArray<Pick<FamilyAdapter, 'id' | 'matchesUrl'>> = [
  { id: 'licsxp', matchesUrl: licsxp },
  { id: 'winj', matchesUrl: winj },
  { id: 'opw', matchesUrl: opw },
  { id: 'licsre', matchesUrl: licsre },
  { id: 'toshow', matchesUrl: toshow },
  { id: 'wicket', matchesUrl: wicket },
  { id: 'wo', matchesUrl: wo },
  { id: 'wopc', matchesUrl: wopc },
  { id: 'libeye', matchesUrl: libeye },
];

/** The families whose files a page of this library needs: the one its row names, else the one its URL shows. */
export function familyIdFor(url: URL, library: { family: string } | null): string | null {
  const named = library ? FAMILY_SIGNATURES.find((s) => s.id === library.family) : undefined;
  return (named ?? FAMILY_SIGNATURES.find((s) => s.matchesUrl(url)))?.id ?? null;
}
