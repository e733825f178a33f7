import type { ItemRecordInput, SeriesPlan } from '../../model';
import { groupSeries, seriesIdOf, type SeriesGroup } from '../../series/group';
import { displayTitle } from '../../model/text';
import type { PlanState } from '../../series/queue';
import { outcomeText } from '../cart-button';
import { defineFeature, familyOf, mirrorRecords, ownedBy, ownedElement, placeAfter, placeOnPage, type FeatureContext } from '../feature';
import { t } from '../i18n';
import { findItemElement, locator } from '../locate';
import { continueInCart } from './cart-order';
import { SERIES_NEEDS, type SeriesDeps } from './deps';
import { readIntent } from './intent';
import { button, openPanel, SERIES, type Panel, type PanelChoice } from './panel';
import { putInCart } from './reserve';
import { searchLibrary } from './search';
import { SERIES_CSS } from './style';

type Volume = SeriesPlan['volumes'][number];

/**
 * "シリーズ順に予約" on result and detail pages; on the cart page, the library's ordering form filled in reading
 * order; and on any page of the library, "次の巻を予約" when a queued volume's turn has come.
 */
export const series = defineFeature({
  id: SERIES,
  pages: ['results', 'detail', 'holds', 'loans', 'cart', 'other'],
  nameKey: 'featureSeries',
  needs: SERIES_NEEDS,
  mirror: 'required',
  css: SERIES_CSS,
  async mount(ctx, deps) {
    if (ctx.reading.page === 'cart' || ctx.reading.page === 'other') return continueCart(ctx);
    const plans = await deps.plans(ctx.library.id);
    if (ctx.reading.page === 'results' || ctx.reading.page === 'detail') await offerSeries(ctx, deps, plans);
    offerNext(ctx, deps, plans);
  },
});

/** A page item as a plan volume, with its detail page (the link the title carries). */
function volumeOf(item: ItemRecordInput, anchor: Element | null, base: string): Volume | null {
  if (!item.bibId) return null;
  const href = anchor?.tagName.toUpperCase() === 'A' ? anchor.getAttribute('href') : null;
  const detailUrl = href && !/^(javascript|#)/i.test(href) ? new URL(href, base).href : null;
  return { title: item.title, volume: item.volume, bibId: item.bibId, status: 'queued', detailUrl };
}

type Candidate = Volume & { publisher: string | null };

function candidates(items: readonly ItemRecordInput[], doc: Document, base: string): Candidate[] {
  const locate = locator(doc);
  return items.flatMap((item) => {
    const v = volumeOf(item, locate.item(item), base);
    return v ? [{ ...v, publisher: item.publisher ?? null }] : [];
  });
}

/**
 * On a detail page the other volumes come from the result list it was opened from; opened on its own (a bookmark,
 * a link from elsewhere), from the library's own search for the work, as the patron would search it.
 */
async function detailGroups(ctx: FeatureContext, deps: SeriesDeps, here: Candidate[]): Promise<Array<SeriesGroup<Candidate>>> {
  const item = here[0];
  if (!item) return [];
  const referrer = ctx.doc.referrer ? new URL(ctx.doc.referrer) : null;
  if (referrer && referrer.origin === ctx.url.origin && referrer.href !== ctx.url.href) {
    const groups = groupsAround(item, await deps.fetchDoc(referrer.href), deps);
    if (groups.length > 0) return groups;
  }
  const { work, key } = seriesIdOf(item);
  // A title that names no volume is not searched for: every single book's page would cost the library a search.
  if (key === null) return [];
  try {
    const found = await searchLibrary({ url: ctx.url, doc: ctx.doc }, work, deps, familyOf(ctx.reading));
    return found ? groupsAround(item, found, deps) : [];
  } catch {
    // A failed search only means no button; the page stays as the library served it.
    return [];
  }
}

/** The series of a result list that holds this title. */
function groupsAround(item: Candidate, list: { url: string; doc: Document }, deps: SeriesDeps): Array<SeriesGroup<Candidate>> {
  const reading = deps.cart.read(new URL(list.url), list.doc);
  if (reading.page !== 'results') return [];
  return groupSeries(candidates(reading.items, list.doc, list.url)).filter((g) => g.members.some((m) => m.bibId === item.bibId));
}

async function offerSeries(ctx: FeatureContext, deps: SeriesDeps, plans: PlanState[]): Promise<void> {
  const here = candidates(ctx.reading.items, ctx.doc, ctx.url.href);
  const groups = ctx.reading.page === 'detail' ? await detailGroups(ctx, deps, here) : groupSeries(here);
  for (const group of groups) {
    const first = ctx.reading.page === 'detail' ? here[0]! : group.members[0]!;
    const anchor = findItemElement(ctx.doc, first);
    if (!anchor || ownedBy(ctx.doc, SERIES, 'button').some((b) => b.dataset.series === group.id)) continue;
    const offer = button(ctx.doc, t('seriesButton', group.members.length), 'open');
    offer.dataset.series = group.id;
    offer.addEventListener('click', () => {
      openPanel({
        doc: ctx.doc, library: ctx.library, work: group.work, publisher: group.publisher, known: mirrorRecords(ctx), cardId: deps.cardId, plans,
        signal: ctx.signal,
        volumes: group.members.map(({ publisher: _publisher, ...v }) => v),
        onConfirm: (choice, panel) => void confirmPlan(ctx, deps, group.work, choice, panel).catch((error: unknown) => panel.say(t('seriesFailed', String(error)), 'failed')),
      });
    }, { signal: ctx.signal });
    placeAfter(anchor, offer);
  }
}

async function confirmPlan(ctx: FeatureContext, deps: SeriesDeps, work: string, choice: PanelChoice, panel: Panel): Promise<void> {
  // The volumes about to go in the cart are never offered as "next" meanwhile.
  const volumes = choice.volumes.map((v, i): Volume => ({ ...v, status: i < choice.reserveNow ? 'in_cart' : 'queued' }));
  const plan = await deps.create({ libraryId: ctx.library.id, cardId: deps.cardId, work, volumes, advanceOn: choice.advanceOn, paused: false });
  if (choice.reserveNow === 0) return panel.say(t('seriesSaved'), 'done');
  // The plan's confirm goes up to the library's confirmation screen: the first reservation's final click is the patron's.
  await reserve(ctx, deps, plan, plan.volumes.slice(0, choice.reserveNow), panel.say, false);
}

/**
 * Put volumes in the cart, note them in the plan, and take the tab to the cart page to go on at the library; with
 * `finish`, through to the library's final 予約する.
 */
async function reserve(ctx: FeatureContext, deps: SeriesDeps, plan: SeriesPlan, volumes: Volume[], say: Panel['say'], finish: boolean): Promise<void> {
  say(t('seriesWorking'), 'busy');
  const out = await putInCart({ url: ctx.url, doc: ctx.doc }, volumes, ctx.library, deps.cart, { finish });
  if (out.inCart.length > 0) await deps.progress(plan.id, out.inCart.map((v) => v.bibId!), 'in_cart');
  const refused = volumes.filter((v) => !out.inCart.includes(v));
  if (refused.length > 0) await deps.progress(plan.id, refused.map((v) => v.bibId!), 'queued');
  const toCart = out.cartUrl && out.inCart.length > 0 ? out.cartUrl : null;
  if (out.stopped) {
    const { volume, result } = out.stopped;
    say(t('seriesStopped', displayTitle(volume), outcomeText(result)), 'failed', toCart ? { label: t('seriesToCart'), run: () => deps.navigate(toCart) } : undefined);
  } else if (toCart) {
    say(t('seriesGoingToCart'), 'busy');
    deps.navigate(toCart);
  } else {
    say(t('seriesNoCartLink'), 'done');
  }
}

/** "次の巻を予約できます" with its one-click button, for each plan whose next volume's turn has come. */
function offerNext(ctx: FeatureContext, deps: SeriesDeps, plans: PlanState[]): void {
  for (const { plan, step } of plans) {
    if (step.kind !== 'reserve') continue;
    const volume = plan.volumes[step.index]!;
    if (!volume.bibId || ownedBy(ctx.doc, SERIES, '.uketori-series-next').some((b) => b.dataset.plan === plan.id)) continue;
    const banner = ownedElement(ctx.doc, SERIES, 'div');
    banner.className = 'uketori-series-next';
    banner.dataset.plan = plan.id;
    banner.setAttribute('role', 'status');
    const text = ownedElement(ctx.doc, SERIES, 'span', t('seriesNextBanner', plan.work, displayTitle(volume)));
    const go = button(ctx.doc, t('seriesNextReserve'), 'reserve-next');
    const status = ownedElement(ctx.doc, SERIES, 'span');
    status.className = 'uketori-status';
    const say: Panel['say'] = (message, kind, action) => {
      status.dataset.kind = kind === 'failed' ? 'failed' : '';
      status.textContent = message;
      if (action) {
        const next = button(ctx.doc, action.label, 'next');
        next.addEventListener('click', action.run, { signal: ctx.signal });
        status.append(' ', next);
      }
    };
    go.addEventListener('click', () => {
      go.disabled = true;
      // The patron said "reserve the next volume" with the plan already decided: this click is the final one.
      void reserve(ctx, deps, plan, [volume], say, true).catch((error: unknown) => say(t('seriesFailed', String(error)), 'failed'));
    }, { signal: ctx.signal });
    banner.append(text, go, status);
    placeOnPage(ctx.doc, 'top', banner);
  }
}

/** Pages already continued: a re-read of the same page (its scripts changed it) must never press a button again. */
const continued = new WeakSet<Document>();

/** At the library's last screen: what Uketori did there, and which button is the patron's. */
function finalWords(step: { button: string | null; numbered: boolean }): string {
  if (!step.button) return t('seriesCartConfirmHere');
  return t(step.numbered ? 'seriesCartFinalNumbered' : 'seriesCartFinal', step.button);
}

/**
 * On the cart page the tab was sent to: the library's ordering form, filled in reading order. Any other page is
 * continued only when Uketori's own press of the library's ordered-reservation button led there.
 */
function continueCart(ctx: FeatureContext): void {
  const intent = readIntent(ctx.doc);
  if (!intent || (ctx.reading.page !== 'cart' && intent.pressed.length === 0) || continued.has(ctx.doc)) return;
  continued.add(ctx.doc);
  const step = continueInCart(ctx.doc, intent, intent.ordered ? ctx.library.rules.orderedReservation : null, familyOf(ctx.reading));
  const words: Record<typeof step.kind, string> = {
    switching: t('seriesCartSwitching', ctx.library.rules.orderedReservation ?? ''),
    submitted: t('seriesCartProceeding'),
    proceeding: t('seriesCartProceeding'),
    reserving: t('seriesCartReserving'),
    final: step.kind === 'final' ? finalWords(step) : '',
    ready: step.kind === 'ready' && step.reason === 'came_back' ? t('seriesCartCameBack') : t('seriesCartReady'),
    missing: t('seriesCartMissing'),
    no_priority_boxes: t('seriesCartNoBoxes'),
  };
  const note = ownedElement(ctx.doc, SERIES, 'div', words[step.kind]);
  note.className = 'uketori-series-next';
  note.setAttribute('role', 'status');
  note.dataset.step = step.kind;
  placeOnPage(ctx.doc, 'top', note);
}
