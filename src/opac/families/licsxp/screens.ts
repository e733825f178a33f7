/**
 * LICS-XP's screens as the features step through them, where they differ from what the generic steps expect
 * (opac-vendors.md §2 and the real excerpts in opac-samples/licsxp).
 */

/** The かんたん検索 form has no action of its own: the page's script posts LBForm to WOpacEsSchCmpdExecAction.do. */
export function scriptedSearchAction(url: URL): string | null {
  return /\/WOpacEsSchCmpdDispAction\.do$/i.test(url.pathname) ? 'WOpacEsSchCmpdExecAction.do' : null;
}

/** The menu bar's count badges: `a#stat-cart` (カート) with its count in `span.value`. */
export const cartCountSelector = '#stat-cart .value';

/**
 * The 順番予約 screen lists only the titles chosen in the cart, each row naming its title in a hidden field (no
 * checkbox); its 順番予約申込 reserves at once. The fields that name this title in a row of a form.
 */
export function chosenTitleFields(doc: Document, bibId: string): HTMLInputElement[] {
  return Array.from(doc.querySelectorAll<HTMLInputElement>('form input[type=hidden]')).filter((i) => i.value === bibId && i.closest('tr, li'));
}
