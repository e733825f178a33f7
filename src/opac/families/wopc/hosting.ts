import { hostedLibraryBase } from '../shared/url';

/**
 * The hosted service's hosts `ilisod001`–`006.apsel.jp` serve many libraries, one path each (`/<lib>/wopc/pc/pages/`,
 * `/<lib>/sp/`, and on ilisod002 another interface's `/<lib>/item-details`: notes.md), whichever interface a host runs.
 */
const HOSTS = /^ilisod\d{3}\.apsel\.jp$/i;

export const libraryBase = (url: URL): string | null => hostedLibraryBase(url, HOSTS);
