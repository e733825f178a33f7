import { HOSTED } from './hosting';

/**
 * LiCS-Re: `/WebOpac/webopac/*.do` (smartphone `/WebOpac/spopac/`) on a library's own server, or a host of NEC's hosted
 * service: `https://www.XX.licsre-saas.jp/<lib>/` and the older `https://www.lics-saas.nexs-service.jp/<lib>/` (18
 * systems in opac-census.csv, their OPAC under `/<lib>/webopac/`). One host serves many libraries and nothing but
 * them, so every page on it is the product's, the libraries' own site pages (`/<lib>/index.html`) included.
 */
export function matchesUrl(url: URL): boolean {
  return /\/WebOpac\/(?:webopac|spopac)\//i.test(url.pathname) || HOSTED.test(url.hostname);
}
