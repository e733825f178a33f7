/**
 * The `/wo/` OPAC's catalogue lives under `/wo/opc…/`: the search `/wo/opc/srh/` (北海道立), a record
 * `/wo/opc_srh/srh_detail/<id>/` (宮城, 石川, 福井, 滋賀, 山口 in opac-census.csv; 千代田 `srh_detail?detail[sid]=`).
 * Its patron pages' addresses are not public, so they are this family's only through a library row that names it.
 */
export function matchesUrl(url: URL): boolean {
  return /\/wo\/opc(?:_[a-z]+)?\//i.test(url.pathname);
}
