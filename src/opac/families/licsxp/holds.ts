import { readTable } from '../shared/table';
import { holdFrom } from '../shared/records';
import { textOf, visibleText } from '../shared/dom';
import type { KindReader } from '../shared/reader';
import type { HoldRecordInput } from '../../../model';
import { splitListTitle, tilcodIn } from './title';

/** The documented header of 予約状況一覧 (opac-vendors.md §2), used when the table's own header is missing. */
const HEADER = [
  ['No.'], ['資料名'], ['書誌種別'], ['受取館', '連絡方法'], ['予約日', '割当日'], ['予約期限'], ['順位'], ['予約状態'],
  ['取置期限'], ['取消'], ['順番解除'], ['順番解除'],
];

/** The reservation id (yoycod) names the row's hidden inputs and selects, and is the cancel button's argument. */
function holdIdOf(tr: Element): string | null {
  for (const el of tr.querySelectorAll('[id], [onclick]')) {
    const m =
      /^(?:selwat|selwatkan|selren|selrendis|yoycod|basew|baser|watspt|changeFlg)(\d{6,})$/.exec(el.id) ??
      /yoykCancel\('(\d+)'\)/.exec(el.getAttribute('onclick') ?? '');
    if (m) return m[1] ?? null;
  }
  return null;
}

export const readHolds: KindReader = (_url, doc, ctx) => {
  const table = doc.querySelector('table#ItemDetaTable, table[summary="予約状況一覧表"]');
  if (!table) return {};
  const holds: HoldRecordInput[] = [];
  for (const row of readTable(table, HEADER)) {
    // A row is read through its title cell (資料名); a table whose header names none is not this list.
    if (!row.cells.title) continue;
    const link = row.cells.title.querySelector('a');
    const { title, volume } = splitListTitle(visibleText(link ?? row.cells.title));
    // While editable, 受取館 and 連絡方法 are two menus in one cell with no <hr> between them.
    const menu = row.tr.querySelector('select[name="dropwatspt"]');
    const pickupLocation = menu ? textOf(menu) : row.texts.pickupLocation;
    const hold = holdFrom({ ...row.texts, title, volume, pickupLocation }, ctx, {
      bibId: tilcodIn(link),
      holdId: holdIdOf(row.tr),
      canCancel: row.tr.querySelector('input.remove, input[value="取消"]') !== null,
    });
    if (hold) holds.push(hold);
  }
  return { holds };
};
