import { CATALOGUE, fullTitle, type CatalogueRecord, type Media } from './catalogue';
import type { LibraryState } from './state/library-state';

export interface SearchCriteria {
  /** Matches title, volume, author and publisher. */
  keyword?: string;
  title?: string;
  author?: string;
  publisher?: string;
  isbn?: string;
  /** 資料番号 of one copy. */
  barcode?: string;
  media?: 'book' | 'av';
}

function contains(haystack: string, needle: string | undefined): boolean {
  return !needle?.trim() || haystack.toLowerCase().includes(needle.trim().toLowerCase());
}

const isAv = (media: Media) => media !== '図書';

export function hasCriteria(criteria: SearchCriteria): boolean {
  return [criteria.keyword, criteria.title, criteria.author, criteria.publisher, criteria.isbn, criteria.barcode].some((v) => v?.trim());
}

/** Every criterion given must match (AND), as OPAC advanced searches do. */
export function searchCatalogue(state: LibraryState, criteria: SearchCriteria): CatalogueRecord[] {
  const digits = (criteria.isbn ?? '').replace(/[^0-9Xx]/g, '');
  const barcode = criteria.barcode?.trim();
  return CATALOGUE.filter(
    (r) =>
      contains(`${fullTitle(r)} ${r.author} ${r.publisher}`, criteria.keyword) &&
      contains(fullTitle(r), criteria.title) &&
      contains(r.author, criteria.author) &&
      contains(r.publisher, criteria.publisher) &&
      (!digits || (r.isbn ?? '').includes(digits)) &&
      (!barcode || state.copiesOf(r.id).some((c) => c.id === barcode)) &&
      (!criteria.media || (criteria.media === 'av') === isAv(r.media)),
  );
}
