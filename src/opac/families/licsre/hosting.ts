import { hostedLibraryBase } from '../shared/url';

/**
 * LiCS-Re's hosted service serves many libraries from one host, one path each: `https://www.kn.licsre-saas.jp/
 * tokyo-nakano/webopac/…` (opac-vendors.md §3), and under its older name `https://www.lics-saas.nexs-service.jp/ono/`
 * (opac-census.csv).
 */
export const HOSTED = /(?:^|\.)(?:licsre-saas\.jp|lics-saas\.nexs-service\.jp)$/i;

export const libraryBase = (url: URL): string | null => hostedLibraryBase(url, HOSTED);
