import type { CartRecordInput } from '../../../model';
import { visibleText } from '../shared/dom';
import type { KindReader } from '../shared/reader';
import { readTable } from '../shared/table';
import { splitListTitle, tilcodIn } from './title';

/**
 * The cart (WOpacCommonToYoyCartDispAction.do): its list's 資料名 cells are written as on every LICS-XP list,
 * "　書名　巻次/叢書　著者／著　出版者", with the tilcod in the title link. No real cart page has been seen, so a page
 * without such a table is read by its labels.
 */
export const readCart: KindReader = (_url, doc) => {
  const cart: CartRecordInput[] = [];
  for (const table of doc.querySelectorAll('table.list, table[summary*="カート"]')) {
    for (const row of readTable(table)) {
      const link = row.cells.title?.querySelector('a') ?? null;
      const bibId = tilcodIn(link);
      if (!row.cells.title || !bibId) continue;
      const { title, volume } = splitListTitle(visibleText(link ?? row.cells.title));
      if (title) cart.push({ title, volume, bibId });
    }
  }
  return { cart };
};
