/**
 * A title's id (biblioid) in a LiCS-Re row: its link calls `search_detail('<biblid>')`, its checkbox `editNoCheck`
 * carries it (the page script posts the ticked values as `biblioid`), its delete button calls
 * `action_deletetitle('<biblid>')`.
 */
export function biblidIn(scope: Element): string | null {
  for (const a of scope.querySelectorAll('a[href], a[onclick], button[onclick], input[onclick]')) {
    const m = /(?:search_detail|action_deletetitle)\(\s*'([^']+)'/.exec(`${a.getAttribute('href') ?? ''} ${a.getAttribute('onclick') ?? ''}`);
    if (m) return m[1] ?? null;
  }
  const box = scope.querySelector<HTMLInputElement>('input[name="editNoCheck"]')?.getAttribute('value')?.trim();
  if (box) return box;
  const href = scope.querySelector('a[href*="biblioid="]')?.getAttribute('href') ?? '';
  return /[?&]biblioid=([\w-]+)/.exec(href)?.[1] ?? null;
}

/** The id of the title a detail page shows: it answers a POST, so the id is in its forms (rsvcartadd, searchdetail). */
export function detailBiblioid(doc: Document): string | null {
  const field = (form: string) => doc.querySelector<HTMLInputElement>(`form[name="${form}"] input[name="biblioid"]`)?.getAttribute('value')?.trim() || null;
  return field('rsvcartadd') ?? field('searchdetail');
}
