import { textOf } from '../shared/dom';
import { readLabelledLines, type Pairs } from '../shared/pairs';
import { queryParam, resolveHref } from '../shared/url';

/**
 * One entry of a winj list page (results, loans, holds, cart all share it, opac-vendors.md §1): PC
 * `ol.list-book > li` with `div.column.info`, smartphone `ul.listBookBa > li` / `ul.listBookBa-2 > li`.
 */
export interface Entry {
  li: Element;
  title: string | null;
  bibId: string | null;
  /** "label: value" lines of the entry (予約日:…, 返却予定日:…, 予約状態：…). */
  pairs: Pairs;
  /** Unlabelled lines, where status words and "N位" stand. */
  lines: string[];
}

export function entries(doc: Document, url: URL): Entry[] {
  return [...doc.querySelectorAll('.list-book > li, ul.listBookBa > li, ul.listBookBa-2 > li')].map((li) => {
    const info = li.querySelector('.column.info, div.strMain') ?? li;
    const link = li.querySelector('a[href*="bibid="]');
    const href = resolveHref(link?.getAttribute('href') ?? null, url);
    return {
      li,
      title: textOf(li.querySelector('.link-image .title, .title .title, span.title, .title')),
      bibId: (href && queryParam(href, 'bibid')) ?? null,
      pairs: readLabelledLines(info, 'p'),
      lines: [...info.querySelectorAll('p')].map((p) => textOf(p) ?? '').filter((t) => t !== '' && !/[:：]/.test(t)),
    };
  });
}
