/** LiCS-Re: `/WebOpac/webopac/*.do` on-premises, `https://www.XX.licsre-saas.jp/<lib>/webopac/*.do` as SaaS. */
export function matchesUrl(url: URL): boolean {
  if (/\/WebOpac\/(?:webopac|spopac)\//i.test(url.pathname)) return true;
  return /\.licsre-saas\.jp$/i.test(url.hostname) && /\/(?:webopac|spopac)\//i.test(url.pathname);
}
