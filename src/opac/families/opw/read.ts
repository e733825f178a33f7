import type { KindReader } from '../shared/reader';
import { holdsFromTable, linkParam, loansFromTable } from '../shared/lists';

/** Column orders the ELCIELO scrapers read by position (mmlibrary holds; Koto/Toda/Shinagawa loans). */
const HOLDS_FALLBACK = [['状態'], ['順位'], ['タイトル'], ['種別'], [''], ['予約日'], ['取置期限日'], ['受取館']];
const LOANS_FALLBACK = [['No.'], ['延長'], ['タイトル'], [''], [''], ['貸出館'], ['貸出日'], ['返却期限日']];

/** Holds panels on OPWUSERINFO.CSP: 予約 (#ContentRsv) and, at Urayasu, 取置 (#ContentKeep) and #ContentRsvd. */
const HOLD_PANELS = '#ContentRsv table, #ContentKeep table, #ContentRsvd table';

/** The patron page holds both lists, so either page kind reads both (the kind says which list is the page's). */
export const readUserInfo: KindReader = (url, doc, ctx) => {
  const bibIdOf = (row: Parameters<typeof linkParam>[0]) => linkParam(row, 'GBID', url);
  return {
    holds: [...doc.querySelectorAll(HOLD_PANELS)].flatMap((t) => holdsFromTable(t, ctx, { fallback: HOLDS_FALLBACK, bibIdOf })),
    loans: [...doc.querySelectorAll('#ContentLend table')].flatMap((t) =>
      loansFromTable(t, ctx, { fallback: LOANS_FALLBACK, bibIdOf }),
    ),
  };
};

