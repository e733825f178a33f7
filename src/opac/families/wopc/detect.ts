import type { PageKind } from '../../../model';
import { detectGeneric } from '../../generic';
import { detectWith, type UrlVerdict } from '../shared/detect';
import { pageName, queryParam } from '../shared/url';

/**
 * Views of the JSF app seen in public scrapers (東員, 松戸, 小山, 和光 …): the page `<View>.jsp` renders the form
 * `<view>Form` (topPageForm, searchDetailForm, searchResultListForm). The patron's views are not known.
 */
const VIEWS: Record<string, PageKind> = { toppage: 'other', information: 'other', searchdetail: 'other', searchresultlist: 'results' };

const viewKind = (name: string): UrlVerdict => VIEWS[name.toLowerCase()];

/** The views a page renders: forms MyFaces marks with a hidden `<formId>_SUBMIT` field. */
function renderedViews(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('form[id]'))
    .filter((form) => Array.from(form.querySelectorAll('input')).some((i) => i.name === `${form.id}_SUBMIT`))
    .map((form) => form.id.replace(/Form$/, ''));
}

function fromUrl(url: URL): UrlVerdict {
  const jsp = /^(\w+)\.jsp$/.exec(pageName(url))?.[1];
  return jsp ? viewKind(jsp) : undefined;
}

export function detect(url: URL, doc: Document): PageKind {
  // A record's link (伊勢 in calil's reserveurl), fetched with GET: it is what it says.
  if (pageName(url) === 'opacservlet' && queryParam(url, 'disp')?.toLowerCase() === 'searchresultdetail') return 'detail';
  const views = renderedViews(doc);
  if (views.length === 0) return detectWith(url, doc, fromUrl, (d, u) => detectGeneric(u, d));
  // A JSF postback keeps the address it was sent from: the view the page renders tells what it is.
  return views.map(viewKind).find((kind) => kind !== undefined) ?? detectGeneric(url, doc);
}
