import iconv from 'iconv-lite';
import { fieldOfLabel } from '../../src/opac/lexicon';
import { tableModel, type TableModel } from '../../src/opac/generic/table';
import { ownCells, ownRows, textOf } from '../../src/opac/generic/dom';
import { pick, type Random } from '../helpers/mutate';

/**
 * Layout changes a library's pages go through without changing what they say — and a few that do change it. Each
 * works on a parsed page (or on its serialised text and bytes) and says whether it applied: a page without a list
 * table has no header to wrap.
 */

export interface ListTable {
  table: Element;
  model: TableModel;
}

/** The page's list tables: a header naming record fields, rows under it, no list table inside. */
export function listTables(doc: Document): ListTable[] {
  return Array.from(doc.querySelectorAll('table'))
    .filter((t) => !t.querySelector('table'))
    .map((table) => ({ table, model: tableModel(table) }))
    .filter(({ model }) => model.headerRows.length > 0);
}

/** A table with every row of the same width and no cell spanning rows or columns: columns can move. */
function rectangular(table: Element): Element[][] | null {
  const rows = ownRows(table).map(ownCells);
  if (rows.length === 0) return null;
  const width = rows[0]!.length;
  const ok = rows.every((r) => r.length === width) && rows.flat().every((c) => !c.hasAttribute('colspan') && !c.hasAttribute('rowspan'));
  return ok && width >= 2 ? rows : null;
}

function rename(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const out = doc.createElement(tag);
  for (const a of Array.from(el.attributes)) out.setAttribute(a.name, a.value);
  while (el.firstChild) out.appendChild(el.firstChild);
  el.replaceWith(out);
  return out;
}

const knownLabel = (cell: Element) => fieldOfLabel(textOf(cell)) !== null;

export type Transform = (doc: Document, random: Random) => boolean;

/** Header labels wrapped over two lines (取置<br>期限日, 貸出<br>可能). */
export const wrapHeaders: Transform = (doc, random) => {
  let done = false;
  for (const { model } of listTables(doc)) {
    for (const cell of model.headerRows.flatMap(ownCells)) {
      const text = cell.firstChild;
      if (cell.childNodes.length !== 1 || text?.nodeType !== 3 || !knownLabel(cell)) continue;
      const label = (text.textContent ?? '').trim();
      if (label.length < 3 || random() < 0.3) continue;
      const at = 1 + Math.floor(random() * (label.length - 1));
      cell.textContent = '';
      cell.append(label.slice(0, at), doc.createElement('br'), label.slice(at));
      done = true;
    }
  }
  return done;
};

/** A two-row header: two neighbouring labels under a group label, the other labels spanning both rows. */
export const twoRowHeader: Transform = (doc, random) => {
  for (const { table, model } of listTables(doc)) {
    if (model.headerRows.length !== 1) continue;
    const head = model.headerRows[0]!;
    const cells = ownCells(head);
    if (cells.some((c) => c.hasAttribute('colspan') || c.hasAttribute('rowspan') || c.querySelector('br, hr'))) continue;
    const pairs = cells.map((c, i) => i).filter((i) => i + 1 < cells.length && knownLabel(cells[i]!) && knownLabel(cells[i + 1]!));
    if (pairs.length === 0) continue;
    const at = pick(random, pairs);
    const top = doc.createElement('tr');
    const tag = cells[0]!.tagName.toLowerCase();
    cells.forEach((cell, i) => {
      if (i === at) {
        const group = doc.createElement(tag);
        group.setAttribute('colspan', '2');
        group.textContent = '詳細情報';
        top.appendChild(group);
      }
      if (i === at || i === at + 1) return;
      cell.setAttribute('rowspan', '2');
      top.appendChild(cell);
    });
    head.parentNode!.insertBefore(top, head);
    void table;
    return true;
  }
  return false;
};

/** Header cells written as td, row numbers written as td (and back). */
export const swapThTd: Transform = (doc) => {
  let done = false;
  for (const { model } of listTables(doc)) {
    for (const cell of model.headerRows.flatMap(ownCells)) {
      rename(cell, cell.tagName.toUpperCase() === 'TH' ? 'td' : 'th');
      done = true;
    }
    for (const row of model.rows) for (const cell of ownCells(row.tr)) if (cell.tagName.toUpperCase() === 'TH') rename(cell, 'td');
  }
  return done;
};

/** Columns in another order, the same in every row. */
export const reorderColumns: Transform = (doc, random) => {
  let done = false;
  for (const { table } of listTables(doc)) {
    const rows = rectangular(table);
    if (!rows) continue;
    const order = rows[0]!.map((_, i) => i).sort(() => random() - 0.5);
    for (const cells of rows) {
      const parent = cells[0]!.parentElement!;
      for (const i of order) parent.appendChild(cells[i]!);
    }
    done = true;
  }
  return done;
};

/** A column the reader does not know (請求記号), somewhere among the others. */
export const extraColumn: Transform = (doc, random) => {
  let done = false;
  for (const { table, model } of listTables(doc)) {
    const rows = rectangular(table);
    if (!rows) continue;
    const at = Math.floor(random() * (rows[0]!.length + 1));
    const heads = new Set(model.headerRows);
    for (const cells of rows) {
      const tr = cells[0]!.parentElement!;
      const cell = doc.createElement(heads.has(tr) ? cells[0]!.tagName.toLowerCase() : 'td');
      cell.textContent = heads.has(tr) ? '請求記号' : '913.6/ム';
      tr.insertBefore(cell, cells[at] ?? null);
    }
    done = true;
  }
  return done;
};

/** Two neighbouring columns merged into one, labels and values stacked with <br> (予約日<br>取置期限日). */
export const mergeColumns: Transform = (doc, random) => {
  for (const { table, model } of listTables(doc)) {
    const rows = rectangular(table);
    if (!rows || model.headerRows.length !== 1) continue;
    const head = ownCells(model.headerRows[0]!);
    const data = model.rows.map((r) => ownCells(r.tr));
    const plain = (c: Element) => c.children.length === 0 && textOf(c) !== '';
    const candidates = head
      .map((_, i) => i)
      .filter((i) => i + 1 < head.length && knownLabel(head[i]!) && knownLabel(head[i + 1]!) && fieldOfLabel(textOf(head[i]!)) !== fieldOfLabel(textOf(head[i + 1]!)))
      .filter((i) => data.every((cells) => plain(cells[i]!) && plain(cells[i + 1]!)))
      .filter((i) => !['title', 'index', 'action'].includes(fieldOfLabel(textOf(head[i]!))!) && !['title', 'index', 'action'].includes(fieldOfLabel(textOf(head[i + 1]!))!));
    if (candidates.length === 0) continue;
    const i = pick(random, candidates);
    for (const cells of [head, ...data]) {
      cells[i]!.append(doc.createElement('br'), ...Array.from(cells[i + 1]!.childNodes));
      cells[i + 1]!.remove();
    }
    return true;
  }
  return false;
};

/** A caption row over the table, and note rows between its records. */
export const captionAndNotes: Transform = (doc, random) => {
  let done = false;
  for (const { model } of listTables(doc)) {
    const width = Math.max(...model.columns.map((_, i) => i + 1), 2);
    const row = (text: string, tag = 'td') => {
      const tr = doc.createElement('tr');
      const cell = doc.createElement(tag);
      cell.setAttribute('colspan', String(width));
      cell.textContent = text;
      tr.appendChild(cell);
      return tr;
    };
    const first = model.headerRows[0]!;
    first.parentNode!.insertBefore(row(`一覧（${model.rows.length}件）`, 'th'), first);
    if (model.rows.length > 0) {
      const after = pick(random, model.rows).tr;
      after.parentNode!.insertBefore(row('※この資料は館内でのみ受け取れます。'), after.nextSibling);
    }
    done = true;
  }
  return done;
};

/** The list placed in a layout table beside a side menu, as older OPACs lay pages out. */
export const layoutTable: Transform = (doc) => {
  const list = listTables(doc)[0]?.table ?? doc.querySelector('ol, ul.list, dl, section');
  if (!list?.parentNode) return false;
  const outer = doc.createElement('table');
  outer.setAttribute('class', 'layout');
  outer.innerHTML = '<tr><td class="side" valign="top"><p>お知らせ</p><p><a href="/news">図書館からのお知らせ</a></p></td><td class="content" valign="top"></td></tr>';
  list.parentNode.insertBefore(outer, list);
  outer.querySelector('td.content')!.appendChild(list);
  return true;
};

/** Every record of a list table written as a block: a dl of label and value, or 「label：value」 lines. */
export function blocks(style: 'dl' | 'text'): Transform {
  return (doc) => {
    let done = false;
    for (const { table, model } of listTables(doc)) {
      if (model.rows.length === 0 || model.columns.some((labels) => labels.length > 1)) continue;
      const box = doc.createElement('div');
      box.setAttribute('class', 'records');
      for (const row of model.rows) {
        const record = doc.createElement(style === 'dl' ? 'dl' : 'div');
        record.setAttribute('class', 'record');
        for (const { cell, col } of row.starts) {
          const label = model.columns[col]?.[0] ?? '';
          if (!fieldOfLabel(label)) {
            if (cell.querySelector('input, button, a')) record.append(...Array.from(cell.childNodes));
            continue;
          }
          if (style === 'dl') {
            const dt = doc.createElement('dt');
            dt.textContent = label;
            const dd = doc.createElement('dd');
            dd.append(...Array.from(cell.childNodes));
            record.append(dt, dd);
          } else {
            const p = doc.createElement('p');
            p.append(`${label}：`, ...Array.from(cell.childNodes));
            record.appendChild(p);
          }
        }
        box.appendChild(record);
      }
      table.replaceWith(box);
      done = true;
    }
    return done;
  };
}

function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out.push(child as Text);
      else if (child.nodeType === 1 && !['SCRIPT', 'STYLE', 'TEXTAREA'].includes((child as Element).tagName)) walk(child);
    }
  };
  if (doc.body) walk(doc.body);
  return out;
}

/** Digits written full-width (２０２６/１１/２３, 順位 ３), as some OPACs print them. */
export const fullWidthDigits: Transform = (doc) => {
  let done = false;
  for (const node of textNodes(doc)) {
    const text = node.textContent ?? '';
    if (!/\d/.test(text)) continue;
    node.textContent = text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    done = true;
  }
  return done;
};

/** Extra whitespace around texts (newlines, tabs, full-width spaces) and inside labels. */
export const extraWhitespace: Transform = (doc, random) => {
  let done = false;
  for (const node of textNodes(doc)) {
    const text = node.textContent ?? '';
    if (!text.trim()) continue;
    const pad = () => pick(random, ['\n\t', '\u3000', '  ', '\r\n ', '\u00a0']);
    node.textContent = `${pad()}${text}${pad()}`;
    done = true;
  }
  for (const { model } of listTables(doc)) {
    for (const cell of model.headerRows.flatMap(ownCells)) {
      if (cell.childNodes.length === 1 && cell.firstChild?.nodeType === 3 && knownLabel(cell)) {
        const label = (cell.textContent ?? '').trim();
        cell.textContent = `${label.slice(0, 1)}\u3000${label.slice(1)}`;
      }
    }
  }
  return done;
};

/** The page as HTML again, with its doctype. */
export function serialise(doc: Document): string {
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  return `${doctype}\n${doc.documentElement.outerHTML}`;
}

/** Every character beyond ASCII outside scripts and styles written as a numeric character reference (&#24859;). */
export function numericReferences(html: string): string {
  return html
    .split(/(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>)/i)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`)))
    .join('');
}

function withCharset(html: string, charset: string): string {
  const declared = html.replace(/<meta\b[^>]*charset\s*=[^>]*>/gi, '');
  return declared.replace(/<head([^>]*)>/i, `<head$1><meta http-equiv="Content-Type" content="text/html; charset=${charset}">`);
}

/** The page's bytes: UTF-8 with a byte-order mark and CRLF line endings (the real LiCS-Re page). */
export function bomCrlf(html: string): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html.replace(/\r?\n/g, '\r\n'))]);
}

/** The page's bytes in Shift_JIS (as CP932) or EUC-JP, declared by its meta tag; null when a character has no code there. */
export function encoded(html: string, charset: 'Shift_JIS' | 'EUC-JP'): Uint8Array | null {
  const text = withCharset(html, charset);
  const codec = charset === 'Shift_JIS' ? 'cp932' : 'euc-jp';
  const bytes = iconv.encode(text, codec);
  return iconv.decode(bytes, codec) === text ? new Uint8Array(bytes) : null;
}

/* Changes of meaning: after these a page must not be read as holds, loans or results. */

const HOLD_ONLY = new Set(['state', 'rank', 'pickupDeadline', 'reservedOn', 'readyOn', 'pickupLocation', 'contactMethod', 'holdExpiry', 'kind']);
const LOAN_ONLY = new Set(['dueDate', 'loanedOn', 'renewCount', 'renew', 'lendingLibrary', 'state', 'reservationsOnItem']);

/** The list tables' columns that only holds (or only loans) have, removed: titles alone are no holds or loans. */
export function dropColumns(which: 'holds' | 'loans'): Transform {
  const only = which === 'holds' ? HOLD_ONLY : LOAN_ONLY;
  return (doc) => {
    let done = false;
    for (const { table, model } of listTables(doc)) {
      const drop = model.columns.map((labels) => labels.some((l) => only.has(fieldOfLabel(l) ?? '')));
      if (!drop.some(Boolean)) continue;
      for (const tr of ownRows(table)) {
        let col = 0;
        for (const cell of ownCells(tr)) {
          const span = Number(cell.getAttribute('colspan') ?? '1') || 1;
          if (drop[col]) cell.remove();
          col += span;
        }
      }
      done = true;
    }
    return done;
  };
}

/**
 * Every header label replaced by a word the reader does not know: the table says nothing it can read. Not for a table
 * whose cells are named by the vendor's classes (LiCS-Re colstatus, rsv_*): those still say what each cell is.
 */
export const unknownLabels: Transform = (doc) => {
  let done = false;
  const words = ['資料情報', '手続き', '日付', '区分', '事項', '内容', '詳細', '欄'];
  for (const { model } of listTables(doc)) {
    if (model.rows.some((r) => r.starts.some(({ cell }) => /\b(?:col|rsv_|cart_)\w+/.test(cell.getAttribute('class') ?? '') || cell.querySelector('[class^="col"]')))) continue;
    model.headerRows.flatMap(ownCells).forEach((cell, i) => {
      cell.textContent = `${words[i % words.length]}${i >= words.length ? i : ''}`;
      done = true;
    });
  }
  return done;
};

/** The page turned into a 予約ベスト ranking: the same titles with ranks and counts, nobody's holds. */
export const ranking: Transform = (doc) => {
  const tables = listTables(doc);
  if (tables.length === 0) return false;
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, title'))) h.textContent = '予約ベスト（ランキング）';
  for (const { table, model } of tables) {
    const titles = model.rows.map((r) => textOf(r.starts.find(({ col }) => fieldOfLabel(model.columns[col]?.[0] ?? '') === 'title')?.cell ?? r.tr));
    table.innerHTML = `<tr><th>順位</th><th>タイトル</th><th>予約数</th></tr>${titles.map((t, i) => `<tr><td>${i + 1}</td><td></td><td>${100 - i}</td></tr>`).join('')}`;
    ownRows(table).slice(1).forEach((tr, i) => (ownCells(tr)[1]!.textContent = titles[i] ?? ''));
  }
  return true;
};

/** Record links, checkboxes, cart buttons and authors gone: a bare list of titles is no result list. */
export const stripRecordEvidence: Transform = (doc) => {
  let done = false;
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    a.replaceWith(...Array.from(a.childNodes));
    done = true;
  }
  for (const c of Array.from(doc.querySelectorAll('input, button, select'))) c.remove();
  for (const { table, model } of listTables(doc)) {
    const drop = model.columns.map((labels) => labels.some((l) => ['author', 'publisher', 'kind', 'reservationsOnItem', 'bibId'].includes(fieldOfLabel(l) ?? '')));
    for (const tr of ownRows(table)) {
      let col = 0;
      for (const cell of ownCells(tr)) {
        const span = Number(cell.getAttribute('colspan') ?? '1') || 1;
        if (drop[col]) cell.remove();
        col += span;
      }
    }
  }
  for (const el of Array.from(doc.querySelectorAll('body *'))) {
    if (el.children.length === 0 && /[／/]\s*著|\s著$|出版|\d{4}[.年]/.test(el.textContent ?? '')) el.textContent = '';
  }
  return done;
};

/** The page's heading turned into a reservation's confirmation screen (予約内容確認): its list is about to be reserved. */
export const confirmationScreen: Transform = (doc) => {
  const headings = Array.from(doc.querySelectorAll('h1, h2, title'));
  for (const h of headings) h.textContent = '予約内容確認';
  return headings.length > 0;
};

/** Every record of the page's list tables removed, the header kept (an empty list), optionally with its message. */
export function emptied(message: string | null): Transform {
  return (doc) => {
    const tables = listTables(doc);
    for (const { model } of tables) for (const row of model.rows) row.tr.remove();
    if (message && tables[0]) tables[0].table.insertAdjacentHTML('afterend', `<p class="empty">${message}</p>`);
    return tables.length > 0;
  };
}
