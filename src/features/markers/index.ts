import type { Hold, ItemRecordInput } from '../../model';
import { shortDate } from '../../model/format';
import { sameTitle } from '../../opac/cut-titles';
import { placeBadge, type Tone } from '../badge';
import { defineFeature, mirrorRecords } from '../feature';
import type { KnownRecords } from '../../series/records';
import { t } from '../i18n';
import { locator } from '../locate';

export const MARKERS = 'markers';

/** What the patron already has of a title, across every card at this library, for a marker beside it. */
export function markerFor(item: Pick<ItemRecordInput, 'title' | 'volume' | 'bibId'>, known: KnownRecords): { text: string; tone: Tone } | null {
  const titled = { title: item.title, volume: item.volume ?? null };
  const same = (r: Pick<Hold, 'title' | 'volume' | 'bibId' | 'keyedByCutTitle'>) => sameTitle(r, titled) || (item.bibId !== null && item.bibId !== undefined && r.bibId === item.bibId);
  if (known.loans.some(same)) return { text: t('markerBorrowed'), tone: 'info' };
  const hold = known.holds.filter(same).sort(byReadiness)[0];
  if (hold) return holdMarker(hold);
  if (known.cart.some(same)) return { text: t('markerInCart'), tone: 'plain' };
  return null;
}

const READINESS: Record<Hold['state'], number> = { ready: 0, in_transit: 1, waiting: 2, pending: 3, unknown: 4, cancelled: 5 };
const byReadiness = (a: Hold, b: Hold) => READINESS[a.state] - READINESS[b.state];

function holdMarker(hold: Hold): { text: string; tone: Tone } | null {
  switch (hold.state) {
    case 'ready': return { text: hold.pickupDeadline ? t('markerReadyUntil', shortDate(hold.pickupDeadline).replace(/\(.\)$/, '')) : t('markerReady'), tone: 'urgent' };
    case 'in_transit': return { text: t('markerInTransit'), tone: 'soon' };
    case 'cancelled': return null;
    default: return { text: hold.rank ? t('markerWaitingRank', hold.rank) : t('markerWaiting'), tone: 'later' };
  }
}

/** "借りています", "予約中 (3位)", "受取可 · 11/25まで", "カートにあります" beside titles on result and detail pages. */
export const markers = defineFeature({
  id: MARKERS,
  pages: ['results', 'detail'],
  nameKey: 'featureMarkers',
  needs: [],
  mirror: 'required',
  mount(ctx) {
    const locate = locator(ctx.doc);
    const known = mirrorRecords(ctx);
    for (const item of ctx.reading.items) {
      const marker = markerFor(item, known);
      const anchor = marker ? locate.item({ bibId: item.bibId ?? null, title: item.title }) : null;
      if (marker && anchor) placeBadge(anchor, MARKERS, marker.text, marker.tone);
    }
  },
});

