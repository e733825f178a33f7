/**
 * TOSHOW lives in a `/toshow/` folder (any case): its OPAC's ASP.NET pages `…/asp/Ww*.aspx` (older `*.asp`) and, on
 * many sites, the library's website it ships with (`/TOSHOW/index.asp`, `/toshow/`, `/TOSHOW/html/…`: 12 systems in
 * opac-census.csv). Website pages are claimed as the product's, and read as 'other'.
 */
export function matchesUrl(url: URL): boolean {
  return /\/toshow\//i.test(url.pathname);
}
