import { hostedLibraryBase } from '../shared/url';
import { HOSTS } from './signature';

/** One host serves many libraries, one path each (`lib-eye.net/<lib>/`, notes.md). */
export const libraryBase = (url: URL): string | null => hostedLibraryBase(url, HOSTS);
